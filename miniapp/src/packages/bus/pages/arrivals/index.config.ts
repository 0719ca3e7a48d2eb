export default definePageConfig({
  navigationBarTitleText: '到站时间',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
