export default definePageConfig({ navigationBarTitleText: '各小区比较' });
