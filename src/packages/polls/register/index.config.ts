export default definePageConfig({ navigationBarTitleText: '纸质选票登记表' });
