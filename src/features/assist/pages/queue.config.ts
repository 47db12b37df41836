export default definePageConfig({ navigationBarTitleText: '补助审核审批' });
