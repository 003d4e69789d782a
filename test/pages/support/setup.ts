// Loads Taro first (else a require cycle between its router and API modules leaves `history`
// undefined), then prepares Taro's React bridge the way the H5 entry does, so that pages can be
// mounted with their lifecycle hooks (useDidShow, useRouter, …) working.
import '@tarojs/taro';
import React from 'react';
import ReactDOM from 'react-dom';
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime';

createReactApp(() => null, React, ReactDOM, { appId: 'app' });

// NutUI hands its WeChat-only props (placeholderClass, catchMove, ariaRole, ariaLabel) to DOM
// elements in the browser too; React's development warnings about them are noise here.
const NUTUI_PROPS = ['placeholderClass', 'catchMove', 'ariaRole', 'ariaLabel'];
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const [format, prop] = args;
  if (typeof format === 'string' && format.startsWith('Warning:') && NUTUI_PROPS.includes(String(prop))) return;
  consoleError(...args);
};
