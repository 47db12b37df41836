import { Text, View } from '@tarojs/components';

/** The short form of the privacy guide: shown in the consent sheet/page; the full text is on the guide page. */
export function PrivacySummary() {
  return (
    <View>
      <Text className="text-block">为了把您和您所在的网格、档案对应起来，我们会收集您的姓名、身份证号和手机号。</Text>
      <Text className="text-block">
        这些信息只有您所在网格的网格员和上级退役军人服务机构的工作人员在工作需要时可以看到，平时一律打码显示（如
        110101********1234、138****5678），每一次查看完整号码都会被记录。
      </Text>
      <Text className="text-block">您可以随时在「我的 - 隐私保护指引」中查看完整说明或撤回同意。</Text>
    </View>
  );
}
