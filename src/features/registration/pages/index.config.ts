export default definePageConfig({ navigationBarTitleText: '退役军人登记' });
