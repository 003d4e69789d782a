// What `@tarojs/taro` is inside the H5 build. There, the Taro babel plugin rewrites every
// `Taro.someApi` into a named import of the H5 API library, and Taro's loader adds the React
// lifecycle hooks to it; here the two are merged into one object instead.
import * as h5 from '@tarojs/plugin-platform-h5/dist/runtime/apis';
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime';

const Taro = { ...(h5 as Record<string, unknown>), ...((h5 as { default?: object }).default ?? {}), ...hooks } as Record<string, unknown>;

export default Taro;
export * from '@tarojs/plugin-platform-h5/dist/runtime/apis';
export * from '@tarojs/plugin-framework-react/dist/runtime';
