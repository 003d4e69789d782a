// volunteers.certify: the community certifies a volunteer's service record as it stands (the
// organiser records, the community certifies). The certification names who certified, when, and
// exactly which confirmed records it covers; hours confirmed later show as awaiting it. Certifying
// the same record twice changes nothing (deterministic id from the records covered).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { defineAction, callerOf } from '../action';
import { id } from '../../../src/domain/fields';
import { conflict, notFound } from '../errors';
import { eventDoc } from '../events';
import { StoreError } from '../../store/port';
import type { UserDoc } from '../model';
import type { HoursCertDoc, HoursDoc } from './model';
import { allowed } from '../../../src/domain/permissions';
import { volunteerFields, volunteerRefusals, volunteerSummaries } from '../../../src/copy/volunteers';

export const certifyHours = defineAction({
  name: 'volunteers.certify',
  summary: volunteerSummaries['volunteers.certify'],
  input: z.object({ userId: id(volunteerFields.volunteer) }).strict(),
  roles: allowed('volunteers.certify'),
  async run(ctx, input) {
    const caller = callerOf(ctx);
    const user = await ctx.store.get<UserDoc>('users', input.userId);
    if (!user) throw notFound(volunteerFields.volunteer);
    const records = await ctx.store.find<HoursDoc>('serviceHours', { where: { userId: user._id }, orderBy: [['startAt', 'desc']], limit: 100 });
    if (records.length === 0) throw conflict(volunteerRefusals.nothingToCertify);
    const ids = records.map((r) => r._id).sort();
    const digest = createHash('sha256').update(ids.join('\n')).digest('hex').slice(0, 16);
    const cert: HoursCertDoc = {
      _id: `hoursCert:${user._id}:${digest}`,
      userId: user._id,
      recordIds: ids,
      minutes: records.reduce((sum, r) => sum + r.minutes, 0),
      certifiedBy: caller.userId,
      certifierName: caller.name,
      at: ctx.clock.now().toISOString(),
    };
    try {
      await ctx.store.transaction(async (tx) => {
        await tx.insert('hoursCerts', cert);
        await tx.insert('events', eventDoc(ctx, 'volunteers.certified', user._id, { certId: cert._id, minutes: cert.minutes, records: ids.length }));
      });
    } catch (error) {
      if (!(error instanceof StoreError && error.code === 'duplicate')) throw error;
      return { certification: viewOf((await ctx.store.get<HoursCertDoc>('hoursCerts', cert._id))!), already: true };
    }
    return { certification: viewOf(cert), already: false };
  },
});

export const viewOf = (c: HoursCertDoc) => ({ by: c.certifierName, at: c.at, minutes: c.minutes, recordIds: c.recordIds });
