/**
 * @module
 * Từ ngữ tiếng Việt về giờ tiếp nhận của các đường dây, dùng khi dựng trang:
 * giờ của mỗi đường dây thành một dòng ngắn ("Hằng ngày 16:00–21:00; ngày 10
 * hằng tháng 8:00–8:00 hôm sau"). Giờ theo giờ Nhật Bản.
 */
import type { HoursMessages } from '../types';

export const viHours: HoursMessages = {
  hours: {
    unknown: 'Vui lòng hỏi trực tiếp nơi tư vấn về giờ tiếp nhận',
    always: '24 giờ, hằng ngày',
    weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    everyDay: 'Hằng ngày',
    holidaysClosed: 'nghỉ ngày lễ',
    holidaysAsSunday: 'ngày lễ như Chủ Nhật',
    monthDay: 'ngày {day} hằng tháng',
    closedDates: 'nghỉ {dates}',
    date: '{day}/{month}',
    span: '{from}–{to}',
    overnight: '{from}–{to} hôm sau',
    listSep: '; ',
  },
};
