// Loads Taro first (else a require cycle between its router and API modules leaves `history`
// undefined), then prepares Taro's React bridge the way the H5 entry does, so that pages can be
// mounted with their lifecycle hooks (useDidShow, useRouter, …) working.
import '@tarojs/taro';
import React from 'react';
// From dom, not react: importing @testing-library/react here, before jest's globals exist, would
// keep it from registering its afterEach cleanup. RTL merges its own settings into this config.
import { configure } from '@testing-library/dom';
import ReactDOM from 'react-dom';
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime';

createReactApp(() => null, React, ReactDOM, { appId: 'app' });

// findBy… and waitFor wait for a state, never for a time: give them 10 s rather than testing-library's
// 1 s, because in `npm test` the browser suite runs beside this project on the same two cores.
configure({ asyncUtilTimeout: 10_000 });
