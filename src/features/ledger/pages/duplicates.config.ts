export default definePageConfig({ navigationBarTitleText: '重复档案' });
