export default definePageConfig({ navigationBarTitleText: '业主认证审核' });
