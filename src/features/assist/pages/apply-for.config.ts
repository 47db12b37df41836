export default definePageConfig({ navigationBarTitleText: '代为申请补助' });
