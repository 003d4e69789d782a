export default definePageConfig({ navigationBarTitleText: '计划项目', enableShareAppMessage: true });
