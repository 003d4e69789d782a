// Shareable: a notice sent into the building's WeChat group.
export default definePageConfig({ navigationBarTitleText: '公告', enableShareAppMessage: true });
