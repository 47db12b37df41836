export default definePageConfig({ navigationBarTitleText: '邀请监督员参加会议' });
