export default definePageConfig({
  navigationBarTitleText: '居民医保缴费',
});
