export default definePageConfig({
  navigationBarTitleText: '交通路况',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
});
