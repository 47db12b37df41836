export default definePageConfig({ navigationBarTitleText: '补助标准与救助资金' });
