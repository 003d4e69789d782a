export default definePageConfig({ navigationBarTitleText: '开通小区' });
