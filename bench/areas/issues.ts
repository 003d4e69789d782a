// Area `issues`: the first feed page over HTTP with 1k and with 100k issues in the store (20
// concurrent clients; the 100k figure must stay within 2× of the 1k one), and the time to upload
// a 2 MB photo.
import { randomBytes } from 'node:crypto';
import { CATEGORY_CODES, COMMON_PLACE_CODES, COMMON_PLACES, priorityKey } from '../../src/domain/issues';
import { openLocalDeps } from '../../server/local/runtime';
import { seedDemoOnce } from '../../server/demo/seed';
import { DEMO_COMPOUND } from '../../server/demo/tenancy';
import { scopeStore } from '../../server/store/scoped';
import type { IssueDoc } from '../../server/app/issues/model';
import { load, percentile, round, setPath, startServer, tempDb, type Report } from '../lib';
// @ts-expect-error: a plain .mjs build script without types
import { buildHost } from '../../scripts/build-host.mjs';

const STATUSES = ['reported', 'accepted', 'in_progress', 'done', 'closed'] as const;

/** Issue number `i` of a bench compound: a mix of categories, places, statuses and seconds, one a minute from `start`. */
export function benchIssue(i: number, start: number, idPrefix = 'bench'): IssueDoc {
  const createdAt = new Date(start + i * 60_000).toISOString();
  const code = COMMON_PLACE_CODES[i % COMMON_PLACE_CODES.length];
  return {
    _id: `issue:${idPrefix}${i.toString(36).padStart(6, '0')}`,
    category: CATEGORY_CODES[i % CATEGORY_CODES.length],
    place: { kind: 'common', code, label: COMMON_PLACES[code] },
    placeKey: `common:${code}`,
    buildingId: null,
    description: `第 ${i} 条报事:楼道灯不亮,晚上看不清台阶。`,
    photos: [],
    visibility: i % 10 === 0 ? 'private' : 'public',
    status: STATUSES[i % STATUSES.length],
    reporterId: 'user:demo-resident',
    reporterName: '李明',
    createdBy: 'user:demo-resident',
    source: 'resident',
    seconds: i % 7,
    comments: 0,
    priorityKey: priorityKey(i % 7, Date.parse(createdAt)),
    createdAt,
    updatedAt: createdAt,
    reopenCount: 0,
  };
}

async function databaseWith(issues: number): Promise<string> {
  const file = tempDb(`issues-${issues}`);
  const deps = openLocalDeps(file);
  const start = Date.now() - issues * 60_000;
  await seedDemoOnce(deps, new Date(start));
  // Into the demo compound's own records (stored ids carry the compound), where its owner's feed reads.
  const store = scopeStore(deps.store, DEMO_COMPOUND);
  for (let offset = 0; offset < issues; offset += 10_000) {
    await store.insertMany('issues', Array.from({ length: Math.min(issues, offset + 10_000) - offset }, (_, k) => benchIssue(offset + k, start)));
  }
  await deps.store.close();
  return file;
}

async function feedP50(issues: number) {
  const db = await databaseWith(issues);
  const host = await startServer(await buildHost(), { GONGZHI_DB: db, GONGZHI_DEMO: '1', GONGZHI_SECRET: 'bench', GONGZHI_JOBS_MS: '3600000' }, { path: '/api/compound.buildings', body: {} });
  const signIn = await fetch(`${host.base}/dev/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ persona: 'owner' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
  const opts = { clients: 20, total: 4000, headers: { cookie } };
  await load(host.base, '/api/issues.feed', {}, { ...opts, total: 400 });
  const result = await load(host.base, '/api/issues.feed', {}, opts);
  const open = await load(host.base, '/api/issues.feed', { status: 'open', sort: 'seconds' }, { ...opts, total: 1000 });
  const upload = issues === 1000 ? await photoUpload(host.base, cookie) : null;
  await host.stop();
  if (result.failures) throw new Error(`feed load had ${result.failures} failures`);
  return { ...result, openP50: open.p50, upload };
}

async function photoUpload(base: string, cookie: string) {
  // A 2 MB JPEG as a phone sends it after compression: JPEG magic, then incompressible bytes.
  const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(2 * 1024 * 1024 - 4)]);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    // The browser's two steps: the bytes to /upload (WeChat: wx.cloud.uploadFile), the file id to photos.upload.
    const put = await fetch(`${base}/upload`, { method: 'POST', headers: { 'content-type': 'image/jpeg', 'x-gongzhi-upload': '1', cookie }, body: bytes });
    if (put.status !== 200) throw new Error(`/upload answered ${put.status}: ${await put.text()}`);
    const { data } = (await put.json()) as { data: { fileId: string } };
    const res = await fetch(`${base}/api/photos.upload`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ fileId: data.fileId }) });
    if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
    times.push(performance.now() - t);
  }
  return percentile(times.sort((a, b) => a - b), 50);
}

export async function issues(report: Report) {
  const small = await feedP50(1000);
  const large = await feedP50(100_000);
  setPath(report, 'issues.feed.p50Ms.1k', round(small.p50));
  setPath(report, 'issues.feed.p50Ms.100k', round(large.p50));
  setPath(report, 'issues.feed.p99Ms.1k', round(small.p99));
  setPath(report, 'issues.feed.p99Ms.100k', round(large.p99));
  setPath(report, 'issues.feed.ratio100kTo1k', round(large.p50 / small.p50));
  setPath(report, 'issues.feed.openBySecondsP50Ms.1k', round(small.openP50));
  setPath(report, 'issues.feed.openBySecondsP50Ms.100k', round(large.openP50));
  setPath(report, 'issues.photo.upload2MbMs', round(small.upload!, 1));
}
