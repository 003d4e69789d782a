// Runs before the test framework: the constants the H5 build defines (H5WebpackPlugin).
process.env.TARO_ENV = 'h5';
process.env.TARO_PLATFORM = 'web';
process.env.FRAMEWORK = 'react';
process.env.SUPPORT_TARO_POLYFILL = 'disabled';
(globalThis as { DEPRECATED_ADAPTER_COMPONENT?: boolean }).DEPRECATED_ADAPTER_COMPONENT = false;
