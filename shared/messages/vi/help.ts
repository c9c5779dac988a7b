/**
 * @module
 * Vietnamese words of the full crisis panel, the help list and the helpline
 * cards, in the result chunk the page fetches after first paint. Same facts
 * as ../ja/help; a line we cannot connect to says so plainly and never sends
 * the resident to look up a number we do not have. (Many lines answer only in
 * Japanese: each card's own description says so, not these words.)
 */
import type { HelpMessages } from '../types';

export const viHelp: HelpMessages = {
  panel: {
    emergencyText: 'Đừng ngần ngại, hãy gọi điện ngay.',
    openNowHeading: 'Những nơi đang tiếp nhận',
    urgentOpenNowHeading: 'Những nơi bạn có thể nói chuyện ngay bây giờ',
    noneOpen: 'Hiện không tìm thấy nơi nào đang tiếp nhận. Vui lòng xem giờ tiếp nhận của các nơi bên dưới.',
    localHeading: 'Nơi tư vấn tại địa phương bạn sống',
    listHeading: 'Những nơi có thể tư vấn',
    nowHeading: 'Những nơi có thể tư vấn ngay bây giờ',
    closedHeading: 'Những nơi hiện ngoài giờ tiếp nhận',
    otherSummary: 'Những nơi khác',
    otherLead: 'Những nơi đang được xác nhận số điện thoại hoặc giờ tiếp nhận, và những nơi cần thẻ hướng dẫn hoặc phải đến trực tiếp.',
    close: 'Đóng',
  },
  opens: {
    today: 'Hôm nay, tiếp nhận từ {time}',
    tomorrow: 'Ngày mai, tiếp nhận từ {time}',
    on: 'Tiếp nhận từ {time} {weekday}, ngày {day}/{month}',
    weekdays: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
  },
  helpline: {
    openNow: 'Đang tiếp nhận',
    closedNow: 'Hiện ngoài giờ tiếp nhận',
    call: 'Gọi {number}',
    channels: { chat: 'Tư vấn qua chat', line: 'Tư vấn qua LINE', web: 'Mở trang web', visit: 'Tư vấn trực tiếp tại nơi tiếp nhận' },
    unverified: 'Số điện thoại đang được xác nhận.',
    unverifiedDetails: 'Thông tin của nơi này đang được xác nhận. Nếu không liên lạc được, hãy thử một nơi khác.',
    findByName: 'Địa chỉ trang web đang được xác nhận. Hãy thử tìm kiếm “{name}”.',
  },
};
