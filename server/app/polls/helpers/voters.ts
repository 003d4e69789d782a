// Who may cast which ballot of a poll: the one place that decides it.
// - Decisions and elections: a verified owner (role `owner` and a membership) votes for the holder
//   their membership names, if that holder held the unit when the poll opened; all of that
//   holder's frozen units go into the one ballot. A proxy (委托书 recorded by the committee) votes
//   for the unit named in the authorisation.
// - Consultations: any verified member (owner or resident), once per unit or once per person.
import type { Vote } from '../../../../src/domain/law278';
import type { Caller, Ctx } from '../../context';
import { AppError, forbidden, invalid, notFound } from '../../errors';
import type { MembershipDoc, UnitDoc } from '../../model';
import { ballotId, pollHolderId, proxyId, type HolderUnit, type PollDoc, type PollHolderDoc, type ProxyDoc } from '../model';
import { pollFields, pollRefusals, pollServerText } from '../../../../src/copy/polls';

export interface Seat {
  ballotId: string;
  key: string;
  holderId: string | null;
  units: HolderUnit[];
  areaCenti: number;
  proxy?: { userId: string; proxyId: string };
}

const seatOf = (poll: PollDoc, holder: PollHolderDoc, proxy?: Seat['proxy']): Seat => ({
  ballotId: ballotId(poll._id, holder.holderId),
  key: holder.holderId,
  holderId: holder.holderId,
  units: holder.units,
  areaCenti: holder.areaCenti,
  ...(proxy ? { proxy } : {}),
});

/** The frozen holder document, if it belongs to this poll's opening. */
export async function frozenHolder(ctx: Ctx, poll: PollDoc, holderId: string): Promise<PollHolderDoc | null> {
  const holder = await ctx.store.get<PollHolderDoc>('pollHolders', pollHolderId(poll._id, holderId));
  return holder && holder.openId === poll.roster?.openId ? holder : null;
}

export async function seatFor(ctx: Ctx, caller: Caller, poll: PollDoc, unitId: string | undefined): Promise<Seat> {
  const memberships = await ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 100 });
  if (poll.kind === 'consultation') return consultationSeat(ctx, caller, poll, memberships, unitId);

  const isOwner = caller.roles.includes('owner');
  if (unitId) {
    const m = isOwner ? memberships.find((x) => x.unitId === unitId) : undefined;
    if (m) {
      const holder = await frozenHolder(ctx, poll, m.holderId);
      if (holder && holder.units.some((u) => u.id === unitId)) return seatOf(poll, holder);
    }
    const proxy = await ctx.store.get<ProxyDoc>('pollProxies', proxyId(poll._id, unitId));
    if (proxy && proxy.proxyUserId === caller.userId) {
      const holder = await frozenHolder(ctx, poll, proxy.holderId);
      if (holder) return seatOf(poll, holder, { userId: caller.userId, proxyId: proxy._id });
    }
    if (m) throw forbidden(pollRefusals.notOwnerAtOpening);
    throw forbidden(pollRefusals.notOwnerNorProxy);
  }

  // No unit named: the caller's own seat (the common case, no extra read); a proxy's only seat
  // when they have none of their own; and a question when there is more than one.
  const own = isOwner ? await ownSeats(ctx, poll, memberships) : [];
  if (own.length > 1) throw invalid('unitId', pollRefusals.chooseUnitOfOwner);
  if (own.length === 1) return own[0];
  const proxied = await proxySeats(ctx, caller, poll);
  if (proxied.length > 1) throw invalid('unitId', pollRefusals.chooseProxiedUnit);
  if (proxied.length === 1) return proxied[0].seat;
  if (!isOwner || memberships.length === 0) throw forbidden(pollRefusals.verifyToVote);
  throw forbidden(pollRefusals.unitNotInRosterAtOpening);
}

async function ownSeats(ctx: Ctx, poll: PollDoc, memberships: MembershipDoc[]): Promise<Seat[]> {
  const seats = new Map<string, Seat>();
  for (const m of memberships) {
    if (seats.has(m.holderId)) continue;
    const holder = await frozenHolder(ctx, poll, m.holderId);
    if (holder && holder.units.some((u) => u.id === m.unitId)) seats.set(m.holderId, seatOf(poll, holder));
  }
  return [...seats.values()];
}

/** The seats the caller holds a written authorisation for, with the unit the authorisation names. */
async function proxySeats(ctx: Ctx, caller: Caller, poll: PollDoc): Promise<Array<{ seat: Seat; unitId: string }>> {
  const proxies = await ctx.store.find<ProxyDoc>('pollProxies', { where: { pollId: poll._id, proxyUserId: caller.userId }, limit: 100 });
  const seats: Array<{ seat: Seat; unitId: string }> = [];
  for (const proxy of proxies) {
    const holder = await frozenHolder(ctx, poll, proxy.holderId);
    if (holder) seats.push({ seat: seatOf(poll, holder, { userId: caller.userId, proxyId: proxy._id }), unitId: proxy.unitId });
  }
  return seats;
}

