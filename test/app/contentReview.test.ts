// A text WeChat's check refuses (here the local word list, same labels) is held for people to read
// (待人工复核), not lost: the committee or the community reads it and publishes it anyway or leaves
// it unpublished, and each decision is an event in the audit. Care records stay with the community.
import { demoHarness, type Harness } from '../support/harness';

let h: Harness;
beforeEach(async () => {
  h = await demoHarness();
});
afterEach(() => h.close());

type Failure = { status: number; body: { error: { code: string; message: string; field?: string; details?: { held?: string; label?: number; kind?: string } } } };
const failure = (o: unknown) => o as Failure;
const ADVERT = '车棚旁边有人贴代开发票的广告';

async function anIssueId(): Promise<string> {
  const feed = await h.ok('resident', 'issues.feed', {});
  return feed.items[0].id;
}

describe('holding a refused text', () => {
  it('tells the writer it went to review, keeps nothing public, and lists it for the committee with the label', async () => {
    const issueId = await anIssueId();
    const before = (await h.ok('resident', 'issues.get', { issueId })).comments.length;
    const refused = failure(await h.call('resident', 'issues.comment', { issueId, text: ADVERT }));
    expect([refused.status, refused.body.error.field]).toEqual([400, 'text']);
    expect(refused.body.error.message).toContain('广告');
    expect(refused.body.error.message).toContain('已提交人工复核');
    expect(refused.body.error.details).toMatchObject({ label: 10001, kind: '广告', held: expect.stringMatching(/^held:/) });
    expect((await h.ok('resident', 'issues.get', { issueId })).comments).toHaveLength(before);

    const { items } = await h.ok('committee', 'content.held', {});
    expect(items).toEqual([expect.objectContaining({ id: refused.body.error.details!.held, what: '报事评论', text: ADVERT, kind: '广告', status: 'pending' })]);
    expect(items[0].author).toBeTruthy();
    expect(JSON.stringify(items)).not.toMatch(/openid|demo-resident/);
  });

  it('holds the same text sent twice once', async () => {
    const issueId = await anIssueId();
    const a = failure(await h.call('resident', 'issues.comment', { issueId, text: ADVERT }));
    const b = failure(await h.call('resident', 'issues.comment', { issueId, text: ADVERT }));
    expect(a.body.error.details!.held).toBe(b.body.error.details!.held);
    expect((await h.ok('community', 'content.held', {})).items).toHaveLength(1);
    expect(await h.deps.store.count('events', { type: 'content.held' })).toBe(1);
  });

  it('lets only the committee and the community read held texts', async () => {
    for (const who of ['resident', 'owner', 'staff', 'manager', 'admin']) {
      expect((await h.call(who, 'content.held', {})).status).toBe(403);
    }
  });
});

