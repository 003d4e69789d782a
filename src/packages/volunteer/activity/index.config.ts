// Shareable: a card in a WeChat group opens the sign-up.
export default definePageConfig({ navigationBarTitleText: '志愿活动', enableShareAppMessage: true, enablePullDownRefresh: true });
