/**
 * @module
 * 咨询窗口受理时间的中文用语（构建页面时使用）：每条热线的时间
 * 变成一行短文（「每天 16:00～21:00，每月10日 8:00～次日8:00」）。时间均为日本时间。
 */
import type { HoursMessages } from '../types';

export const zhHours: HoursMessages = {
  hours: {
    unknown: '受理时间请向窗口确认',
    always: '24小时・每天',
    weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    everyDay: '每天',
    holidaysClosed: '节假日休息',
    holidaysAsSunday: '节假日与周日相同',
    monthDay: '每月{day}日',
    closedDates: '{dates}休息',
    date: '{month}月{day}日',
    span: '{from}～{to}',
    overnight: '{from}～次日{to}',
    listSep: '，',
  },
};
