import { Text, View } from '@tarojs/components';

const SECTIONS: { title: string; paragraphs: string[] }[] = [
  {
    title: '一、我们收集哪些信息',
    paragraphs: ['登记时：您的姓名、身份证号、手机号。', '使用中：您提交的诉求、上传的图片，以及您阅读通知的记录。'],
  },
  {
    title: '二、为什么收集',
    paragraphs: [
      '姓名和身份证号用于与区退役军人事务局已有的档案（一人一档）核对，确认您的身份和所在网格。',
      '手机号用于网格员与您联系。我们不会把这些信息用于其他目的。',
    ],
  },
  {
    title: '三、谁能看到',
    paragraphs: [
      '只有您所在网格的网格员、网格长，以及所在社区服务站、街道、区退役军人事务局中负责您所在区域的工作人员，在工作需要时可以查看。',
      '身份证号和手机号平时打码显示（如 110101********1234、138****5678）；确需查看完整号码时，每一次查看都会被记录。',
      '身份证号和手机号加密保存，不对外提供。',
    ],
  },
  {
    title: '四、撤回同意与删除',
    paragraphs: [
      '您可以随时撤回同意，撤回后本程序将不能继续为您提供服务，但不影响撤回前已进行的处理。',
      '如需更正或删除您的信息，请联系您所在网格的网格员或社区退役军人服务站。',
    ],
  },
];

/** The full privacy guide (隐私保护指引) as the user reads it. */
export function PrivacyGuideText() {
  return (
    <View>
      {SECTIONS.map((section) => (
        <View key={section.title} className="card">
          <Text className="card-title">{section.title}</Text>
          {section.paragraphs.map((p) => (
            <Text key={p} className="text-block">
              {p}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
