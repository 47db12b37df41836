export default definePageConfig({ navigationBarTitleText: '六必访设置' });
