export default definePageConfig({
  navigationBarTitleText: '入学信息',
});
