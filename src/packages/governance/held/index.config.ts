export default definePageConfig({ navigationBarTitleText: '待人工复核的文字', enablePullDownRefresh: true });
