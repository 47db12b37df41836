export default definePageConfig({ navigationBarTitleText: '困难补助申请' });
