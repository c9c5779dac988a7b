/**
 * @module
 * English words of the page: landing, profile, safety question, topics,
 * crisis panel and help list (header and landing inlined in the page, the
 * rest in its first script). The K6 items and their lead-in are the original
 * English K6 (Kessler et al.) from its cited record (shared/instruments), so
 * this catalogue has no item words. Same meaning as the Japanese catalogue
 * (../ja), written to the same safe-messaging rules: calm, hopeful and
 * practical, no method words, no diagnosis, always "talk to someone". Teen
 * texts are for 13–19-year-olds: warm, plain, spoken English.
 */
import type { HeadMessages, InlinedWords, ScriptMessages } from '../types';

/** Header and landing: the build puts them in the page's data block (the prerendered landing shows them too). */
export const enInlined: InlinedWords = {
  chrome: {
    quickExit: 'Exit now',
    quickExitLabel: 'Exit now (switches to another page)',
    helpNow: 'Help now',
    helpNowShort: 'Help',
    quickExitShort: 'Exit',
  },
  landing: {
    lead: 'A self-check: answer a few questions and take a moment to look at how you are feeling right now.',
    anonymous: 'It is anonymous. We do not ask for your name or contact details.',
    duration: 'It takes about 2 minutes.',
    privacy: 'Your answers are not saved. They disappear when you close or reload the page.',
    privateTab: 'If you do not want this visit in your browser history, open this page in a private (incognito) window.',
    chooseLegend: 'Which check would you like to start?',
    modes: {
      self: { label: 'For yourself', hint: 'Check how you are feeling yourself' },
      teen: { label: 'Teens', hint: 'For people in their teens (10–19), in simpler words' },
      perinatal: { label: 'Pregnancy and new baby', hint: 'For anyone from pregnancy until about a year after giving birth, and their partners' },
      family: { label: 'Family', hint: 'For anyone worried about someone close to them' },
    },
    languages: 'Languages / ことば',
  },
};

/** Written into the page's HTML when it is built. */
export const enHead: HeadMessages = { lang: 'en', pageTitle: '{service}' };

/** Everything else the page shows: carried by its first script. */
export const enPageScript: ScriptMessages = {
  nav: { back: 'Back', next: 'Next', toResult: 'See the result', pickOne: 'Please choose one.' },
  progress: {
    visible: '{step} / {total}',
    spoken: 'Question {step} of {total}',
  },
  profile: {
    heading: { adult: 'About you (optional)', teen: 'About you (you can skip this)' },
    lead: {
      adult: 'You can go on without answering. This is only used to count how many people take the check, and no one can tell who you are.',
      teen: "You can skip this. We only use it to count how many people take the check, and no one can tell who you are.",
    },
    ageLegend: 'Age',
    genderLegend: 'Gender',
    ageBands: {
      '10s': '10–19',
      '20s': '20–29',
      '30s': '30–39',
      '40s': '40–49',
      '50s': '50–59',
      '60s': '60–69',
      '70s': '70–79',
      '80plus': '80 or older',
      na: 'Prefer not to say',
    },
    genders: { male: 'Male', female: 'Female', other: 'Other', na: 'Prefer not to say' },
  },
  safety: {
    question: {
      adult: 'In the past month, have you had thoughts of wanting to die or wanting to disappear?',
      teen: 'In the past month, have you ever thought “I want to die” or “I want to disappear”?',
    },
    hint: {
      adult: 'This question is not part of the score. Please choose the answer closest to how you feel now.',
      teen: "This question doesn't count toward the score. Pick the one that's closest to how you really feel.",
    },
    answers: {
      no: 'No',
      sometimes: 'Sometimes',
      often: 'Often',
      now: 'Yes, and I still feel that way now',
      unsure: "I'm not sure / I'd rather not say",
    },
  },
  topics: {
    heading: 'What is on your mind right now',
    hint: {
      adult: 'Choose as many as fit. You can also go on without choosing any.',
      teen: "Pick as many as fit. It's fine to skip this too.",
    },
    labels: {
      life: 'How to live, purpose in life',
      loneliness: 'Loneliness',
      work: 'Work',
      money: 'Money and daily living',
      parenting: 'Raising children',
      care: 'Caring for a family member',
      couple: 'Marriage or partner',
      education: "Children's education",
      relations: 'Getting along with people, withdrawing from others',
      gender: 'Issues between men and women',
      bodyHealth: 'Physical health',
      mindHealth: 'Mental health',
      debt: 'Debt or legal matters',
      bereavement: 'Losing someone close',
      other: 'Other',
      school: 'School',
      friends: 'Friends',
      family: 'Family',
      bullying: 'Bullying',
      study: 'Schoolwork and future plans',
      body: 'My body',
      sns: 'Social media and the internet',
      sleep: 'Sleep',
    },
  },
  crisis: {
    heading: { adult: 'Thank you for answering', teen: 'Thank you for telling us' },
    lead: {
      adult: "You don't have to carry these painful feelings alone. There are people who will listen to you right now.",
      teen: "You don't have to deal with these hard feelings on your own. There are people ready to listen to you right now.",
    },
    urgent: {
      heading: 'There are people who will listen to you right now',
      lead: {
        adult: "Thank you for telling us that these painful feelings are still with you. Please don't carry them alone: call one of the numbers below, or chat with someone, right now.",
        teen: "Thank you for telling us you still feel this way. Please don't keep it to yourself. Call one of the numbers below or start a chat right now.",
      },
    },
    emergencyHeading: 'If a life is in danger right now',
    continue: 'Continue the check',
  },
  help: {
    heading: 'Talk to someone now',
    lead: "You don't have to carry it alone. Try talking to someone.",
    back: 'Back to the previous screen',
  },
  waiting: {
    heading: 'Loading',
    lead: 'It will appear here as soon as it connects. In the meantime, you can contact the places below.',
  },
  cantConnect: "If you can't get through, try again a little later, or try another line.",
};
