/**
 * @module
 * 各咨询窗口的说明和时间备注（简体中文）: translated from the Japanese data
 * and saying nothing it does not (./index).
 */
import type { HelplineTexts } from './index';

const OYAKO = {
  description: '经历流产或死产而感到痛苦时，可以通过电话或面谈，向保健师、社会福利士或助产师倾诉心情和状况的市窗口。',
  hoursNote: '也可以请他们到您家中来咨询。',
};

export const zh: HelplineTexts = {
  'emergency-119': { description: '生命有危险时，或受伤、突然生病时拨打的号码。' },
  'emergency-110': { description: '感到自身有危险时，或遇到案件、事故时拨打的号码。' },
  'chiba-inochi-no-denwa': { description: '千叶县的电话咨询，24小时随时倾听您痛苦的心情和烦恼。' },
  'chiba-foreign-residents': {
    description: '千叶县的窗口，从国外来的人可以用日语或母语咨询生活中的困难。',
    hoursNote: '这是2019年县政府发布的公告中写明的时间。',
  },
  'kokoro-unified-dial': { description: '想倾诉心理烦恼时拨打的全国统一号码，会接通您打电话所在地区的公共咨询窗口。' },
  'yorisoi-hotline': { description: '生活中遇到困难，或希望有人倾听您的心情和烦恼时，可以24小时随时打电话咨询。' },
  'inochi-no-denwa-free': { description: '可以通过免费电话，请人倾听您痛苦的心情和烦恼。' },
  'inochi-sos': { description: '感到活着很痛苦时，可以打电话咨询。' },
  'anata-no-ibasho': { description: '不论年龄和性别，任何烦恼都可以24小时通过聊天咨询。' },
  'houterasu-multilingual': {
    description: '希望用外语交谈的人，可以通过翻译说明借款、离婚、工作、签证等方面的困难，免费获得有用的法律制度和咨询去处的介绍。',
    hoursNote: '这是通过翻译接通法テラス办事处的时间。网页上没有写明节假日的安排。',
  },
  'ikizura-bit': { description: '感到活得很辛苦时，可以通过LINE咨询。' },
  'kokoro-hot-chat': { description: '可以通过LINE或聊天咨询心里的烦恼。' },
  'kodomo-sos-dial': { description: '有烦恼的孩子或监护人，包括夜间和节假日，都可以24小时随时打电话到教育委员会的咨询窗口。' },
  'childline-phone': { description: '18岁以下的孩子可以谈任何事情的免费电话。' },
  'childline-chat': {
    description: '18岁以下的孩子可以和咨询员一对一用文字交谈的聊天。',
    hoursNote: '可以聊天的日子，可以在链接页面的日历上确认（晚上9点以后会自动结束）。',
  },
  'jido-sodanjo-189': { description: '觉得可能是虐待时，可以马上向附近的儿童咨询所通报或咨询的全国统一号码。' },
  'kodomo-jinken-110': { description: '可以就欺凌、虐待等涉及儿童人权的烦恼，打电话向法务局咨询。' },
  'matsudo-ikiru-shien': { description: '广泛受理生活和心理烦恼的市咨询窗口。' },
  'matsudo-ikiiki-anshin': { description: '可以咨询老年人的生活和护理。' },
  'matsudo-kikan-soudan': { description: '可以咨询有残疾或心理疾病的人的生活。' },
  'matsudo-seikatsu-shien': { description: '可以咨询钱、生活费和生活上的支持。' },
  'matsudo-kodomo-katei': {
    description: '可以就孩子的事情、育儿和家庭的烦恼，向专业咨询员咨询。',
    hoursNote: '咨询免费，不需要预约。',
  },
  'matsudo-fujin-soudan': { description: '女性可以就家庭、夫妻之间的事情和生活中的烦恼，向专业咨询员咨询的市窗口。' },
  'matsudo-sango-care': { description: '可以咨询市里的产后护理。产后护理支持对产后身体状况或育儿感到不安的母亲和婴儿。' },
  'matsudo-oyako-sukoyaka-chuo': OYAKO,
  'matsudo-oyako-sukoyaka-kogane': OYAKO,
  'matsudo-oyako-sukoyaka-tokiwadaira': OYAKO,
  'matsudo-hotnet': {
    description: '县设立的福利综合咨询窗口，无论孩子还是大人、残疾人或其家人，任何人都可以咨询生活中的困难。',
    hoursNote: '除了电话咨询，也可以在您家等方便交谈的地方听您诉说。',
  },
  'matsudo-houterasu': {
    description: '可以就借款和法律方面的困难，获得相关制度和咨询去处的介绍。',
    hoursNote: '介绍是免费的（需要付电话费）。这不是针对个人的法律咨询，而是介绍制度和咨询去处。',
  },
  'matsudo-hellowork': { description: '可以咨询找工作和工作方面的事情。' },
  'matsudo-toukatsu-seitoshi': { description: '为因自杀失去亲近之人的人提供的咨询去处。' },
  'matsudo-lifelink-sns': { description: '可以通过市里发放的介绍卡上的二维码使用的社交媒体咨询。' },
  'sample-town-soudan': { description: '用于测试的虚构窗口。' },
};
