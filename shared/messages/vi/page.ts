/**
 * @module
 * Vietnamese words of the page: landing, profile, safety question, topics,
 * crisis panel and help list (header and landing inlined in the page, the
 * rest in its first script). The K6 has no citable Vietnamese translation, so
 * the check's six items run in やさしい日本語 (the `easy` catalogue's item
 * words); `landing.checkNote` says so before the modes. Same meaning as
 * ../ja, written to the same safe-messaging rules: calm, hopeful and
 * practical, no method words, no diagnosis, always "talk to someone". Polite
 * register with "bạn"; teen texts (13–19) use simpler, warmer words.
 */
import type { HeadMessages, InlinedWords, ScriptMessages } from '../types';

const HELP_NOW_SHORT = 'Trợ giúp';

/** Header and landing: the build puts them in the page's data block (the prerendered landing shows them too). */
export const viInlined: InlinedWords = {
  chrome: {
    quickExit: 'Thoát nhanh',
    quickExitLabel: 'Thoát nhanh (chuyển sang trang khác)',
    helpNow: `${HELP_NOW_SHORT} ngay`,
    helpNowShort: HELP_NOW_SHORT,
    quickExitShort: 'Thoát',
  },
  landing: {
    lead: 'Đây là bài tự kiểm tra: bạn trả lời vài câu hỏi để nhìn lại trạng thái tâm lý của mình lúc này.',
    anonymous: 'Bài kiểm tra là ẩn danh. Chúng tôi không hỏi tên hay thông tin liên lạc của bạn.',
    duration: 'Mất khoảng 2 phút.',
    privacy: 'Câu trả lời không được lưu lại và sẽ mất khi bạn đóng hoặc tải lại trang.',
    privateTab: 'Để không lưu lại lịch sử, hãy mở trang này bằng chế độ ẩn danh của trình duyệt.',
    chooseLegend: 'Bạn muốn bắt đầu bài kiểm tra nào?',
    modes: {
      self: { label: 'Cho bản thân', hint: 'Kiểm tra trạng thái tâm lý của chính bạn' },
      teen: { label: 'Tuổi teen', hint: 'Dành cho các bạn từ 10 đến 19 tuổi, với lời lẽ dễ hiểu hơn' },
      perinatal: { label: 'Mang thai và sau sinh', hint: 'Dành cho người từ khi mang thai đến khoảng 1 năm sau sinh, và bạn đời của họ' },
      family: { label: 'Gia đình', hint: 'Dành cho người đang lo lắng cho một người thân thiết' },
    },
    languages: 'Ngôn ngữ / ことば',
    checkNote: 'Sáu câu hỏi được viết bằng tiếng Nhật dễ hiểu, có ghi cách đọc chữ Hán, vì chưa có bản tiếng Việt chính thức. Mọi phần khác đều bằng tiếng Việt.',
  },
};

/** Written into the page's HTML when it is built. */
export const viHead: HeadMessages = { lang: 'vi', pageTitle: '{service}' };

