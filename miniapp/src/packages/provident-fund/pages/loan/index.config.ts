export default definePageConfig({
  navigationBarTitleText: '公积金贷款估算',
});
