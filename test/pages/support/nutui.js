// What babel-plugin-import does in the builds: `import { Button } from '@nutui/nutui-react-taro'`
// loads only dist/es/packages/button. Here a component is loaded the first time it is read.
// (The package index would load all ~100 components, lottie and its canvas included.)
const loaded = { __esModule: true };

module.exports = new Proxy(loaded, {
  get(target, name) {
    if (name in target || typeof name !== 'string') return target[name];
    const mod = require(`@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}/index.js`);
    target[name] = mod.default ?? mod[name];
    return target[name];
  },
});
