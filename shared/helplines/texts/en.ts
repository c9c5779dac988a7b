/**
 * @module
 * The helplines' descriptions and hours notes in English, translated from the
 * Japanese data and saying nothing it does not (./index).
 */
import type { HelplineTexts } from './index';

export const en: HelplineTexts = {
  'emergency-119': { description: 'The number to call when a life is in danger, or for an injury or a sudden illness.' },
  'emergency-110': { description: 'The number to call when you feel you are in danger, or for a crime or an accident.' },
  'chiba-inochi-no-denwa': { description: 'A Chiba Prefecture line where someone listens to your painful feelings and worries by phone, any time, 24 hours a day.' },
  'chiba-foreign-residents': {
    description: 'A Chiba Prefecture window where people who came from abroad can talk about problems in daily life, in Japanese or in their own language.',
    hoursNote: 'These are the hours given in the prefecture’s 2019 announcement.',
  },
  'kokoro-unified-dial': { description: 'A number that is the same all over Japan, for when you want to talk about worries on your mind: it puts you through to a public consultation window in the area you call from.' },
  'yorisoi-hotline': { description: 'When you want someone to hear about troubles in your daily life, or your feelings and worries, you can talk by phone any time, 24 hours a day.' },
  'inochi-no-denwa-free': { description: 'Someone listens to your painful feelings and worries on a free phone call.' },
  'inochi-sos': { description: 'When you feel that living is hard, you can talk about it by phone.' },
  'anata-no-ibasho': { description: 'Whatever your age or gender, you can talk about any worry by chat, 24 hours a day.' },
  'houterasu-multilingual': {
    description:
      'For people who want to speak in a foreign language: through an interpreter you explain a problem such as debt, divorce, work or a visa, and you are told free of charge about legal systems that can help and where to get advice.',
    hoursNote: 'These are the hours in which the interpreter puts you through to a Houterasu office. The page does not say what happens on public holidays.',
  },
  'ikizura-bit': { description: 'When life feels hard to live, you can talk about it on LINE.' },
  'kokoro-hot-chat': { description: 'You can talk about worries on your mind on LINE or by chat.' },
  'kodomo-sos-dial': { description: 'Children with worries, and their parents or guardians, can call the board of education’s consultation window any time, 24 hours a day, nights and holidays included.' },
  'childline-phone': { description: 'A free phone line where children up to 18 can talk about anything.' },
  'childline-chat': {
    description: 'A chat where children up to 18 can talk one to one with a counsellor, in writing.',
    hoursNote: 'You can check the days the chat is open on the calendar at the link (after 9 at night it ends by itself).',
  },
  'jido-sodanjo-189': { description: 'A number that is the same all over Japan: when you think something may be abuse, you can report it or talk about it straight away with your nearest child guidance centre.' },
  'kodomo-jinken-110': { description: 'You can talk by phone with the Legal Affairs Bureau about worries that touch children’s human rights, such as bullying or abuse.' },
  'matsudo-ikiru-shien': { description: 'The city’s consultation window, which takes in a wide range of worries about daily life and about how you feel.' },
  'matsudo-ikiiki-anshin': { description: 'You can talk about the daily life and care of older people.' },
  'matsudo-kikan-soudan': { description: 'You can talk about daily life for people with a disability or a mental illness.' },
  'matsudo-seikatsu-shien': { description: 'You can talk about money, living costs and support in daily life.' },
  'matsudo-kodomo-katei': {
    description: 'You can talk with specialist counsellors about children, bringing up children and family worries.',
    hoursNote: 'Talking with them is free, and no appointment is needed.',
  },
  'matsudo-fujin-soudan': { description: 'The city’s window where women can talk with specialist counsellors about home and married life, and about worries in daily life.' },
  'matsudo-sango-care': { description: 'You can ask about the city’s postnatal care, which supports mothers and babies when the mother is worried about her health or about caring for the baby after the birth.' },
  'matsudo-oyako-sukoyaka-chuo': {
    description: 'The city’s window where, when a miscarriage or stillbirth has been hard for you, you can talk about your feelings and situation with a public health nurse, a social worker or a midwife, by phone or in person.',
    hoursNote: 'They can also come to your home to talk.',
  },
  'matsudo-oyako-sukoyaka-kogane': {
    description: 'The city’s window where, when a miscarriage or stillbirth has been hard for you, you can talk about your feelings and situation with a public health nurse, a social worker or a midwife, by phone or in person.',
    hoursNote: 'They can also come to your home to talk.',
  },
  'matsudo-oyako-sukoyaka-tokiwadaira': {
    description: 'The city’s window where, when a miscarriage or stillbirth has been hard for you, you can talk about your feelings and situation with a public health nurse, a social worker or a midwife, by phone or in person.',
    hoursNote: 'They can also come to your home to talk.',
  },
  'matsudo-hotnet': {
    description: 'A general welfare consultation window set up by the prefecture, where anyone — children or adults, people with a disability or their families — can talk about problems in daily life.',
    hoursNote: 'Besides talking by phone, you can also be listened to somewhere easy to talk, such as your home.',
  },
  'matsudo-houterasu': {
    description: 'You are told about the systems and where to get advice for debt and legal problems.',
    hoursNote: 'The guidance is free (you pay for the call). It is not advice on your own legal case: it introduces systems and where to get advice.',
  },
  'matsudo-hellowork': { description: 'You can talk about looking for a job and about working.' },
  'matsudo-toukatsu-seitoshi': { description: 'A place to talk for people who have lost someone close to them to suicide.' },
  'matsudo-lifelink-sns': { description: 'A consultation on social media that you can use from the QR code on the card the city hands out.' },
  'sample-town-soudan': { description: 'A made-up window for testing.' },
};
