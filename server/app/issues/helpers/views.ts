import { CATEGORIES, CLOSED_AS_LABELS, STATUS_LABELS, priorityScore } from '../../../../src/domain/issues';
import { PHOTO_IN_REVIEW } from '../../../../src/domain/photos';
import { slaState, type Sla } from '../../../../src/domain/sla';
import { slaOf } from '../../../../src/domain/compoundSettings';
import { settingsOf } from '../../tenancy/helpers/settings';
import type { Ctx } from '../../context';
import type { IssueDoc } from '../model';

/** One line of the feed: no reporter identity beyond the name shown publicly on the report. */
/** `sla`: the compound's (tenancy/settings.ts), which decides what is overdue. */
export function issueSummary(issue: IssueDoc, now: Date, thumb: string | null, sla?: Sla) {
  return {
    id: issue._id,
    category: issue.category,
    categoryLabel: CATEGORIES[issue.category],
    placeLabel: issue.place.label,
    description: issue.description.length > 80 ? `${issue.description.slice(0, 80)}…` : issue.description,
    status: issue.status,
    statusLabel: issue.status === 'closed' && issue.closedAs ? CLOSED_AS_LABELS[issue.closedAs] : STATUS_LABELS[issue.status],
    closedAs: issue.closedAs ?? null,
    visibility: issue.visibility,
    seconds: issue.seconds,
    comments: issue.comments,
    priority: priorityScore(issue.seconds, Date.parse(issue.createdAt), now.getTime()),
    createdAt: issue.createdAt,
    thumb,
    reopenReason: issue.status === 'reopened' ? (issue.reopenReason ?? null) : null,
    rating: issue.rating?.stars ?? null,
    ...slaState(issue, now, sla),
  };
}

export async function summaries(ctx: Ctx, issues: IssueDoc[]) {
  const now = ctx.clock.now();
  const firstPhotos = issues.map((i) => i.photos[0]).filter((p): p is string => !!p);
  const [urls, settings] = await Promise.all([ctx.files.urls(firstPhotos), settingsOf(ctx.store)]);
  const sla = slaOf(settings);
  // A thumbnail still in the image check, or hidden, is left out of the list.
  const byId = new Map(firstPhotos.map((p, i) => [p, urls[i] && urls[i] !== PHOTO_IN_REVIEW ? urls[i] : null]));
  return issues.map((i) => issueSummary(i, now, i.photos[0] ? byId.get(i.photos[0]) ?? null : null, sla));
}
