export default definePageConfig({ navigationBarTitleText: '志愿统计' });
