import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { mergeInternalComponents } from '@tarojs/shared';
import { loadElderState, syncElderWithServer } from './components/elder';
import { startOfflineSync } from './services/offlineQueue';
import { primeSubscriptions } from './services/subscribe';
import { watchGroupEntry } from './services/groups';
import weappAria from './components/weappAria.json';
import './app.css';

// Must run before the first render: the templates built by config/plugins/weapp-aria.js carry
// these attributes, and the runtime's attribute short names are derived from this same list.
if (process.env.TARO_ENV === 'weapp') mergeInternalComponents(weappAria);

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    loadElderState();
    // 长辈模式 follows the person: the account's setting replaces this device's once known.
    void syncElderWithServer();
    // Readings and finished tasks typed without signal go out as soon as the app is back,
    // not only when a staff screen is opened again.
    startOfflineSync();
    // What to ask for at the next tap must be known before it (WeChat asks only inside a tap).
    void primeSubscriptions();
    watchGroupEntry();
  });
  return children;
}

export default App;
