export default definePageConfig({
  navigationBarTitleText: '来信详情',
});