/** A seat the caller may vote for, as the voting screen offers it: the unit to name, and for whom. */
export interface SeatChoice {
  unitId: string;
  units: string[];
  proxy: boolean;
}

/**
 * Every seat the caller may vote for in a decision or election: their own holders' and those
 * they hold a written authorisation for. The screen asks which one when there is more than one.
 */
export async function seatChoices(ctx: Ctx, caller: Caller, poll: PollDoc): Promise<SeatChoice[]> {
  if (poll.kind === 'consultation' || !poll.roster) return [];
  const memberships = caller.roles.includes('owner') ? await ctx.store.find<MembershipDoc>('memberships', { where: { userId: caller.userId }, limit: 100 }) : [];
  const [own, proxied] = await Promise.all([ownSeats(ctx, poll, memberships), proxySeats(ctx, caller, poll)]);
  const ownChoices = own.map((seat) => {
    // Name a unit of the seat the caller is a member of: that is what seatFor checks.
    const unit = seat.units.find((u) => memberships.some((m) => m.unitId === u.id))!;
    return { unitId: unit.id, units: seat.units.map((u) => u.label), proxy: false };
  });
  const proxyChoices = proxied.map(({ seat, unitId }) => ({ unitId, units: seat.units.map((u) => u.label), proxy: true }));
  return [...ownChoices, ...proxyChoices];
}

async function consultationSeat(ctx: Ctx, caller: Caller, poll: PollDoc, memberships: MembershipDoc[], unitId: string | undefined): Promise<Seat> {
  if (memberships.length === 0) throw forbidden(pollRefusals.verifyToAnswer);
  if (poll.per === 'resident') {
    return { ballotId: ballotId(poll._id, caller.userId), key: caller.userId, holderId: null, units: [], areaCenti: 0 };
  }
  let m: MembershipDoc | undefined;
  if (unitId) {
    m = memberships.find((x) => x.unitId === unitId);
    if (!m) throw forbidden(pollRefusals.notOwnerNorResident);
  } else {
    if (new Set(memberships.map((x) => x.unitId)).size > 1) throw invalid('unitId', pollRefusals.chooseUnitToAnswer);
    m = memberships[0];
  }
  const unit = await ctx.store.get<UnitDoc>('units', m.unitId);
  if (!unit) throw notFound(pollFields.unit);
  const units = [{ id: unit._id, label: unit.label, buildingId: unit.buildingId, areaCenti: unit.areaCenti }];
  return { ballotId: ballotId(poll._id, unit._id), key: unit._id, holderId: null, units, areaCenti: 0 };
}

/** The choice a ballot carries, checked against the poll; field names as the cast's input has them. */
export interface ChoiceInput {
  choice?: Vote;
  choices?: string[];
  option?: string;
}

export function checkedChoice(poll: PollDoc, input: { choice?: string; choices?: string[]; option?: string }): ChoiceInput {
  if (poll.kind === 'decision') {
    if (input.choice !== 'yes' && input.choice !== 'no' && input.choice !== 'abstain') throw invalid('choice', pollRefusals.voteMissing);
    return { choice: input.choice };
  }
  if (poll.kind === 'election') {
    const choices = input.choices;
    if (!Array.isArray(choices)) throw invalid('choices', pollRefusals.candidatesMissingBlankAllowed);
    const known = new Set(poll.candidates!.map((c) => c.id));
    const unknown = choices.find((c) => !known.has(c));
    if (unknown !== undefined) throw invalid('choices', pollRefusals.unknownCandidate(unknown));
    if (new Set(choices).size !== choices.length) throw invalid('choices', pollRefusals.candidateTwice);
    if (choices.length > poll.seats!) throw invalid('choices', pollRefusals.tooManyChosen(poll.seats));
    return { choices: [...choices].sort() };
  }
  if (!input.option || !poll.options!.some((o) => o.id === input.option)) throw invalid('option', pollRefusals.optionMissing);
  return { option: input.option };
}

export function refuseOtherFields(poll: PollDoc, input: { choice?: string; choices?: string[]; option?: string }): void {
  const allowed = poll.kind === 'decision' ? 'choice' : poll.kind === 'election' ? 'choices' : 'option';
  for (const field of ['choice', 'choices', 'option'] as const) {
    if (field !== allowed && input[field] !== undefined) throw new AppError('invalid', pollRefusals.fieldNotForKind(pollServerText.kindLabels[poll.kind], field), field);
  }
}
