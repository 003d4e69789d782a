export default definePageConfig({ navigationBarTitleText: '三方联动会议', enablePullDownRefresh: true });
