export default definePageConfig({
  navigationBarTitleText: '我向总理说句话',
});
