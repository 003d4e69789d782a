// In WeChat the count page uses the native count pad (one setData path per tap); the browser build
// uses the React pad beside it.
export default definePageConfig({
  navigationBarTitleText: '纸质票计票',
  ...(process.env.TARO_ENV === 'weapp' ? { usingComponents: { 'count-pad': '../components/countpad/countpad' } } : {}),
});
