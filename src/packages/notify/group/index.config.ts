export default definePageConfig({ navigationBarTitleText: '本群' });
