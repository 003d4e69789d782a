// Shareable: the card opens the compound's welcome (useShareAppMessage needs this flag,
// https://taro-docs.jd.com/docs/hooks#useshareappmessage).
export default definePageConfig({ navigationBarTitleText: '邀请邻居', enableShareAppMessage: true });
