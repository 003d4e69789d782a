export default definePageConfig({ navigationBarTitleText: '找小区' });
