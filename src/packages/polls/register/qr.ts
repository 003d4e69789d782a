// The QR code printed beside each ballot's serial: the poll and the serial (domain/ballotCode.ts).
import { qrDataUrl } from '../../../components/qr';
import { ballotCode } from '../../../domain/ballotCode';

export const ballotQr = (pollId: string, serial: string): string => qrDataUrl(ballotCode(pollId, serial));
