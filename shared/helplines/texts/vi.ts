/**
 * @module
 * Mô tả và ghi chú giờ của các nơi tư vấn bằng tiếng Việt: translated from
 * the Japanese data and saying nothing it does not (./index).
 */
import type { HelplineTexts } from './index';

const OYAKO = {
  description:
    'Quầy tư vấn của thành phố: khi bạn đau buồn vì đã trải qua sảy thai hoặc thai chết lưu, bạn có thể trao đổi về cảm xúc và hoàn cảnh của mình với y tá y tế công cộng, nhân viên công tác xã hội hoặc nữ hộ sinh, qua điện thoại hoặc gặp trực tiếp.',
  hoursNote: 'Họ cũng có thể đến nhà bạn để tư vấn.',
};

export const vi: HelplineTexts = {
  'emergency-119': { description: 'Số điện thoại gọi khi có nguy hiểm đến tính mạng, hoặc khi bị thương hay đột ngột bị ốm.' },
  'emergency-110': { description: 'Số điện thoại gọi khi bạn cảm thấy bản thân gặp nguy hiểm, hoặc khi có vụ việc hay tai nạn.' },
  'chiba-inochi-no-denwa': { description: 'Đường dây tư vấn của tỉnh Chiba: có người lắng nghe những cảm xúc đau khổ và nỗi lo của bạn qua điện thoại, bất cứ lúc nào, 24 giờ.' },
  'chiba-foreign-residents': {
    description: 'Quầy tư vấn của tỉnh Chiba, nơi người đến từ nước ngoài có thể trao đổi về những khó khăn trong cuộc sống bằng tiếng Nhật hoặc tiếng mẹ đẻ.',
    hoursNote: 'Đây là thời gian được ghi trong thông báo năm 2019 của tỉnh.',
  },
  'kokoro-unified-dial': { description: 'Số điện thoại chung trên toàn quốc khi bạn muốn trao đổi về những lo lắng trong lòng: cuộc gọi được nối đến quầy tư vấn công của khu vực nơi bạn gọi.' },
  'yorisoi-hotline': { description: 'Khi bạn gặp khó khăn trong cuộc sống, hoặc muốn có người lắng nghe cảm xúc và nỗi lo của mình, bạn có thể gọi điện tư vấn bất cứ lúc nào, 24 giờ.' },
  'inochi-no-denwa-free': { description: 'Có người lắng nghe những cảm xúc đau khổ và nỗi lo của bạn qua cuộc gọi miễn phí.' },
  'inochi-sos': { description: 'Khi bạn cảm thấy sống thật khó khăn, bạn có thể gọi điện để được tư vấn.' },
  'anata-no-ibasho': { description: 'Không phân biệt tuổi tác hay giới tính, bạn có thể trao đổi qua chat về bất kỳ nỗi lo nào, 24 giờ.' },
  'houterasu-multilingual': {
    description:
      'Dành cho người muốn nói bằng tiếng nước ngoài: qua phiên dịch, bạn trình bày những khó khăn như nợ nần, ly hôn, công việc, visa, và được hướng dẫn miễn phí về các chế độ pháp luật hữu ích và nơi có thể tư vấn.',
    hoursNote: 'Đây là thời gian cuộc gọi được nối qua phiên dịch đến văn phòng của Houterasu. Trang web không ghi về ngày lễ.',
  },
  'ikizura-bit': { description: 'Khi bạn cảm thấy cuộc sống thật nặng nề, bạn có thể trao đổi qua LINE.' },
  'kokoro-hot-chat': { description: 'Bạn có thể trao đổi về những lo lắng trong lòng qua LINE hoặc chat.' },
  'kodomo-sos-dial': { description: 'Trẻ em đang có nỗi lo và phụ huynh có thể gọi điện đến quầy tư vấn của Hội đồng Giáo dục bất cứ lúc nào, 24 giờ, kể cả ban đêm và ngày nghỉ.' },
  'childline-phone': { description: 'Đường dây điện thoại miễn phí, nơi trẻ em đến 18 tuổi có thể nói về bất cứ điều gì.' },
  'childline-chat': {
    description: 'Dịch vụ chat, nơi trẻ em đến 18 tuổi có thể trò chuyện một đối một với tư vấn viên bằng chữ viết.',
    hoursNote: 'Bạn có thể xem những ngày có chat trên lịch ở trang liên kết (sau 9 giờ tối, chat tự động kết thúc).',
  },
  'jido-sodanjo-189': { description: 'Số điện thoại chung trên toàn quốc: khi bạn nghĩ có thể đó là ngược đãi, bạn có thể báo ngay hoặc trao đổi với trung tâm tư vấn trẻ em gần nhất.' },
  'kodomo-jinken-110': { description: 'Bạn có thể gọi điện cho Cục Pháp vụ để trao đổi về những nỗi lo liên quan đến quyền con người của trẻ em, như bắt nạt hay ngược đãi.' },
  'matsudo-ikiru-shien': { description: 'Quầy tư vấn của thành phố, tiếp nhận rộng rãi những nỗi lo về cuộc sống và trong lòng.' },
  'matsudo-ikiiki-anshin': { description: 'Bạn có thể trao đổi về cuộc sống và việc chăm sóc người cao tuổi.' },
  'matsudo-kikan-soudan': { description: 'Bạn có thể trao đổi về cuộc sống của người khuyết tật hoặc người có bệnh về tinh thần.' },
  'matsudo-seikatsu-shien': { description: 'Bạn có thể trao đổi về tiền bạc, chi phí sinh hoạt và sự hỗ trợ trong cuộc sống.' },
  'matsudo-kodomo-katei': {
    description: 'Bạn có thể trao đổi với tư vấn viên chuyên môn về con cái, việc nuôi dạy con và những nỗi lo trong gia đình.',
    hoursNote: 'Tư vấn miễn phí và không cần đặt hẹn.',
  },
  'matsudo-fujin-soudan': { description: 'Quầy tư vấn của thành phố, nơi phụ nữ có thể trao đổi với tư vấn viên chuyên môn về gia đình, chuyện vợ chồng và những nỗi lo trong cuộc sống.' },
  'matsudo-sango-care': { description: 'Bạn có thể hỏi về dịch vụ chăm sóc sau sinh của thành phố, hỗ trợ mẹ và bé khi người mẹ lo lắng về sức khỏe hoặc việc chăm con sau khi sinh.' },
  'matsudo-oyako-sukoyaka-chuo': OYAKO,
  'matsudo-oyako-sukoyaka-kogane': OYAKO,
  'matsudo-oyako-sukoyaka-tokiwadaira': OYAKO,
  'matsudo-hotnet': {
    description: 'Quầy tư vấn tổng hợp về phúc lợi do tỉnh lập ra, nơi bất kỳ ai — trẻ em hay người lớn, người khuyết tật hay gia đình họ — đều có thể trao đổi về những khó khăn trong cuộc sống.',
    hoursNote: 'Ngoài tư vấn qua điện thoại, bạn cũng có thể được lắng nghe ở nơi dễ nói chuyện, như tại nhà.',
  },
  'matsudo-houterasu': {
    description: 'Bạn được hướng dẫn về các chế độ và nơi có thể tư vấn cho những khó khăn về nợ nần và pháp luật.',
    hoursNote: 'Việc hướng dẫn là miễn phí (bạn trả tiền cuộc gọi). Đây không phải là tư vấn pháp luật cho riêng trường hợp của bạn, mà là giới thiệu các chế độ và nơi có thể tư vấn.',
  },
  'matsudo-hellowork': { description: 'Bạn có thể trao đổi về việc tìm việc làm và về công việc.' },
  'matsudo-toukatsu-seitoshi': { description: 'Nơi tư vấn dành cho những người đã mất người thân thiết vì tự tử.' },
  'matsudo-lifelink-sns': { description: 'Dịch vụ tư vấn qua mạng xã hội, dùng được từ mã QR trên tấm thẻ hướng dẫn do thành phố phát.' },
  'sample-town-soudan': { description: 'Quầy tư vấn giả định dùng để kiểm thử.' },
};
