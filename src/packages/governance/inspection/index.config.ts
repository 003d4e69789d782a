export default definePageConfig({ navigationBarTitleText: '季度现场检查' });
