// The outbox's table of grants left: who can still receive which kind of message, and how many
// times (each accepted one-time grant allows one message). Read from the grants collection, most
// grants first, at most GRANT_ROWS rows; the template id is said as the kind(s) it serves here.
import type { Ctx } from '../../context';
import { kindSpec } from '../../../../src/domain/notifications';
import type { GrantDoc } from '../../../notify/grants';
import type { UserDoc } from '../../model';
import { notifyServerText } from '../../../../src/copy/notify';
import { commonServerText } from '../../../../src/copy/common';

export const GRANT_ROWS = 100;

export interface GrantRow {
  to: string;
  kinds: string;
  left: number;
}

export async function grantsLeftTable(ctx: Ctx, names: Map<string, string>): Promise<GrantRow[]> {
  const docs = await ctx.store.find<GrantDoc>('grants', { where: { remaining: { $gt: 0 } }, orderBy: [['remaining', 'desc'], ['updatedAt', 'desc']], limit: GRANT_ROWS });
  const kindsOf = new Map<string, string[]>();
  for (const [kind, id] of Object.entries(ctx.notifier.templateIds?.() ?? {})) kindsOf.set(id, [...(kindsOf.get(id) ?? []), kindSpec(kind)?.title ?? kind]);
  const rows: GrantRow[] = [];
  for (const g of docs) {
    if (!names.has(g.userId)) names.set(g.userId, (await ctx.store.get<UserDoc>('users', g.userId))?.name ?? notifyServerText.userGone);
    rows.push({ to: names.get(g.userId) ?? '', kinds: kindsOf.get(g.templateId)?.join(commonServerText.listSeparator) ?? notifyServerText.templateNamed(g.templateId), left: g.remaining });
  }
  return rows;
}
