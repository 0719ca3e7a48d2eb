export default definePageConfig({
  navigationBarTitleText: '公开答复',
});
