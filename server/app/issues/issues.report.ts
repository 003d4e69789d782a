// issues.report: a resident reports a problem (category, place, description, up to 6 photos,
// public or private). Staff, the community or the committee may report for a resident without a
// phone; the resident is told in the app when they have it, else in person. Refuses text that
// fails the content check, keeping nothing half-written.
import { reportIssueInput } from '../../../src/domain/schemas/issues';
import { defineAction, callerOf } from '../action';
import { priorityKey, type Category } from '../../../src/domain/issues';
import { forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import { publicReporterName } from '../../../src/domain/places';
import type { BuildingDoc, MembershipDoc, UnitDoc } from '../model';
import { newIssueId, type IssueDoc } from './model';
import { checkPhotos, resolvePlace } from './helpers/places';
import { requireClean } from '../../content/requireClean';
import { allowed } from '../../../src/domain/permissions';
import { mayReportOnBehalf } from '../../../src/domain/permissions/issues';
import { PAGES, messagePage } from '../../../src/routes';
import { issueFields, issueRefusals, issueServerText, issueSummaries } from '../../../src/copy/issues';


export const reportIssue = defineAction({
  name: 'issues.report',
  summary: issueSummaries['issues.report'],
  input: reportIssueInput,
  roles: allowed('issues.report'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    if (input.onBehalf && !mayReportOnBehalf(caller)) throw forbidden(issueRefusals.onBehalfNotAllowed);
    const where = await resolvePlace(ctx, input.place);
    const photoIds = checkPhotos(ctx, input.photos);
    await requireClean(ctx, caller, [['description', input.description]]);

    let reporterId: string | null = caller.userId;
    let reporterName = caller.name;
    let onBehalf: IssueDoc['onBehalf'];
    let home: UnitDoc | null = null;
    if (input.onBehalf) {
      let unitLabel: string | undefined;
      reporterId = null;
      if (input.onBehalf.unitId) {
        const unit = await ctx.store.get<UnitDoc>('units', input.onBehalf.unitId);
        if (!unit) throw notFound(issueFields.residentUnit);
        unitLabel = unit.label;
        home = unit;
        const [member] = await ctx.store.find<MembershipDoc>('memberships', { where: { unitId: unit._id }, limit: 1 });
        reporterId = member?.userId ?? null;
      }
      reporterName = input.onBehalf.name;
      onBehalf = { name: input.onBehalf.name, ...(unitLabel ? { unitLabel } : {}), toldBy: reporterId ? 'app' : 'in_person', byName: caller.name };
    } else {
      const [member] = await ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 1 });
      home = member ? await ctx.store.get<UnitDoc>('units', member.unitId) : null;
    }
    // Fixed at reporting time, so reading a report needs no lookup of where the reporter lives.
    const building = home ? await ctx.store.get<BuildingDoc>('buildings', home.buildingId) : null;
    const reporterShown = publicReporterName(reporterName, building?.name ?? null, !input.onBehalf && !!input.showName);

    const now = ctx.clock.now();
    const at = now.toISOString();
    const issue: IssueDoc = {
      _id: newIssueId(now),
      category: input.category as Category,
      place: where.place,
      placeKey: where.placeKey,
      buildingId: where.buildingId,
      description: input.description,
      photos: photoIds,
      visibility: input.visibility,
      status: 'reported',
      reporterId,
      reporterName,
      reporterShown,
      createdBy: caller.userId,
      ...(onBehalf ? { onBehalf } : {}),
      source: 'resident',
      seconds: 0,
      comments: 0,
      priorityKey: priorityKey(0, now.getTime()),
      createdAt: at,
      updatedAt: at,
      reopenCount: 0,
    };
    await ctx.store.transaction(async (tx) => {
      await tx.insert('issues', issue);
      await tx.insert('events', eventDoc(ctx, 'issue.reported', issue._id, { status: 'reported', photos: photoIds, ...(onBehalf ? { onBehalf: onBehalf.name } : {}) }));
    });
    if (onBehalf && reporterId) {
      await ctx.notifier.send({ kind: 'issue.status', toUserId: reporterId, dedupeKey: `issue.reported:${issue._id}`, fields: { thing: issueServerText.reportedForYou(caller.name, issue.place.label), phrase: issueServerText.awaitingAcceptance }, page: messagePage(PAGES.issueDetail, { id: issue._id }), reserve: 1 });
    }
    return { issue: { id: issue._id, status: issue.status } };
  },
});
