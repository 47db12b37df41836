export default definePageConfig({ navigationBarTitleText: '网格+退役军人' });
