// Shareable: the public notice (公示) of a poll's result.
export default definePageConfig({ navigationBarTitleText: '表决结果', enableShareAppMessage: true });
