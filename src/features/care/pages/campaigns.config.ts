export default definePageConfig({ navigationBarTitleText: '大走访' });
