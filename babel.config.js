// babel-preset-taro options: https://docs.taro.zone/docs/next/babel-config
// NutUI is imported per component (and its per-component stylesheet), never the whole kit.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  plugins: [
    [
      'import',
      {
        libraryName: '@nutui/nutui-react-taro',
        camel2DashComponentName: false,
        customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`,
        style: (path) => `${path}/style/style.css`,
      },
      'nutui-react-taro',
    ],
  ],
};
