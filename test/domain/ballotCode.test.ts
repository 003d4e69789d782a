import { ballotCode, readBallotCode } from '../../src/domain/ballotCode';

describe('the QR code on a paper ballot', () => {
  it('carries the poll and the serial, and reads back to the serial for that poll', () => {
    const code = ballotCode('poll:abc', 'P0012');
    expect(code).toBe('GZB1|poll:abc|P0012');
    expect(readBallotCode(code, 'poll:abc')).toEqual({ ok: true, serial: 'P0012' });
    expect(readBallotCode(`  ${code}\n`, 'poll:abc')).toEqual({ ok: true, serial: 'P0012' });
  });

  it('refuses a ballot of another poll, naming its serial', () => {
    const read = readBallotCode(ballotCode('poll:other', 'P0007'), 'poll:abc');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toContain('P0007');
  });

  it.each(['', 'P0012', 'https://example.com', 'GZB1|poll:abc', 'GZB1|poll:abc|12', 'GZB2|poll:abc|P0012', 'GZB1|poll:abc|P0012|x'])('refuses %j as not a ballot code', (scanned) => {
    expect(readBallotCode(scanned, 'poll:abc')).toEqual({ ok: false, reason: '这不是本系统打印的选票二维码' });
  });
});
