// WeChat groups: when the app is opened from a card in a group chat, find out which group
// (getGroupEnterInfo gives a cloudID that only the cloud function can turn into the opengid)
// and tell the back end which item the card showed, so 本群 can list what was shared there.
// The browser demo has no WeChat: `?group=<name>` in the address simulates a group card.
import Taro from '@tarojs/taro';
import { call } from './api';
import { hasDevSignIn } from './devSession';
import { PAGES, messagePage } from '../routes';
import { currentCompound } from './compound';

const STORAGE_KEY = 'gz.group';
// The compound the group was entered from: 本群 belongs to it (the server keeps the group's record there).
const COMPOUND_KEY = 'gz.group.compound';
let current: string | null = null;
const handled = new Set<string>();

export { SHARE_IMAGES } from '../ui/shareImages';

/** The group the app was last opened from (its key), if any, while the app is in the group's compound. */
export function currentGroup(): string | null {
  try {
    const kept: unknown = current ?? Taro.getStorageSync(STORAGE_KEY);
    const compound: unknown = Taro.getStorageSync(COMPOUND_KEY);
    // No current compound: the app is in the deployment's default, where the group was entered then.
    const here = currentCompound();
    if (typeof compound === 'string' && compound && here && compound !== here) return null;
    return typeof kept === 'string' && kept ? kept : null;
  } catch {
    return null;
  }
}

type Item = { kind: 'issue' | 'poll' | 'results' | 'activity'; id: string };

/** The item a card opened on, from the page path and its query. */
export function sharedItem(path: string, query: Record<string, string | undefined>): Item | undefined {
  const page = path.replace(/^\/+/, '').split('?')[0];
  let id = query.id ?? '';
  try {
    id = decodeURIComponent(id);
  } catch {
    // already decoded
  }
  if (!id) return undefined;
  if (page === messagePage(PAGES.issueDetail)) return { kind: 'issue', id };
  if (page === messagePage(PAGES.pollDetail)) return { kind: 'poll', id };
  if (page === messagePage(PAGES.pollResults)) return { kind: 'results', id };
  if (page === messagePage(PAGES.volunteerActivity)) return { kind: 'activity', id };
  return undefined;
}

/** `once` is forgotten when it fails, so the same card is tried again (after signing in, say). */
async function enter(proof: { cloudId: string } | { simulated: string }, item: Item | undefined, once: string): Promise<void> {
  try {
    const r = await call('groups.enter', { ...proof, ...(item ? { item } : {}) });
    current = r.group.key;
    Taro.setStorageSync(STORAGE_KEY, current);
    Taro.setStorageSync(COMPOUND_KEY, r.group.compound ?? '');
  } catch {
    // Not signed in yet, or WeChat did not vouch for the group: the app works without 本群.
    handled.delete(once);
  }
}

interface EnterOptions {
  shareTicket?: string;
  path?: string;
  query?: Record<string, string>;
}

/** Called once at launch: handles the launch card and every card tapped later. */
export function watchGroupEntry(): void {
  if (process.env.TARO_ENV === 'weapp') {
    const onEnter = (o: EnterOptions | undefined) => {
      if (!o?.shareTicket || handled.has(o.shareTicket)) return;
      handled.add(o.shareTicket);
      Taro.getGroupEnterInfo({
        success: (res: { cloudID?: string }) => {
          if (res.cloudID) void enter({ cloudId: res.cloudID }, sharedItem(o.path ?? '', o.query ?? {}), o.shareTicket!);
        },
        fail: () => void handled.delete(o.shareTicket!),
      } as unknown as Parameters<typeof Taro.getGroupEnterInfo>[0]);
    };
    onEnter(Taro.getLaunchOptionsSync() as EnterOptions);
    Taro.onAppShow((o) => onEnter(o as EnterOptions));
    return;
  }
  if (hasDevSignIn && typeof window !== 'undefined') {
    const read = () => {
      const hash = window.location.hash.replace(/^#/, '');
      const [path = '', qs = ''] = hash.split('?');
      const query = Object.fromEntries(new URLSearchParams(qs));
      const group = query.group;
      if (!group) return;
      const item = sharedItem(path, query);
      const key = `${group}|${item?.kind ?? ''}|${item?.id ?? ''}`;
      if (handled.has(key)) return;
      handled.add(key);
      void enter({ simulated: group }, item, key);
    };
    read();
    window.addEventListener('hashchange', read);
  }
}
