export default definePageConfig({ navigationBarTitleText: '征兵公示' });
