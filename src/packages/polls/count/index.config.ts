export default definePageConfig({ navigationBarTitleText: '纸质票计票' });
