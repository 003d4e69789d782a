// Opening the app from a group's card: the launch's share ticket → getGroupEnterInfo's cloudID →
// groups.enter with the item on the card. WeChat is not here: getLaunchOptionsSync,
// getGroupEnterInfo and onAppShow are jest fakes, and the weapp branch is taken by setting
// TARO_ENV at call time (the back end is the faked HTTP network).
import Taro from '@tarojs/taro';
import { waitFor } from '@testing-library/react';
import { currentGroup, sharedItem, watchGroupEntry } from '../../src/services/groups';
import { fakeNetwork, ok } from './support/network';

const T = Taro as unknown as Record<string, unknown>;
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

it('reads the item a card opened on from its page and id', () => {
  expect(sharedItem('packages/issues/detail/index', { id: 'issue%3A1' })).toEqual({ kind: 'issue', id: 'issue:1' });
  expect(sharedItem('/packages/polls/detail/index', { id: 'poll:2' })).toEqual({ kind: 'poll', id: 'poll:2' });
  expect(sharedItem('packages/polls/results/index', { id: 'poll:2' })).toEqual({ kind: 'results', id: 'poll:2' });
  expect(sharedItem('packages/volunteer/activity/index', { id: 'activity%3A7' })).toEqual({ kind: 'activity', id: 'activity:7' });
  expect(sharedItem('pages/home/index', { id: 'x' })).toBeUndefined();
  expect(sharedItem('packages/issues/detail/index', {})).toBeUndefined();
});

it('in WeChat, turns a launch from a group card into groups.enter with the cloudID and the item, once per ticket', async () => {
  process.env.TARO_ENV = 'weapp';
  const net = fakeNetwork();
  net.on('/api/groups.enter', ok({ group: { key: 'g0123456789abcdef01234567' }, shared: true }));
  const launch = { shareTicket: 'ticket-1', path: 'packages/issues/detail/index', query: { id: 'issue:7' } };
  T.getLaunchOptionsSync = () => launch;
  let onShow: ((o: unknown) => void) | undefined;
  T.onAppShow = (cb: (o: unknown) => void) => (onShow = cb);
  const enterInfo = jest.fn((o: { success: (r: { cloudID: string }) => void }) => o.success({ cloudID: 'cloud-id-1' }));
  T.getGroupEnterInfo = enterInfo;

  watchGroupEntry();
  await waitFor(() => expect(net.calls.filter((c) => c.path === '/api/groups.enter').map((c) => c.body)).toEqual([{ cloudId: 'cloud-id-1', item: { kind: 'issue', id: 'issue:7' } }]));
  await waitFor(() => expect(currentGroup()).toBe('g0123456789abcdef01234567'));
  onShow!(launch); // WeChat shows the app right after launching it: the same ticket, not entered twice
  onShow!({ path: 'pages/home/index', query: {} }); // no ticket: not from a group
  expect(enterInfo).toHaveBeenCalledTimes(1);
});

it('tries the same card again when entering failed (not signed in yet, no network)', async () => {
  process.env.TARO_ENV = 'weapp';
  const net = fakeNetwork();
  let answers = 0;
  net.on('/api/groups.enter', () => (++answers === 1 ? { status: 401, body: { ok: false, error: { code: 'unauthenticated', message: '请先登录' } } } : ok({ group: { key: 'gfedcba9876543210fedcba98' }, shared: true })));
  const card = { shareTicket: 'ticket-2', path: 'packages/polls/detail/index', query: { id: 'poll:1' } };
  T.getLaunchOptionsSync = () => card;
  let onShow: ((o: unknown) => void) | undefined;
  T.onAppShow = (cb: (o: unknown) => void) => (onShow = cb);
  T.getGroupEnterInfo = (o: { success: (r: { cloudID: string }) => void }) => o.success({ cloudID: 'cloud-id-2' });
  watchGroupEntry();
  await waitFor(() => expect(answers).toBe(1));
  await new Promise((r) => setTimeout(r, 0));
  onShow!(card);
  await waitFor(() => expect(currentGroup()).toBe('gfedcba9876543210fedcba98'));
  expect(answers).toBe(2);
});
