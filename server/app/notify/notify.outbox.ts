// notify.outbox: the admin's view of every message the app sent or meant to send, newest first,
// each laid out as WeChat shows a subscription message (title, labelled fields) with what became
// of it. The recipients' names are personal data: each read is logged as an event.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { recordEvent } from '../events';
import { skip } from '../../../src/domain/fields';
import { errorMeaning, kindSpec } from '../../../src/domain/notifications';
import type { OutboxDoc } from '../../notify/deliver';
import type { UserDoc } from '../model';
import { grantsLeftTable } from './helpers/grantsLeft';
import { allowed } from '../../../src/domain/permissions';
import { notifyRefusals, notifyServerText, notifySummaries } from '../../../src/copy/notify';

const PAGE = 30;
const STATUSES = ['queued', 'sending', 'sent', 'no_grant', 'retrying', 'failed', 'skipped'] as const;

export const listOutbox = defineAction({
  name: 'notify.outbox',
  summary: notifySummaries['notify.outbox'],
  input: z.object({ status: z.enum(STATUSES, { error: notifyRefusals.statusUnknown }).optional(), skip }).strict(),
  roles: allowed('notify.outbox'),
  async run(ctx, input) {
    callerOf(ctx);
    const from = input.skip ?? 0;
    const docs = await ctx.store.find<OutboxDoc>('outbox', { where: input.status ? { status: input.status } : {}, orderBy: [['at', 'desc']], limit: PAGE + 1, skip: from });
    const page = docs.slice(0, PAGE);
    const names = new Map<string, string>();
    for (const id of new Set(page.map((d) => d.toUserId))) names.set(id, (await ctx.store.get<UserDoc>('users', id))?.name ?? notifyServerText.userGone);
    // The table of grants left comes with the first page only; later pages are more messages.
    const grants = from === 0 ? await grantsLeftTable(ctx, names) : [];
    await recordEvent(ctx, 'outbox.read', 'outbox', { skip: from, count: page.length, grantRows: grants.length });
    return {
      messages: page.map((d) => {
        const spec = kindSpec(d.kind);
        const fields = spec
          ? Object.entries(spec.fields).map(([name, f]) => ({ label: f.label, value: d.data?.[f.key]?.value ?? d.fields?.[name] ?? '' }))
          : Object.entries(d.fields ?? {}).map(([label, value]) => ({ label, value }));
        return {
          id: d._id,
          kind: d.kind,
          title: spec?.title ?? d.kind,
          to: names.get(d.toUserId) ?? '',
          at: d.at,
          status: d.status,
          fields,
          page: d.page ?? null,
          attempts: d.attempts ?? 0,
          errcode: d.errcode ?? null,
          meaning: d.errcode !== undefined && d.errcode !== 0 ? errorMeaning(d.errcode) : null,
          reason: d.reason ?? null,
          nextAttemptAt: d.nextAttemptAt ?? null,
          sentAt: d.sentAt ?? null,
        };
      }),
      next: docs.length > PAGE ? from + PAGE : null,
      grants,
    };
  },
});
