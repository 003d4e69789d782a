// Shareable once published: the minutes with each decision's progress.
export default definePageConfig({ navigationBarTitleText: '会议纪要', enableShareAppMessage: true });
