export default definePageConfig({ navigationBarTitleText: '抄水表' });
