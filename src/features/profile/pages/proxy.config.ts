export default definePageConfig({ navigationBarTitleText: '为家人代办' });
