import { formatArea } from '../../../../src/domain/area';
import { LAW278_ITEM_LABELS, approvalThreshold, type Law278Item } from '../../../../src/domain/law278';
import type { Caller } from '../../context';
import { KIND_LABELS, STATUS_LABELS, type PollDoc } from '../model';
import { isCountReader as countReader } from '../../../../src/domain/permissions/polls';

/** Who may read a closed poll's result before it is published, and its individual ballots after closing. */
export const COUNT_READERS = ['committee', 'community', 'admin'] as const;
export const isCountReader = (caller: Caller) => countReader(caller);

/** What anyone who may see the poll sees: never a ballot, never a result. */
export function pollView(poll: PollDoc) {
  return {
    id: poll._id,
    kind: poll.kind,
    kindLabel: KIND_LABELS[poll.kind],
    title: poll.title,
    description: poll.description,
    status: poll.status,
    statusLabel: STATUS_LABELS[poll.status],
    allowChange: poll.allowChange,
    closesAt: poll.closesAt,
    closingMove: poll.closingMove ? { from: poll.closingMove.from, to: poll.closingMove.to, reason: poll.closingMove.reason, at: poll.closingMove.at } : null,
    createdAt: poll.createdAt,
    openedAt: poll.openedAt ?? null,
    closedAt: poll.closedAt ?? null,
    publishedAt: poll.publishedAt ?? null,
    ...(poll.kind === 'consultation' ? { options: poll.options, per: poll.per } : {}),
    ...(poll.kind === 'decision' ? { item: poll.item, itemLabel: LAW278_ITEM_LABELS[poll.item as Law278Item], threshold: approvalThreshold(poll.item as Law278Item) } : {}),
    ...(poll.kind === 'election' ? { seats: poll.seats, candidates: poll.candidates, threshold: '>1/2' } : {}),
    ...(poll.roster ? { roster: { units: poll.roster.units, holders: poll.roster.holders, area: formatArea(poll.roster.areaCenti) } } : {}),
  };
}
