// The paper count's certificate as the results page shows and prints it: the names of the people
// who counted and watched (their roles in the count, which the certificate exists to publish), the
// rounds, the discrepancies and how each was settled, the voids, and a link to the signed sheet.
import type { Ctx } from '../../context';
import type { PollDoc } from '../model';
import type { Certificate } from './countCertificate';

interface ClosedCount {
  state: 'closed';
  closedAt: string;
  closedBy: string;
  counters: string[];
  scrutineers: string[];
  photoFileId: string;
  issued: number;
  returned: number;
  notReturned: number;
  valid: number;
  invalid: number;
  ballotsRecorded: number;
  spoilt: Array<{ serial: string; reason: string }>;
  certificate?: Certificate;
}

export async function publicCertificate(ctx: Ctx, poll: PollDoc) {
  const count = poll.paperCount as ClosedCount | undefined;
  if (count?.state !== 'closed') return null;
  const [photoUrl] = await ctx.files.urls([count.photoFileId]);
  return {
    closedAt: count.closedAt,
    closedBy: count.closedBy,
    counters: count.counters,
    scrutineers: count.scrutineers,
    issued: count.issued,
    returned: count.returned,
    notReturned: count.notReturned,
    valid: count.valid,
    invalid: count.invalid,
    ballotsRecorded: count.ballotsRecorded,
    voids: count.spoilt,
    rounds: count.certificate?.rounds ?? [],
    discrepancies: count.certificate?.discrepancies ?? [],
    photoUrl: (photoUrl as string | undefined) ?? null,
  };
}
