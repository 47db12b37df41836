export default definePageConfig({ navigationBarTitleText: '十个严禁' });
