export default definePageConfig({
  navigationBarTitleText: '我要写信',
});
