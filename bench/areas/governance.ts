// Area `governance`: over HTTP with 20 concurrent clients, the published minutes (each
// decision's progress read live from its task), the scorecards and the notices list; and, in
// process, how long submitting a quarter's inspection takes when the quarter holds 5,000 reports
// (the service figures are measured from all of them at that moment).
import { openLocalDeps } from '../../server/local/runtime';
import { seedDemoOnce } from '../../server/demo/seed';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { scopeStore } from '../../server/store/scoped';
import { dispatch } from '../../server/app/dispatch';
import { personaOpenid } from '../../server/demo/personas';
import type { IssueDoc } from '../../server/app/issues/model';
import { quarterOf, quarterRange } from '../../src/domain/governance';
import { load, round, setPath, startServer, tempDb, type Report } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

const HOUR = 3_600_000;

async function submitWithReports(reports: number): Promise<number> {
  const now = new Date();
  const deps = openLocalDeps(tempDb('gov-submit'));
  await seedDemoOnce(deps, now);
  const { from } = quarterRange(quarterOf(now));
  const span = Math.max(HOUR, now.getTime() - from.getTime() - HOUR);
  const batch: IssueDoc[] = [];
  for (let i = 0; i < reports; i++) {
    const createdAt = new Date(from.getTime() + ((i + 0.5) / reports) * span).toISOString();
    const at = (h: number) => new Date(Date.parse(createdAt) + h * HOUR).toISOString();
    batch.push({
      _id: `issue:govbench${i.toString(36).padStart(5, '0')}`,
      category: 'lighting',
      place: { kind: 'common', code: 'main_road', label: '主干道' },
      placeKey: 'common:main_road',
      buildingId: null,
      description: '路灯不亮',
      photos: [],
      visibility: 'public',
      status: 'closed',
      closedAs: 'fixed',
      reporterId: 'user:demo-resident',
      reporterName: '李明',
      createdBy: 'user:demo-resident',
      source: 'resident',
      seconds: 0,
      comments: 0,
      priorityKey: 0,
      createdAt,
      updatedAt: createdAt,
      acceptedAt: at(1 + (i % 30)),
      doneAt: at(10 + (i % 90)),
      closedAt: at(100),
      reopenCount: i % 10 === 0 ? 1 : 0,
      rating: { stars: 1 + (i % 5), comment: '', at: at(101) },
    });
  }
  await scopeStore(deps.store, DEMO_COMPOUND).insertMany('issues', batch);
  const as = (action: string, input: unknown) => dispatch(deps, action, input, { openid: personaOpenid('community') });
  const quarter = quarterOf(now);
  const items = ['cleaning', 'greening', 'security', 'repairs', 'facilities', 'fire'].map((code) => ({ code, score: 8 }));
  const saved = await as('inspections.save', { quarter, version: 0, items });
  if (!saved.body.ok) throw new Error(JSON.stringify(saved.body));
  const t = performance.now();
  const submitted = await as('inspections.submit', { quarter, version: (saved.body.data as { version: number }).version });
  const ms = performance.now() - t;
  if (!submitted.body.ok) throw new Error(JSON.stringify(submitted.body));
  await deps.store.close();
  return ms;
}

export async function governance(report: Report) {
  const db = tempDb('governance');
  const deps = openLocalDeps(db);
  await seedDemoOnce(deps, new Date());
  await deps.store.close();
  const host = await startServer(await buildHost(), { GONGZHI_DB: db, GONGZHI_DEMO: '1', GONGZHI_SECRET: 'bench', GONGZHI_JOBS_MS: '3600000' }, { path: '/api/compound.buildings', body: {} });
  const signIn = await fetch(`${host.base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'owner' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const post = async (action: string, body: unknown) => ((await (await fetch(`${host.base}/api/${action}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) })).json()) as { data: any }).data; // eslint-disable-line @typescript-eslint/no-explicit-any
  const meetingId = (await post('meetings.list', {})).meetings[0].id;
  const opts = { clients: 20, total: 2000, headers: { cookie } };
  const figures: Record<string, { p50: number; p99: number; failures: number }> = {};
  for (const [name, action, body] of [
    ['minutes', '/api/meetings.get', { meetingId }],
    ['scorecards', '/api/inspections.scorecards', {}],
    ['notices', '/api/notices.list', { limit: 20 }],
    ['plan', '/api/plan.list', {}],
  ] as const) {
    await load(host.base, action, body, { ...opts, total: 200 });
    figures[name] = await load(host.base, action, body, opts);
    if (figures[name].failures) throw new Error(`${name} load had ${figures[name].failures} failures`);
  }
  await host.stop();
  for (const [name, f] of Object.entries(figures)) {
    setPath(report, `governance.${name}.p50Ms`, round(f.p50));
    setPath(report, `governance.${name}.p99Ms`, round(f.p99));
  }
  setPath(report, 'governance.inspection.submitMs.5kReports', round(await submitWithReports(5000)));
}