describe('publishing or discarding after reading', () => {
  it('publishes the comment as its writer wrote it and logs who, when, which text and the label', async () => {
    const issueId = await anIssueId();
    const held = failure(await h.call('resident', 'issues.comment', { issueId, text: ADVERT })).body.error.details!.held!;
    h.clock.advance(60_000);
    const r = await h.ok('committee', 'content.publish', { heldId: held });
    expect(r.held).toEqual({ id: held, status: 'published' });
    const comments = (await h.ok('owner', 'issues.get', { issueId })).comments;
    expect(comments.at(-1)).toMatchObject({ text: ADVERT });
    expect((await h.ok('committee', 'content.held', {})).items).toEqual([]);

    const [event] = await h.deps.store.find('events', { where: { type: 'content.published', subject: held } });
    expect(event).toMatchObject({ actorId: 'user:demo-committee', data: expect.objectContaining({ action: 'issues.comment', field: 'text', label: 10001, kind: '广告', authorId: 'user:demo-resident' }) });
    const audit = await h.ok('community', 'audit.content', {});
    expect(audit.items[0]).toMatchObject({ what: '人工复核后发布', text: '报事评论', kind: '广告', heldId: held });
    expect(audit.items.map((i: { what: string }) => i.what)).toEqual(['人工复核后发布', '被微信拦下，待人工复核']);

    const again = await h.call('community', 'content.publish', { heldId: held });
    expect(again.status).toBe(409);
    expect((await h.ok('owner', 'issues.get', { issueId })).comments.filter((c: { text: string }) => c.text === ADVERT)).toHaveLength(1);
  });

  it('discards a held text, logged, and refuses to publish it afterwards', async () => {
    const held = failure(await h.call('committee', 'notices.publish', { title: '停水通知', body: `明天停水。${ADVERT}` })).body.error.details!.held!;
    expect((await h.ok('community', 'content.discard', { heldId: held })).held.status).toBe('discarded');
    expect((await h.call('committee', 'content.publish', { heldId: held })).status).toBe(409);
    const notices = await h.deps.store.find('notices', { where: { title: '停水通知' } });
    expect(notices).toEqual([]);
    const [event] = await h.deps.store.find('events', { where: { type: 'content.discarded', subject: held } });
    expect(event.actorId).toBe('user:demo-community');
  });

  it('keeps the text held with the reason when its call no longer goes through', async () => {
    const closesAt = new Date(h.clock.now().getTime() + 3_600_000).toISOString();
    const held = failure(await h.call('committee', 'polls.create', { kind: 'consultation', title: '车棚改造', description: ADVERT, options: ['同意', '不同意'], per: 'unit', closesAt })).body.error.details!.held!;
    h.clock.advance(2 * 3_600_000);
    const late = failure(await h.call('community', 'content.publish', { heldId: held }));
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('截止时间');
    const { items } = await h.ok('committee', 'content.held', {});
    expect(items).toEqual([expect.objectContaining({ id: held, status: 'pending', lastError: expect.stringContaining('截止时间') })]);
  });

  it('holds a care visit\'s concerns for the community only: the committee cannot learn of it', async () => {
    const careId = (await h.ok('community', 'care.list')).items[0].id;
    const refused = failure(await h.call('resident', 'care.visit', { careId, date: '2026-03-01', what: '探望', concerns: ADVERT }));
    const held = refused.body.error.details!.held!;
    expect((await h.ok('committee', 'content.held', {})).items).toEqual([]);
    expect((await h.call('committee', 'content.publish', { heldId: held })).status).toBe(404);
    expect((await h.ok('committee', 'audit.content', {})).items).toEqual([]);
    expect((await h.ok('community', 'content.held', {})).items.map((i: { what: string }) => i.what)).toEqual(['关爱走访记录']);
    await h.ok('community', 'content.publish', { heldId: held });
    const visits = (await h.ok('community', 'care.get', { careId })).visits;
    expect(visits.some((v: { concerns: string }) => v.concerns === ADVERT)).toBe(true);
  });
});

describe('a publish cut off by the platform (emulated CloudBase)', () => {
  it('never publishes a text twice and never marks it published without it, at any write', async () => {
    const base = await demoHarness(undefined, { store: 'emulated' });
    try {
      const issueId = (await base.ok('resident', 'issues.feed', {})).items[0].id;
      const held = failure(await base.call('resident', 'issues.comment', { issueId, text: ADVERT })).body.error.details!.held!;
      const published = async (w: Harness) => (await w.deps.store.find<{ _id: string; text: string }>('comments', { where: { issueId } })).filter((c) => c.text === ADVERT).length;
      const seen = new Set<string>();
      for (let atWrite = 1; atWrite <= 8; atWrite++) {
        const w = await base.fork();
        try {
          await w.invoke('committee', 'content.publish', { heldId: held }, { cut: { atWrite, kind: 'kill' } });
          const status = (await w.deps.store.get<{ _id: string; status: string }>('heldTexts', held))!.status;
          seen.add(status);
          expect(await published(w)).toBeLessThanOrEqual(1);
          if (status === 'published') expect(await published(w)).toBe(1);
          // The reviewer tries again: it goes through once, or is refused as interrupted and can be discarded.
          const again = await w.call('committee', 'content.publish', { heldId: held });
          if (status === 'pending') expect(again.status).toBe(200);
          else if (status === 'publishing') {
            expect(again.status).toBe(409);
            expect((await w.call('committee', 'content.discard', { heldId: held })).status).toBe(200);
          }
          expect(await published(w)).toBeLessThanOrEqual(1);
        } finally {
          await w.close();
        }
      }
      // Every stage was cut at least once: before the claim, mid-publish, after it.
      expect([...seen].sort()).toEqual(['pending', 'published', 'publishing']);
    } finally {
      await base.close();
    }
  });
});
