export default definePageConfig({ navigationBarTitleText: '监督员聘任' });
