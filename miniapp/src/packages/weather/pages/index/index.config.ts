export default definePageConfig({
  navigationBarTitleText: '天气预报',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
