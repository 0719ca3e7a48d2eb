import { MAIN_PAGES, SUBPACKAGES } from './routes';

// Tab-bar pages in the main package; each domain a subpackage. Paths come from src/routes.ts.
export default defineAppConfig({
  pages: [MAIN_PAGES.home, MAIN_PAGES.me],
  subPackages: SUBPACKAGES.map((s) => ({ root: s.root, pages: [...s.pages] })),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '城市服务',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f2f3f5',
  },
  tabBar: {
    color: '#4a4d55',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: MAIN_PAGES.home,
        text: '首页',
        iconPath: 'assets/tab/home.png',
        selectedIconPath: 'assets/tab/home-active.png',
      },
      {
        pagePath: MAIN_PAGES.me,
        text: '我的',
        iconPath: 'assets/tab/me.png',
        selectedIconPath: 'assets/tab/me-active.png',
      },
    ],
  },
  // Subpackages download in the background once the home page is up.
  preloadRule: {
    [MAIN_PAGES.home]: { network: 'all', packages: SUBPACKAGES.map((s) => s.root) },
  },
  lazyCodeLoading: 'requiredComponents',
});
