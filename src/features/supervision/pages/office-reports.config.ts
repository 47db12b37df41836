export default definePageConfig({ navigationBarTitleText: '监督员反映的问题' });
