export default definePageConfig({
  navigationBarTitleText: '房产管理',
});
