/**
 * @module
 * English words of the result screen, in the chunk the page fetches after
 * first paint: the K6's band messages (same meaning per band as ../ja),
 * "this is not a diagnosis" and self-care that fits the band. Calm and never
 * clinical; a low score is not "safe", so help is offered whatever the band.
 * No words for 家族: that mode is not offered in English (its checklist is
 * quoted Japanese government text).
 */
import type { ResultMessages } from '../types';

export const enResult: ResultMessages = {
  result: {
    heading: { adult: 'Your inner sky right now', teen: 'Your inner sky right now' },
    flagged: {
      heading: { adult: 'Thank you for answering', teen: 'Thanks for answering' },
      lead: {
        adult: "You told us you are having painful feelings. You don't have to carry them alone. First, here are places where someone will listen to you now.",
        teen: "You told us you're having a really hard time. You don't have to handle it alone. First, here are places where someone will listen to you now.",
      },
      urgentLead: {
        adult: 'These painful feelings are still with you now. Please call one of the numbers below or chat with someone right away. There are people who want to hear from you.',
        teen: "You're still feeling this way right now. Please call one of the numbers below or start a chat right away. There are people who want to hear what you have to say.",
      },
      title: { adult: 'How you feel now matters more than the score', teen: 'How you feel matters more than the score' },
      message: {
        adult: 'Whatever the score, painful feelings are an important sign. Please talk today to one of the places above, or to someone you trust. There are people who want to help you.',
        teen: 'Whatever the score, feeling this bad is an important sign. Please talk today to one of the places above, or to an adult you trust. There are people who want to help you.',
      },
      selfCareHeading: { adult: 'What you can do now', teen: 'What you can do right now' },
      selfCare: {
        adult: ['Talk today to one of the places above, or to someone you trust', 'Spend less time on your own', 'If you feel a life is in danger, call 119 (ambulance) without hesitation'],
        teen: ['Talk today to one of the places above, or to an adult you trust, like someone in your family or a teacher', "Don't keep it all to yourself", 'If you feel your life is in danger, call 119 (ambulance) right away'],
      },
      picture: 'A cloudy sky, and a lighthouse shining its light across the sea',
    },
    notDiagnosis: {
      adult: 'This is not a diagnosis. It is a guide to help you look back on how you are feeling now.',
      teen: "This isn't a diagnosis. It's a guide to help you think about how you're feeling right now.",
    },
    selfCareHeading: { adult: 'Things you could try', teen: 'Things to try' },
    helpHeading: { adult: 'Places you can talk to', teen: 'Places that will listen to you' },
    helpLead: {
      adult: 'Whatever your result, you are welcome to reach out.',
      teen: "Whatever your result, it's okay to talk to someone.",
    },
    again: { adult: 'Start again from the beginning', teen: 'Start over' },
    bands: {
      // The K6's bands (本人, 10代 and 赤ちゃんママ all run it).
      'k6-ja': {
        low: {
          title: { adult: 'Calm, clear skies', teen: 'Calm and sunny' },
          message: {
            adult: 'For now, the strain on your mind seems small. Keep taking care of the way you spend your days.',
            teen: "Right now, your mind doesn't seem too weighed down. Keep taking care of how you spend your days.",
          },
          selfCare: {
            adult: ['Sleep well and eat regular meals', 'Make time for things you enjoy', 'If something is bothering you, talk to someone early on'],
            teen: ['Get enough sleep and eat your meals', 'Make time for things you like', 'If something bothers you, tell someone early'],
          },
          picture: 'A clear sky over a calm sea',
        },
        some: {
          title: { adult: 'A few clouds', teen: 'A few clouds in the sky' },
          message: {
            adult: 'Some tiredness and stress seem to be building up. Resting, and having someone listen to you, can help.',
            teen: 'A bit of tiredness and stress seems to be building up. Resting or talking to someone can make things feel easier.',
          },
          selfCare: {
            adult: ['Rest earlier than usual', 'Try telling someone you trust how you feel', 'Move your body a little, for example with a walk'],
            teen: ['Go to bed earlier than usual', 'Try talking to an adult or a friend you trust', 'Move your body a bit, like going for a walk outside'],
          },
          picture: 'A sky with a few clouds over a calm sea',
        },
        high: {
          title: { adult: 'The clouds are building up', teen: 'Lots of clouds' },
          message: {
            adult: 'The strain on your mind seems to be getting heavy. Rather than carrying it alone, would you try talking to a support line?',
            teen: 'Your mind seems really tired. Instead of keeping it to yourself, why not try talking to someone?',
          },
          selfCare: {
            adult: ["Don't push yourself; take time to rest", 'Try talking to family, friends, or one of the places below', 'Talk to your regular doctor or a mental health clinic'],
            teen: ["Don't push yourself too hard, and rest", 'Try talking to your family, a teacher, or the school nurse', 'Try calling or chatting with one of the places below'],
          },
          picture: 'A cloudy sky, with a lighthouse light visible over the sea',
        },
        veryHigh: {
          title: { adult: 'It seems to be raining', teen: 'It looks like rain' },
          message: {
            adult: 'You may be going through a very hard time right now. Please talk to a support line or a doctor as soon as you can. There are people who want to help you.',
            teen: 'You might be having a really hard time right now. Please talk to someone today. There are people who want to help you.',
          },
          selfCare: {
            adult: ['Talk to someone today (you can call or chat with the places below)', 'Spend less time on your own', 'See a doctor soon'],
            teen: ['Today, talk to an adult you trust, or to one of the places below', "Don't keep it all to yourself", 'Talk to the school nurse or the school counselor'],
          },
          picture: 'A rainy sky, and a lighthouse shining its light across the sea',
        },
      },
    },
  },
};
