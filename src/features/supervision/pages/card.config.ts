export default definePageConfig({ navigationBarTitleText: '我的监督员证' });
