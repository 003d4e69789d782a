/**
 * @jest-environment jsdom
 */
// 计票键盘 (the native count pad) in miniprogram-simulate: each tap adds one to one kind, sends
// one `count` event, and touches one setData path only.
import path from 'node:path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulate = require('miniprogram-simulate');

const DIR = path.join(__dirname, '../../src/packages/polls/components/countpad/countpad');

type Pad = {
  instance: { data: { counts: Record<string, number> }; setData: (d: Record<string, unknown>) => void };
  querySelector: (s: string) => { dispatchEvent: (e: unknown) => void; dom: { textContent: string | null } } | null;
  addEventListener: (name: string, fn: (e: { detail: unknown }) => void) => void;
  dom: { textContent: string | null };
  attach: (el: unknown) => void;
};

let id: string;
beforeAll(() => {
  id = simulate.load(DIR);
});

function mount() {
  const pad = simulate.render(id, { elder: true }) as Pad;
  pad.attach(document.createElement('parent-wrapper'));
  const events: unknown[] = [];
  pad.addEventListener('count', (e) => events.push(e.detail));
  const paths: string[][] = [];
  const setData = pad.instance.setData.bind(pad.instance);
  pad.instance.setData = (d: Record<string, unknown>) => {
    paths.push(Object.keys(d));
    setData(d);
  };
  return { pad, events, paths };
}

const tap = async (pad: Pad, kind: string) => {
  pad.querySelector(`.pad__btn--${kind}`)!.dispatchEvent('tap');
  await simulate.sleep(0);
};

describe('计票键盘 (native count pad)', () => {
  test('starts at zero', () => {
    const { pad } = mount();
    expect(pad.instance.data.counts).toEqual({ yes: 0, no: 0, abstain: 0, invalid: 0 });
    expect(pad.dom.textContent).toContain('已计 0 张');
  });

  test('each button counts its own kind, with one event and one setData path per tap', async () => {
    const { pad, events, paths } = mount();
    await tap(pad, 'yes');
    await tap(pad, 'yes');
    await tap(pad, 'no');
    await tap(pad, 'abstain');
    await tap(pad, 'invalid');
    expect(pad.instance.data.counts).toEqual({ yes: 2, no: 1, abstain: 1, invalid: 1 });
    expect(events).toEqual([
      { kind: 'yes', count: 1, total: 1 },
      { kind: 'yes', count: 2, total: 2 },
      { kind: 'no', count: 1, total: 3 },
      { kind: 'abstain', count: 1, total: 4 },
      { kind: 'invalid', count: 1, total: 5 },
    ]);
    expect(paths).toEqual([['counts.yes'], ['counts.yes'], ['counts.no'], ['counts.abstain'], ['counts.invalid']]);
    expect(pad.querySelector('.pad__btn--yes')!.dom.textContent).toContain('同意 2');
    expect(pad.dom.textContent).toContain('已计 5 张');
  });

  test('takes back one tap when the page says so, once per signal, never below zero', async () => {
    const { pad, paths } = mount();
    await tap(pad, 'yes');
    await tap(pad, 'yes');
    pad.instance.setData({ takeBack: { kind: 'yes', n: 1 } });
    await simulate.sleep(0);
    expect(pad.instance.data.counts.yes).toBe(1);
    // The same signal again changes nothing; a new one takes back another tap.
    pad.instance.setData({ takeBack: { kind: 'yes', n: 1 } });
    await simulate.sleep(0);
    expect(pad.instance.data.counts.yes).toBe(1);
    pad.instance.setData({ takeBack: { kind: 'yes', n: 2 } });
    pad.instance.setData({ takeBack: { kind: 'yes', n: 3 } });
    await simulate.sleep(0);
    expect(pad.instance.data.counts.yes).toBe(0);
    expect(pad.dom.textContent).toContain('已计 0 张');
    // Each take-back also touched one path only.
    expect(paths.filter((p) => p.includes('counts.yes'))).toEqual([['counts.yes'], ['counts.yes'], ['counts.yes'], ['counts.yes']]);
  });
});
