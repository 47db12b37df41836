export default definePageConfig({ navigationBarTitleText: '待确认登记' });