/** Everything else the page shows: carried by its first script. */
export const viPageScript: ScriptMessages = {
  nav: { back: 'Quay lại', next: 'Tiếp theo', toResult: 'Xem kết quả', pickOne: 'Hãy chọn một câu trả lời.' },
  progress: {
    visible: '{step} / {total}',
    spoken: 'Câu {step} trên {total}',
  },
  profile: {
    heading: { adult: 'Về bạn (không bắt buộc)', teen: 'Về bạn (có thể bỏ qua)' },
    lead: {
      adult: 'Bạn có thể bỏ qua phần này. Thông tin chỉ dùng để đếm số người, không ai biết bạn là ai.',
      teen: 'Bạn có thể bỏ qua phần này nhé. Thông tin chỉ dùng để đếm số người, không ai biết bạn là ai đâu.',
    },
    ageLegend: 'Độ tuổi',
    genderLegend: 'Giới tính',
    ageBands: {
      '10s': '10–19 tuổi',
      '20s': '20–29 tuổi',
      '30s': '30–39 tuổi',
      '40s': '40–49 tuổi',
      '50s': '50–59 tuổi',
      '60s': '60–69 tuổi',
      '70s': '70–79 tuổi',
      '80plus': 'Từ 80 tuổi trở lên',
      na: 'Không trả lời',
    },
    genders: { male: 'Nam', female: 'Nữ', other: 'Khác', na: 'Không trả lời' },
  },
  safety: {
    question: {
      adult: 'Trong 1 tháng qua, bạn có từng nghĩ đến việc muốn chết hay muốn biến mất không?',
      teen: 'Trong 1 tháng qua, bạn có bao giờ nghĩ “mình muốn chết” hay “mình muốn biến mất” không?',
    },
    hint: {
      adult: 'Câu này không tính điểm. Hãy chọn câu gần nhất với cảm xúc của bạn lúc này.',
      teen: 'Câu này không tính điểm. Hãy chọn câu gần nhất với cảm xúc thật của bạn.',
    },
    answers: {
      no: 'Không có',
      sometimes: 'Thỉnh thoảng có',
      often: 'Thường xuyên có',
      now: 'Bây giờ vẫn đang nghĩ như vậy',
      unsure: 'Không rõ / Không muốn trả lời',
    },
  },
  topics: {
    heading: 'Điều bạn đang bận tâm lúc này',
    hint: {
      adult: 'Hãy chọn tất cả những mục phù hợp. Bạn cũng có thể tiếp tục mà không chọn.',
      teen: 'Chọn bao nhiêu mục cũng được. Không chọn cũng không sao.',
    },
    labels: {
      life: 'Lối sống, ý nghĩa cuộc sống',
      loneliness: 'Cô đơn, buồn tủi',
      work: 'Công việc',
      money: 'Tiền bạc, cuộc sống',
      parenting: 'Nuôi dạy con',
      care: 'Chăm sóc người thân',
      couple: 'Vợ chồng, bạn đời',
      education: 'Việc học của con',
      relations: 'Quan hệ với mọi người, thu mình ở nhà',
      gender: 'Chuyện nam nữ',
      bodyHealth: 'Sức khỏe thể chất',
      mindHealth: 'Sức khỏe tinh thần',
      debt: 'Nợ nần, vấn đề pháp lý',
      bereavement: 'Mất đi người thân thiết',
      other: 'Khác',
      school: 'Trường học',
      friends: 'Bạn bè',
      family: 'Gia đình',
      bullying: 'Bị bắt nạt',
      study: 'Học tập, định hướng tương lai',
      body: 'Cơ thể',
      sns: 'Mạng xã hội, Internet',
      sleep: 'Giấc ngủ',
    },
  },
  crisis: {
    heading: { adult: 'Cảm ơn bạn đã trả lời', teen: 'Cảm ơn bạn đã chia sẻ' },
    lead: {
      adult: 'Bạn không cần một mình gánh chịu những cảm xúc nặng nề này. Ngay lúc này, có người sẵn sàng lắng nghe bạn.',
      teen: 'Bạn không cần một mình gánh chịu những cảm xúc nặng nề này đâu. Ngay lúc này, có người sẵn sàng lắng nghe bạn.',
    },
    urgent: {
      heading: 'Ngay lúc này, có người sẵn sàng lắng nghe bạn',
      lead: {
        adult: 'Cảm ơn bạn đã cho chúng tôi biết. Đừng gánh chịu một mình: hãy gọi ngay số bên dưới, hoặc trò chuyện qua chat.',
        teen: 'Cảm ơn bạn đã cho mình biết. Đừng giữ một mình nhé: hãy gọi ngay số bên dưới, hoặc trò chuyện qua chat.',
      },
    },
    emergencyHeading: 'Khi tính mạng đang gặp nguy hiểm',
    continue: 'Tiếp tục bài kiểm tra',
  },
  help: {
    heading: 'Khi muốn nói chuyện với ai đó ngay',
    lead: 'Đừng giữ một mình, hãy thử nói chuyện với ai đó.',
    back: 'Quay lại màn hình trước',
  },
  waiting: {
    heading: 'Đang tải',
    lead: 'Nội dung sẽ hiện khi có kết nối. Trong lúc chờ, bạn có thể liên hệ các nơi bên dưới.',
  },
  cantConnect: 'Nếu không liên lạc được, hãy gọi lại sau, hoặc thử một nơi khác.',
};
