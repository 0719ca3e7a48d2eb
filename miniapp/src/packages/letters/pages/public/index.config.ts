export default definePageConfig({
  navigationBarTitleText: '来信和答复',
});
