import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';
import { requireCloudEnv } from './cloudEnv';

// One source tree, two outputs: dist/weapp (the mini-program) and dist/h5 (served by the local host).
const platform = process.env.TARO_ENV || 'h5';

export default defineConfig<'webpack5'>(async (merge) => {
  requireCloudEnv({ ...process.env, TARO_ENV: platform });
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'gongzhi',
    date: '2025-11-25',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: platform === 'weapp' ? [path.resolve(__dirname, 'plugins/weapp-aria.js')] : [],
    defineConstants: {},
    // A shell variable reaches the bundle too (Taro itself only reads TARO_APP_* from .env files).
    env: { TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV || '') },
    // The share cards' pictures (scripts/share-images.ts), named by path in useShareAppMessage. Each
    // goes into the subpackage of the page that shares it, keeping 80 KB out of the main package.
    copy: {
      patterns:
        platform === 'weapp'
          ? [
              { from: 'src/assets/share/issue.png', to: `dist/${platform}/packages/issues/share.png` },
              { from: 'src/assets/share/poll.png', to: `dist/${platform}/packages/polls/share-poll.png` },
              { from: 'src/assets/share/results.png', to: `dist/${platform}/packages/polls/share-results.png` },
              { from: 'src/assets/share/activity.png', to: `dist/${platform}/packages/volunteer/share.png` },
              // WeChat search may not index any page: a compound's own affairs (app.config sitemapLocation).
              { from: 'sitemap.json', to: `dist/${platform}/sitemap.json` },
            ]
          : [],
      options: {},
    },
    // WeChat templates cannot recurse, so Taro writes one copy of every element template per
    // nesting level into base.wxml (main package): ~3.4 KB a level here. Nodes deeper than
    // baseLevel render through Taro's `comp` component, which starts again at level 0 (a
    // custom-component boundary: same output, its updates go through that component). 6 instead
    // of the default 16 keeps ~34 KB out of the main package (base.wxml 70.5 KB → ~37 KB).
    baseLevel: 6,
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      // Native <div>/<input>/<button>-like elements instead of Stencil web components:
      // lighter, and labels/roles given to an Input reach the real <input>.
      useHtmlComponents: true,
      // build-stamp.json: when this build started, for scripts/fresh-h5.mjs (npm start, browser suite).
      webpackChain(chain) {
        chain.plugin('build-stamp').use(path.resolve(__dirname, 'plugins/build-stamp.js'));
      },
      router: { mode: 'hash' },
      devServer: { host: '127.0.0.1', port: 10086 },
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
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig);
  return merge({}, baseConfig, prodConfig);
});
