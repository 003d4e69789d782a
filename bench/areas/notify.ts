// Area `notify`: subscription messages at a large compound's scale, in-process on a SQLite file.
// 2,000 verified owners, each holding one grant for "voting opened"; a poll opens and its notice
// walks them page by page (the action sends the first pages, the jobs the rest). Measured: the
// time and store operations per message, then a second and a third job run (nothing more may be
// sent), and a sweep of 1,000 messages due for a retry.
import { collections } from '../../server/app/collections';
import { systemClock, type Ctx, type Deps } from '../../server/app/context';
import { announcePoll, continueFanouts } from '../../server/app/polls/notices';
import type { PollDoc } from '../../server/app/polls/model';
import { wordListChecker } from '../../server/content/wordList';
import { memoryFiles } from '../../server/files/disk';
import { localTransport, subscriptionNotifier } from '../../server/notify/deliver';
import { grantId } from '../../server/notify/grants';
import { templateIdsFrom } from '../../server/notify/templates';
import { openSqliteStore } from '../../server/store/sqlite';
import { round, setPath, tempDb, type Report } from '../lib';

const OWNERS = 2000;
const RETRIES = 1000;

export async function notify(report: Report): Promise<void> {
  const store = openSqliteStore({ file: tempDb('notify'), collections });
  const templates = templateIdsFrom({}, { placeholders: true });
  const now = new Date();
  const at = now.toISOString();
  const notifier = subscriptionNotifier({ store, clock: systemClock, transport: localTransport, templates });
  const deps: Deps = { store, clock: systemClock, notifier, files: memoryFiles(), contentCheck: wordListChecker() };
  const ctx: Ctx = { ...deps, caller: null };

  const users = Array.from({ length: OWNERS }, (_, i) => ({ _id: `user:o${i}`, openid: `o${i}`, name: `业主${i}`, roles: ['owner'], phone: null, createdAt: new Date(now.getTime() - (OWNERS - i) * 1000).toISOString() }));
  await store.insertMany('users', users);
  await store.insertMany('grants', users.map((u) => ({ _id: grantId(u._id, templates['poll.opened']), userId: u._id, templateId: templates['poll.opened'], remaining: 1, accepted: 1, used: 0, updatedAt: at })));
  const poll: PollDoc = { _id: 'poll:bench', kind: 'decision', title: '续聘物业公司', description: '', allowChange: false, closesAt: null, status: 'open', createdBy: 'user:c', createdAt: at, openedAt: at };
  await store.insert('polls', poll);

  const ops0 = store.ops;
  const t0 = performance.now();
  const inAction = await announcePoll(ctx, poll, 'poll.opened');
  const tAction = performance.now() - t0;
  let byJobs = 0;
  for (let run = 0; run < 10 && (await store.count('fanouts', { done: false })) > 0; run++) byJobs += await continueFanouts(ctx);
  const total = performance.now() - t0;
  const ops = store.ops - ops0;
  const sent = await store.count('outbox', { status: 'sent' });
  const again = (await continueFanouts(ctx)) + (await continueFanouts(ctx));
  const sentAfterRepeats = await store.count('outbox', { status: 'sent' });

  const due = new Date(now.getTime() - 1000).toISOString();
  await store.insertMany('outbox', Array.from({ length: RETRIES }, (_, i) => ({ _id: `msg:retry:${i}`, kind: 'poll.opened', toUserId: `user:o${i}`, dedupeKey: `retry:${i}`, fields: { title: '续聘物业公司' }, page: 'packages/polls/detail/index?id=poll%3Abench', at: due, status: 'retrying', attempts: 1, nextAttemptAt: due, grantUsed: true })));
  const r0 = performance.now();
  let retried = 0;
  for (let sweep = 0; sweep < 20; sweep++) {
    const n = await notifier.retryDue!(new Date());
    if (n === 0) break;
    retried += n;
  }
  const retryMs = performance.now() - r0;

  setPath(report, 'notify.pollOpened.owners', OWNERS);
  setPath(report, 'notify.pollOpened.sentInAction', inAction);
  setPath(report, 'notify.pollOpened.actionMs', round(tAction, 0));
  setPath(report, 'notify.pollOpened.sentByJobs', byJobs);
  setPath(report, 'notify.pollOpened.sent', sent);
  setPath(report, 'notify.pollOpened.totalMs', round(total, 0));
  setPath(report, 'notify.pollOpened.msPerMessage', round(total / OWNERS, 3));
  setPath(report, 'notify.pollOpened.storeOpsPerMessage', round(ops / OWNERS, 2));
  setPath(report, 'notify.pollOpened.sentByRepeatedJobs', again + (sentAfterRepeats - sent));
  setPath(report, 'notify.retries.due', RETRIES);
  setPath(report, 'notify.retries.sent', retried);
  setPath(report, 'notify.retries.msPerMessage', round(retryMs / RETRIES, 3));
  await store.close();
}
