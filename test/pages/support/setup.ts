// Loads Taro first (else a require cycle between its router and API modules leaves `history`
// undefined), then prepares Taro's React bridge the way the H5 entry does, so that pages can be
// mounted with their lifecycle hooks (useDidShow, useRouter, …) working.
import '@tarojs/taro';
import React from 'react';
import ReactDOM from 'react-dom';
import { createReactApp } from '@tarojs/plugin-framework-react/dist/runtime';

createReactApp(() => null, React, ReactDOM, { appId: 'app' });

