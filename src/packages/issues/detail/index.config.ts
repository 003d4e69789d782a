// Shareable: the share sheet sends neighbours straight to this issue.
export default definePageConfig({ navigationBarTitleText: '报事详情', enableShareAppMessage: true, enablePullDownRefresh: true });
