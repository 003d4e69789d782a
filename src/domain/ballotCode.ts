// What the QR code on a printed paper ballot says: the poll and the ballot's serial. A counter
// scans it instead of typing the serial; a ballot of another poll (a stack mixed up on the table)
// is refused by name rather than counted under a wrong serial.

const PREFIX = 'GZB1';

/** The text encoded in the ballot's QR code: `GZB1|<pollId>|<serial>`. */
export function ballotCode(pollId: string, serial: string): string {
  return `${PREFIX}|${pollId}|${serial}`;
}

export type ScannedBallot = { ok: true; serial: string } | { ok: false; reason: string };

/** Reads a scanned code for this poll: the serial, or why it cannot be used. */
export function readBallotCode(scanned: string, pollId: string): ScannedBallot {
  const parts = scanned.trim().split('|');
  if (parts.length !== 3 || parts[0] !== PREFIX || !/^P\d{4,}$/.test(parts[2])) return { ok: false, reason: '这不是本系统打印的选票二维码' };
  if (parts[1] !== pollId) return { ok: false, reason: `这张选票不属于本次表决(编号 ${parts[2]}),请放到一边` };
  return { ok: true, serial: parts[2] };
}
