// Shareable: the quarter's published scorecard.
export default definePageConfig({ navigationBarTitleText: '季度考评', enableShareAppMessage: true });
