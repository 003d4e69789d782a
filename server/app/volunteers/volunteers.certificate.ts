// volunteers.certificate: a volunteer's service record, as volunteer-record rules expect: each
// activity with its organiser, date and hours, credited from confirmed attendance only; the
// community certifies the record. The community may open anyone's (the read is logged).
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { hoursText } from '../../../src/domain/volunteers';
import { forbidden, notFound } from '../errors';
import { eventDoc } from '../events';
import type { HoursCertDoc, HoursDoc } from './model';
import type { UserDoc } from '../model';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerServerText, volunteerSummaries } from '../../../src/copy/volunteers';

export const certificate = defineAction({
  name: 'volunteers.certificate',
  summary: volunteerSummaries['volunteers.certificate'],
  input: z.object({ userId: id(volunteerFields.volunteer).optional() }).strict(),
  roles: allowed('volunteers.certificate'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const userId = input.userId ?? caller.userId;
    if (userId !== caller.userId) {
      if (!caller.roles.includes('community')) throw forbidden(volunteerRefusals.ownCertificateOnly);
      await ctx.store.insert('events', eventDoc(ctx, 'volunteers.certificateRead', userId, {}));
    }
    const user = await ctx.store.get<UserDoc>('users', userId);
    if (!user) throw notFound(volunteerFields.volunteer);
    const [records, [cert]] = await Promise.all([
      ctx.store.find<HoursDoc>('serviceHours', { where: { userId }, orderBy: [['startAt', 'desc']], limit: 100 }),
      ctx.store.find<HoursCertDoc>('hoursCerts', { where: { userId }, orderBy: [['at', 'desc']], limit: 1 }),
    ]);
    const certified = new Set(cert?.recordIds ?? []);
    const minutes = records.reduce((sum, r) => sum + r.minutes, 0);
    const organisers = [...new Set(records.map((r) => volunteerServerText.teamWithLeader(r.teamName, r.organiserName)))];
    return {
      name: user.name,
      minutes,
      hours: hoursText(minutes),
      count: records.length,
      organisers,
      records: records.map((r) => ({ id: r._id, title: r.title, team: r.teamName, organiser: r.organiserName, startAt: r.startAt, hours: hoursText(r.minutes), minutes: r.minutes, confirmedAt: r.confirmedAt, certified: certified.has(r._id) })),
      // The community's latest certification, and what was confirmed since it.
      certification: cert ? { by: cert.certifierName, at: cert.at, hours: hoursText(cert.minutes) } : null,
      awaiting: records.filter((r) => !certified.has(r._id)).length,
      canCertify: caller.roles.includes('community'),
      issuedAt: ctx.clock.now().toISOString(),
    };
  },
});
