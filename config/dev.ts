import type { UserConfigExport } from '@tarojs/cli';

// `taro build --type h5 --watch` serves the pages on 127.0.0.1:10086; the API and the demo
// sign-in stay on the local host (npm run start:host), so forward them there.
const host = `http://127.0.0.1:${process.env.PORT ?? 8080}`;

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      // React fast refresh needs @pmmmwh/react-refresh-webpack-plugin, which is not installed;
      // without hot updates the page simply reloads on change.
      hot: false,
      proxy: { '/api': { target: host, changeOrigin: false }, '/dev': { target: host, changeOrigin: false } },
    },
  },
} satisfies UserConfigExport<'webpack5'>;
