export default definePageConfig({ navigationBarTitleText: '征兵阶段' });
