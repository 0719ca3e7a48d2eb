export default definePageConfig({
  navigationBarTitleText: '实时公交',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
