export default definePageConfig({ navigationBarTitleText: '监督员会议' });
