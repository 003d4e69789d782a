// audit.content: the record of texts WeChat's check refused and what people did with them: held
// for review, published anyway after reading (who, when, which text, the label WeChat gave), or
// left unpublished. Newest first, 50 a page. Held care records show to the community only.
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { skip } from '../../../src/domain/fields';
import { heldWhat, mayReview } from '../../../src/domain/contentReview';
import type { EventDoc } from '../events';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { governanceServerText, governanceSummaries } from '../../../src/copy/governance';

const PAGE = 50;
const WHAT: Record<string, string> = governanceServerText.contentAuditActions;

interface ReviewFacts {
  action?: string;
  kind?: string;
  authorId?: string;
  reviewers?: string[];
}

export const contentAudit = defineAction({
  name: 'audit.content',
  summary: governanceSummaries['audit.content'],
  input: z.object({ skip }).strict(),
  roles: allowed('audit.content'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const offset = input.skip ?? 0;
    const found = await ctx.store.find<EventDoc>('events', { where: { type: { $in: Object.keys(WHAT) } }, orderBy: [['at', 'desc']], limit: PAGE + 1, skip: offset });
    const page = found.slice(0, PAGE);
    const visible = page.filter((e) => mayReview(caller.roles, (e.data as ReviewFacts).reviewers ?? ['committee', 'community']));
    const ids = [...new Set(visible.flatMap((e) => [e.actorId, (e.data as ReviewFacts).authorId ?? e.actorId]))];
    const users = ids.length ? await ctx.store.find<UserDoc>('users', { where: { _id: { $in: ids.slice(0, 100) } }, limit: 100 }) : [];
    const names = new Map(users.map((u) => [u._id, u.name]));
    return {
      items: visible.map((e) => {
        const facts = e.data as ReviewFacts;
        return {
          at: e.at,
          who: names.get(e.actorId) ?? governanceServerText.accountGone,
          what: WHAT[e.type],
          text: heldWhat(facts.action ?? ''),
          writer: names.get(facts.authorId ?? e.actorId) ?? governanceServerText.accountGone,
          kind: facts.kind ?? governanceServerText.otherKind,
          heldId: e.subject,
        };
      }),
      hasMore: found.length > PAGE,
      nextSkip: offset + page.length,
    };
  },
});
