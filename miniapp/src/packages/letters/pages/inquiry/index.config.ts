export default definePageConfig({
  navigationBarTitleText: '信件查询',
});
