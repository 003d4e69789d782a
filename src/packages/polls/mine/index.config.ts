export default definePageConfig({ navigationBarTitleText: '核对我的选票' });
