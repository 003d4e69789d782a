export default definePageConfig({ navigationBarTitleText: '公告公示' });
