export default definePageConfig({ navigationBarTitleText: '大走访进度' });
