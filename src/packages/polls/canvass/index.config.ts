export default definePageConfig({ navigationBarTitleText: '上门动员名单', enablePullDownRefresh: true });
