// What `@tarojs/components` is inside the H5 build (h5.useHtmlComponents): the plain-HTML React
// components, the rest from Taro's web-component wrappers. Each is taken from its own file: the
// package index also loads components that read `View` while that very index is still loading
// (webpack never evaluates them, as nothing uses them).
export * from '@tarojs/components/lib/react';
export { default as View } from '@tarojs/components-react/dist/components/view/index.js';
export { default as Text } from '@tarojs/components-react/dist/components/text/index.js';
export { default as Button } from '@tarojs/components-react/dist/components/button/index.js';
export { default as Input } from '@tarojs/components-react/dist/components/input/index.js';
export { default as Image } from '@tarojs/components-react/dist/components/image/index.js';
export { default as Icon } from '@tarojs/components-react/dist/components/icon/index.js';
export { default as ScrollView } from '@tarojs/components-react/dist/components/scroll-view/index.js';
export { Swiper, SwiperItem } from '@tarojs/components-react/dist/components/swiper/index.js';
