// The roster file as the committee uploaded it: the phone puts it in cloud storage (wx.cloud.uploadFile,
// into the person's own folder; the local host's /upload route stands in for that) and the action
// receives only its file id, as photos do (issues/uploadPhoto.ts). callFunction carries at most
// 100 KB, so a roster inside the call would stop at a few hundred flats:
// https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/functions/Cloud.callFunction.html
// Read back with downloadFile (server/files/cloudStorage.ts). Refuses an id outside the caller's
// folder, a file over ROSTER_BYTES_MAX, and bytes that are neither an .xlsx (a zip, `PK\x03\x04`)
// nor text; every bad line of a readable file is listed by number, as before.
import { z } from 'zod';
import { parseRosterCsv, type RosterRow } from '../../../../src/domain/roster';
import { decodeRosterBytes, RosterDecodeError } from '../../../../src/domain/rosterDecode';
import type { Ctx, Identity } from '../../context';
import { AppError, invalid } from '../../errors';
import { looksLikeXlsx, xlsxRosterText } from './rosterXlsx';
import { ROSTER_FILE_TYPES } from '../../../../src/domain/photos';
import { peopleRefusals, peopleServerText } from '../../../../src/copy/people';

/** 5 MB: a CSV of about 60,000 flats; an .xlsx holds more. */
export const ROSTER_BYTES_MAX = 5 * 1024 * 1024;

export const rosterFileIdInput = z.string({ error: peopleRefusals.rosterFileMissing }).min(1, peopleRefusals.rosterFileMissing).max(300, peopleRefusals.rosterFileIdMalformed);

/** Thrown when the file itself is gone from storage: a job resuming it stops (rosterJob.ts). */
export class RosterFileGone extends AppError {
  constructor() {
    super('invalid', peopleServerText.rosterFileNotUploaded, 'fileId');
  }
}

function refuse(errors: Array<{ line: number; reason: string }>): never {
  const first = errors[0];
  throw new AppError('invalid', peopleRefusals.rosterRowsInvalid(errors.length, first.line, first.reason), 'fileId', { errors });
}

/** Text (CSV) has no NUL byte in its first kilobyte; anything else that is not a zip is refused. */
const looksLikeText = (bytes: Uint8Array) => !bytes.subarray(0, 1024).includes(0);

/** The storage type of roster bytes by their first bytes, whatever the name says; null for neither. */
export function rosterFileType(bytes: Uint8Array): keyof typeof ROSTER_FILE_TYPES | null {
  const [csv, xlsx] = Object.keys(ROSTER_FILE_TYPES) as Array<keyof typeof ROSTER_FILE_TYPES>;
  if (bytes.length === 0) return null;
  return looksLikeXlsx(bytes) ? xlsx : looksLikeText(bytes) ? csv : null;
}

/**
 * Checks the uploaded file and returns its rows, in file order; refuses with the field `fileId`.
 * `uploader`: the file must be in their folder (a job resuming its own checked file passes none).
 */
export async function readRosterFile(ctx: Ctx, fileId: string, uploader?: Identity): Promise<RosterRow[]> {
  if (!ctx.files.owns(fileId, uploader, 'roster')) throw invalid('fileId', peopleRefusals.rosterFileNotYours);
  const bytes = await ctx.files.read(fileId);
  if (!bytes) throw new RosterFileGone();
  if (bytes.length > ROSTER_BYTES_MAX) throw new AppError('too_large', peopleRefusals.rosterFileTooLarge(ROSTER_BYTES_MAX / 1024 / 1024), 'fileId');
  let text: string;
  try {
    if (looksLikeXlsx(bytes)) text = await xlsxRosterText(bytes);
    else if (looksLikeText(bytes)) text = decodeRosterBytes(bytes);
    else throw invalid('fileId', peopleRefusals.rosterFileFormat);
  } catch (error) {
    if (error instanceof RosterDecodeError) throw invalid('fileId', error.message);
    throw error;
  }
  const parsed = parseRosterCsv(text);
  if (!parsed.ok) refuse(parsed.errors);
  if (parsed.rows.length === 0) throw invalid('fileId', peopleRefusals.rosterNoUnits);
  return parsed.rows;
}

export { refuse as refuseRosterLines };
