export default definePageConfig({
  navigationBarTitleText: '意见征集采纳情况',
});
