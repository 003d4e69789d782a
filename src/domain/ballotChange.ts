// Changing an online ballot (改票), where the poll allows it: until voting closes, up to
// MAX_BALLOT_CHANGES times, and the last one counts. An owner who was talked into a choice at the
// door, or mis-tapped, can change their mind again; the cap keeps each seat's audit trail short
// (every change is logged with the ballot it replaced). A paper ballot is never changed online.
export const MAX_BALLOT_CHANGES = 5;

export function mayChangeBallot(allowChange: boolean, ballot: { channel: string; changes: number }): boolean {
  return allowChange && ballot.channel === 'online' && ballot.changes < MAX_BALLOT_CHANGES;
}

/** Why a change is refused, or null when it is allowed. */
export function changeRefusal(allowChange: boolean, ballot: { channel: string; changes: number }): string | null {
  if (ballot.channel === 'paper') return '这一户已交纸质选票,不能再改';
  if (!allowChange) return '已经投过票了,这项表决不允许改票';
  if (ballot.changes >= MAX_BALLOT_CHANGES) return `已经改过 ${MAX_BALLOT_CHANGES} 次票了,不能再改`;
  return null;
}
