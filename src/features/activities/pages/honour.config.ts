export default definePageConfig({ navigationBarTitleText: '培训与表彰' });
