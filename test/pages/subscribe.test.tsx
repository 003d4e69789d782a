// askToSubscribe: what the mini-program asks WeChat for, and what it reports back. WeChat itself
// is not here: requestSubscribeMessage and getSetting are jest fakes, and the weapp branch is
// taken by setting TARO_ENV at call time (the back end is still the faked HTTP network).
import Taro from '@tarojs/taro';
import { waitFor } from '@testing-library/react';
import { askToSubscribe, primeSubscriptions, templatesToAsk } from '../../src/services/subscribe';
import { fakeNetwork, ok, type FakeNetwork } from './support/network';

const templates = [
  { kind: 'issue.status', templateId: 'T-issue', title: '报事进度通知', refused: false, always: false },
  { kind: 'poll.opened', templateId: 'T-open', title: '投票开始提醒', refused: false, always: true },
  { kind: 'poll.closing', templateId: 'T-closing', title: '投票截止提醒', refused: true, always: false },
  { kind: 'poll.published', templateId: 'T-pub', title: '结果公示通知', refused: false, always: false },
  { kind: 'task.assigned', templateId: 'T-task', title: '任务指派通知', refused: false, always: false },
];

let net: FakeNetwork;
const T = Taro as unknown as Record<string, unknown>;
beforeEach(async () => {
  net = fakeNetwork();
  net.on('/api/subscriptions.templates', ok({ templates, mainSwitch: true }));
  net.on('/api/subscriptions.record', ok({ accepted: 1 }));
  await primeSubscriptions();
});
afterEach(() => {
  process.env.TARO_ENV = 'h5';
});

it('asks for at most three templates, never one the person refused', () => {
  expect(templatesToAsk(['poll.closing', 'issue.status', 'poll.opened', 'poll.published', 'task.assigned'])).toEqual(['T-issue', 'T-open', 'T-pub']);
  expect(templatesToAsk(['poll.closing'])).toEqual([]);
});

it('in WeChat, calls requestSubscribeMessage within the tap, then records the answers and the standing choices', async () => {
  process.env.TARO_ENV = 'weapp';
  const request = jest.fn((o: { tmplIds: string[]; success: (r: Record<string, string>) => void }) => o.success({ errMsg: 'requestSubscribeMessage:ok', 'T-issue': 'accept', 'T-pub': 'reject' }));
  T.requestSubscribeMessage = request;
  T.getSetting = jest.fn(async () => ({ subscriptionsSetting: { mainSwitch: true, itemSettings: { 'T-pub': 'reject', 'someone-else': 'accept' } } }));
  const asked = askToSubscribe(['issue.status', 'poll.published']);
  // Synchronously: nothing was awaited before WeChat was asked.
  expect(request).toHaveBeenCalledTimes(1);
  expect(request.mock.calls[0][0].tmplIds).toEqual(['T-issue', 'T-pub']);
  await asked;
  await waitFor(() => expect(net.calls.find((c) => c.path === '/api/subscriptions.record')?.body).toBeTruthy());
  expect(net.calls.find((c) => c.path === '/api/subscriptions.record')?.body).toEqual({ results: { 'T-issue': 'accept', 'T-pub': 'reject' }, settings: { mainSwitch: true, items: { 'T-pub': 'reject' } } });
});

it('in WeChat, asks nothing when every template was refused, and never fails the tap', async () => {
  process.env.TARO_ENV = 'weapp';
  const request = jest.fn();
  T.requestSubscribeMessage = request;
  await expect(askToSubscribe(['poll.closing'])).resolves.toBeUndefined();
  expect(request).not.toHaveBeenCalled();
  T.requestSubscribeMessage = jest.fn((o: { fail: () => void }) => o.fail());
  await expect(askToSubscribe(['issue.status'])).resolves.toBeUndefined();
});

it('in the browser demo, records the grant as accepted without asking anyone', async () => {
  await askToSubscribe(['issue.status']);
  await waitFor(() => expect(net.calls.find((c) => c.path === '/api/subscriptions.record')?.body).toEqual({ results: { 'T-issue': 'accept' } }));
});
