export default definePageConfig({
  navigationBarTitleText: '线路详情',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
