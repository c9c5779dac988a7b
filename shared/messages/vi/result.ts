/**
 * @module
 * Vietnamese words of the result screen, in the chunk the page fetches after
 * first paint: the K6's band messages (same meaning per band as ../ja), "this
 * is not a diagnosis" and self-care that fits the band. Calm and never
 * clinical; a low score is not "safe", so help is offered whatever the band.
 * No words for 家族: that mode is not offered in Vietnamese (its checklist is
 * quoted Japanese government text).
 */
import type { ResultMessages } from '../types';

export const viResult: ResultMessages = {
  result: {
    heading: { adult: 'Bầu trời trong lòng bạn lúc này', teen: 'Bầu trời trong lòng bạn lúc này' },
    flagged: {
      heading: { adult: 'Cảm ơn bạn đã trả lời', teen: 'Cảm ơn bạn đã trả lời nhé' },
      lead: {
        adult: 'Bạn đã cho chúng tôi biết rằng bạn đang có những cảm xúc nặng nề. Bạn không cần phải gánh chịu một mình. Trước hết, đây là những nơi có thể lắng nghe bạn ngay bây giờ.',
        teen: 'Bạn đã chia sẻ rằng bạn đang thấy rất khó khăn. Bạn không cần chịu đựng một mình đâu. Trước tiên, đây là những nơi có thể nghe bạn nói ngay bây giờ.',
      },
      urgentLead: {
        adult: 'Ngay lúc này bạn vẫn đang rất đau khổ. Hãy gọi ngay số điện thoại bên dưới, hoặc trò chuyện qua chat. Có những người muốn lắng nghe bạn.',
        teen: 'Bây giờ bạn vẫn đang thấy rất khó khăn, phải không? Hãy gọi ngay số bên dưới hoặc nhắn tin chat nhé. Có những người muốn nghe bạn nói.',
      },
      title: { adult: 'Cảm xúc của bạn lúc này quan trọng hơn điểm số', teen: 'Cảm xúc của bạn quan trọng hơn điểm số' },
      message: {
        adult: 'Dù điểm số thế nào, việc bạn có những cảm xúc nặng nề là một dấu hiệu quan trọng. Hôm nay, hãy nói chuyện với một nơi tư vấn ở trên hoặc với người bạn tin tưởng. Có những người muốn giúp đỡ bạn.',
        teen: 'Dù điểm số thế nào, việc bạn thấy khó khăn là một dấu hiệu quan trọng. Hôm nay, hãy nói chuyện với một nơi tư vấn ở trên hoặc với một người lớn mà bạn tin tưởng. Có những người muốn giúp bạn.',
      },
      selfCareHeading: { adult: 'Những điều bạn có thể làm ngay', teen: 'Những điều bạn có thể làm ngay' },
      selfCare: {
        adult: ['Hôm nay, hãy nói chuyện với một nơi tư vấn ở trên hoặc với người bạn tin tưởng', 'Bớt thời gian ở một mình', 'Nếu thấy tính mạng gặp nguy hiểm, đừng ngần ngại, hãy gọi 119 (cấp cứu)'],
        teen: ['Hôm nay, hãy nói với một nơi tư vấn ở trên, hoặc với người lớn bạn tin tưởng như người trong gia đình hay thầy cô', 'Đừng giữ mọi chuyện trong lòng một mình', 'Nếu thấy tính mạng gặp nguy hiểm, hãy gọi ngay 119 (cấp cứu)'],
      },
      picture: 'Tranh bầu trời nhiều mây, ánh sáng ngọn hải đăng chiếu xuống mặt biển',
    },
    notDiagnosis: {
      adult: 'Đây không phải là chẩn đoán. Đây chỉ là gợi ý để bạn nhìn lại cảm xúc của mình lúc này.',
      teen: 'Đây không phải là chẩn đoán, chỉ là gợi ý để bạn nhìn lại cảm xúc của mình lúc này thôi.',
    },
    selfCareHeading: { adult: 'Bạn có thể thử những điều sau', teen: 'Thử làm những điều này nhé' },
    helpHeading: { adult: 'Những nơi bạn có thể tìm đến tư vấn', teen: 'Những nơi sẵn sàng nghe bạn nói' },
    helpLead: {
      adult: 'Dù kết quả thế nào, bạn cũng có thể tìm đến tư vấn.',
      teen: 'Dù kết quả thế nào, bạn cũng có thể tìm người trò chuyện.',
    },
    again: { adult: 'Làm lại từ đầu', teen: 'Làm lại từ đầu' },
    bands: {
      // The K6's bands (本人, 10代 and 赤ちゃんママ all run it).
      'k6-ja': {
        low: {
          title: { adult: 'Trời quang đãng, êm dịu', teen: 'Trời nắng dịu' },
          message: {
            adult: 'Hiện tại, gánh nặng trong lòng bạn có vẻ nhỏ. Hãy tiếp tục trân trọng cách sinh hoạt hiện nay.',
            teen: 'Bây giờ, lòng bạn có vẻ không bị nặng nề lắm. Hãy tiếp tục giữ những thói quen hiện tại nhé.',
          },
          selfCare: {
            adult: ['Ngủ đủ giấc và ăn uống đầy đủ', 'Dành thời gian cho việc mình thích', 'Có điều gì bận tâm thì sớm nói với ai đó'],
            teen: ['Ngủ đủ và ăn uống đầy đủ', 'Dành thời gian làm điều mình thích', 'Có gì bận tâm thì sớm kể với ai đó'],
          },
          picture: 'Tranh bầu trời quang đãng và mặt biển êm đềm',
        },
        some: {
          title: { adult: 'Có một chút mây', teen: 'Trời có chút mây' },
          message: {
            adult: 'Có vẻ bạn đang tích tụ một chút mệt mỏi và căng thẳng. Nghỉ ngơi và có người lắng nghe sẽ giúp ích cho bạn.',
            teen: 'Có vẻ bạn đang hơi mệt và căng thẳng. Nghỉ ngơi hoặc nói chuyện với ai đó có thể giúp bạn thấy nhẹ nhõm hơn.',
          },
          selfCare: {
            adult: ['Đi nghỉ sớm hơn thường ngày', 'Thử chia sẻ cảm xúc với người bạn tin tưởng', 'Vận động nhẹ, chẳng hạn như đi dạo'],
            teen: ['Đi ngủ sớm hơn thường ngày', 'Thử nói chuyện với người lớn hoặc bạn bè mà bạn tin tưởng', 'Vận động một chút, như đi bộ ngoài trời'],
          },
          picture: 'Tranh bầu trời có chút mây và mặt biển êm đềm',
        },
        high: {
          title: { adult: 'Mây đang nhiều lên', teen: 'Mây đang nhiều lên' },
          message: {
            adult: 'Gánh nặng trong lòng bạn có vẻ đang lớn dần. Đừng gánh một mình, bạn thử nói chuyện với một nơi tư vấn nhé?',
            teen: 'Có vẻ lòng bạn đang rất mệt. Đừng giữ một mình, thử nói chuyện với ai đó nhé?',
          },
          selfCare: {
            adult: ['Đừng gắng sức quá, hãy dành thời gian nghỉ ngơi', 'Thử nói chuyện với gia đình, bạn bè hoặc nơi tư vấn bên dưới', 'Hỏi ý kiến bác sĩ quen hoặc phòng khám tâm lý'],
            teen: ['Đừng cố quá sức, hãy nghỉ ngơi', 'Thử nói chuyện với gia đình, thầy cô hoặc thầy cô ở phòng y tế của trường', 'Thử gọi điện hoặc chat với nơi tư vấn bên dưới'],
          },
          picture: 'Tranh bầu trời nhiều mây, trên biển thấy ánh sáng ngọn hải đăng',
        },
        veryHigh: {
          title: { adult: 'Trời có vẻ đang mưa', teen: 'Trời có vẻ đang mưa' },
          message: {
            adult: 'Có thể bạn đang rất khó khăn lúc này. Hãy nói chuyện với nơi tư vấn hoặc cơ sở y tế càng sớm càng tốt. Có những người muốn giúp đỡ bạn.',
            teen: 'Có thể bây giờ bạn đang rất khó khăn. Hôm nay, hãy nói chuyện với ai đó nhé. Có những người muốn giúp bạn.',
          },
          selfCare: {
            adult: ['Hôm nay, hãy nói chuyện với ai đó (bạn có thể gọi điện hoặc chat với nơi tư vấn bên dưới)', 'Bớt thời gian ở một mình', 'Sớm đến cơ sở y tế để được tư vấn'],
            teen: ['Hôm nay, hãy nói với người lớn bạn tin tưởng hoặc nơi tư vấn bên dưới', 'Đừng giữ mọi chuyện trong lòng một mình', 'Nói chuyện với thầy cô ở phòng y tế hoặc chuyên viên tư vấn học đường'],
          },
          picture: 'Tranh bầu trời mưa, ánh sáng ngọn hải đăng chiếu xuống mặt biển',
        },
      },
    },
  },
};
