export default definePageConfig({ navigationBarTitleText: '作风监督意见' });
