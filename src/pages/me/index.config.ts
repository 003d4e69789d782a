// Shareable: the menu's 转发 sends the compound's welcome card (https://taro-docs.jd.com/docs/hooks#useshareappmessage).
export default definePageConfig({ navigationBarTitleText: '我的', enableShareAppMessage: true });
