export default definePageConfig({
  navigationBarTitleText: '个人所得税查询',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
