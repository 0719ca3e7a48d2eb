export default definePageConfig({
  navigationBarTitleText: '城市服务',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
