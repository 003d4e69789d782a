export default definePageConfig({ navigationBarTitleText: '报事统计' });
