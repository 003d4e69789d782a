// Shareable: the share sheet sends neighbours straight to this poll.
export default definePageConfig({ navigationBarTitleText: '表决详情', enableShareAppMessage: true, enablePullDownRefresh: true });
