export default definePageConfig({
  navigationBarTitleText: '住房公积金查询',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
