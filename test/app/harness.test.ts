// The test harness itself: forks are independent copies, and on the emulated store each call is one
// invocation that a planned cut can stop (what the fault suite builds on).
import { demoHarness } from '../support/harness';

describe('demo harness', () => {
  it('forks an independent copy of the compound as it is now', async () => {
    const h = await demoHarness();
    const before = await h.deps.store.count('units');
    await h.deps.store.insert('meta', { _id: 'only-in-parent', v: 1 });
    const child = await h.fork();
    expect(await child.deps.store.get('meta', 'only-in-parent')).toEqual({ _id: 'only-in-parent', v: 1 });
    await child.deps.store.insert('meta', { _id: 'only-in-child', v: 2 });
    expect(await h.deps.store.get('meta', 'only-in-child')).toBeNull();
    expect(await child.deps.store.count('units')).toBe(before);
    expect(child.store).toBe(h.store);
    expect(child.clock.now().toISOString()).toBe(h.clock.now().toISOString());
    await Promise.all([h.close(), child.close()]);
  });

  it('on the emulated store, runs a call as one invocation and answers a killed one as a function timeout, not a 4xx', async () => {
    const h = await demoHarness(undefined, { store: 'emulated' });
    const whole = await h.invoke('resident', 'me', {}, {});
    expect(whole.outcome.status).toBe(200);
    expect(whole.invocation.killed).toBe(false);
    const cut = await h.invoke('resident', 'me', {}, { budgetMs: 0 });
    expect(cut.invocation.killed).toBe(true);
    expect(cut.outcome.status).toBe(504);
    expect(cut.outcome.body.ok).toBe(false);
    await h.close();
  });
});
