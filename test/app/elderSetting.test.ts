import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

describe('长辈模式 on the account', () => {
  it('is unset until chosen, then kept per person', async () => {
    expect(await h.ok('owner', 'me.settings', {})).toEqual({ elder: null });
    await h.ok('owner', 'me.elder', { elder: true });
    expect(await h.ok('owner', 'me.settings', {})).toEqual({ elder: true });
    expect(await h.ok('resident', 'me.settings', {})).toEqual({ elder: null });
    await h.ok('owner', 'me.elder', { elder: false });
    expect(await h.ok('owner', 'me.settings', {})).toEqual({ elder: false });
  });

  it('names the field for a value that is not on or off, and needs a signed-in person', async () => {
    const bad = await h.call('owner', 'me.elder', { elder: 'yes' });
    expect([bad.status, (bad.body as unknown as { error: { field: string } }).error.field]).toEqual([400, 'elder']);
    expect((await h.call(null, 'me.elder', { elder: true })).status).toBe(401);
  });
});
