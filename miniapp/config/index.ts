import { defineConfig, type UserConfigExport } from '@tarojs/cli';

/**
 * One config for both targets. weapp and H5 get separate output folders so they never overwrite
 * each other; project.config.json at the repository root points WeChat devtools at dist/weapp.
 */
const API_PORT_DEFAULT = 'http://127.0.0.1:3000';
/** The dev mini-program's 留言办理进度通知 template (the mock WeChat knows it); real ids come from the WeChat console. */
const LETTER_TEMPLATE_DEFAULT = '1SgwzqtjESGprroMCh_yY90TXNRnNmzRMie-_2p1Kf4';

export default defineConfig<'webpack5'>(async (merge) => {
  const env = process.env.TARO_ENV;
  // weapp calls the BFF by absolute URL; H5 is served by the BFF itself, so the same origin.
  const apiBase = env === 'h5' ? '' : (process.env.TARO_APP_API_BASE ?? API_PORT_DEFAULT);

  const base: UserConfigExport<'webpack5'> = {
    projectName: 'city-service-portal',
    date: '2025-1-1',
    // NutUI is drawn at 375 wide; our own styles at 750.
    designWidth(input) {
      const file = typeof input === 'object' && input ? (input as { file?: string }).file : undefined;
      if (file && file.replace(/\\/g, '/').includes('@nutui')) return 375;
      return 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${env}`,
    plugins: ['@tarojs/plugin-html'],
    defineConstants: {
      PORTAL_API_BASE: JSON.stringify(apiBase),
      // Subscribe-message templates asked for before a letter is sent (comma-separated ids).
      PORTAL_LETTER_TEMPLATE_IDS: JSON.stringify((process.env.TARO_APP_LETTER_TEMPLATE_IDS ?? LETTER_TEMPLATE_DEFAULT).split(',').map((id) => id.trim()).filter(Boolean)),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false, exclude: ['@nutui/nutui-react-taro', '@nutui/icons-react-taro'] } },
    cache: { enable: false },
    mini: {
      // NutUI's per-component CSS lands in the shared chunk in different orders per page; our
      // overrides use custom properties and more specific selectors, so the order does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
      },
      devServer: {
        proxy: [{ context: ['/api'], target: 'http://127.0.0.1:3000', changeOrigin: false }],
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, base, { mini: {}, h5: {} });
  }
  return merge({}, base, { mini: {}, h5: {} });
});
