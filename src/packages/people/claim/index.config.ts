export default definePageConfig({ navigationBarTitleText: '认证业主身份' });
