import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { mergeInternalComponents } from '@tarojs/shared';
import { loadElderState, syncElderWithServer } from './components/elder';
import { primeSubscriptions } from './services/subscribeTemplates';
import { watchGroupEntry } from './services/groups';
import { watchCompoundEntry } from './services/joining';
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
    // The offline queue (readings and finished tasks typed without signal) is not started here:
    // it is staff-only and ~11 KB, and the main package must stay small. Every staff screen starts
    // it on opening (packages/tasks/components/useOfflineSync.ts) and it then sends whenever the
    // network or the app comes back, for the rest of the app's life.
    // What to ask for at the next tap must be known before it (WeChat asks only inside a tap).
    void primeSubscriptions();
    // First the compound a card or QR code names, so the group's card is recorded in that compound.
    watchCompoundEntry();
    watchGroupEntry();
  });
  return children;
}

export default App;
