// The inputs of the 议事 forms (a meeting called, attendance, minutes, a decision, a notice, a plan
// item and its moves, the quarter's inspection and the answer to a low item), parsed by the
// server's actions and checked by the same forms before anything is sent.
import { z } from 'zod';
import { AGENDA_MAX, CHECKLIST_CODES, FUNDING_CODES, ITEM_SCORE_MAX, MINUTES_MAX, NOTICE_KIND_CODES, PARTY_CODES, QUARTER_RE, type ChecklistCode, type Funding, type NoticeKind, type Party } from '../governance';
import { id, optionalText, text } from '../fields';
import { photos } from './issues';
import { governanceFields, governanceRefusals as no } from '../../copy/governance';

/** A version the writer started from (0, 1, 2…): a save over a newer one is refused. */
const version = (message: string) => z.number({ error: message }).int(message).min(0, message);

/** A moment with its offset, as the forms send it ("2026-03-20T10:00:00.000Z"). */
const moment = (message: string) => z.iso.datetime({ error: message, offset: true });

export const quarterField = z.string({ error: no.quarterMissing }).regex(QUARTER_RE, no.quarterMalformed);

const party = z.enum(PARTY_CODES as [Party, ...Party[]], { error: no.partyMissing });
const checklistCode = z.enum(CHECKLIST_CODES as [ChecklistCode, ...ChecklistCode[]], { error: no.checklistItemUnknown });

// ——— meetings ———

export const scheduleMeetingInput = z
  .object({
    title: text(governanceFields.meetingTitle, { max: 40 }),
    at: moment(no.meetingTimeMissing),
    place: text(governanceFields.meetingPlace, { max: 40 }),
    issueIds: z.array(id(governanceFields.issue), { error: no.agendaMalformed }).max(AGENDA_MAX, no.tooManyAgendaItems(AGENDA_MAX)).default([]),
    freeItems: z.array(text(governanceFields.topic, { max: 60 }), { error: no.topicMalformed }).max(AGENDA_MAX, no.tooManyAgendaItems(AGENDA_MAX)).default([]),
  })
  .strict()
  .refine((m) => m.issueIds.length + m.freeItems.length > 0, { message: no.agendaEmpty, path: ['issueIds'] });

export const recordAttendanceInput = z
  .object({ meetingId: id(governanceFields.meeting), present: z.array(id(governanceFields.attendee), { error: no.attendeesMalformed }).max(100, no.attendeesTooMany) })
  .strict();

export const amendMinutesInput = z
  .object({ meetingId: id(governanceFields.meeting), text: text(governanceFields.minutes, { max: MINUTES_MAX }), version: version(no.minutesVersionMalformed) })
  .strict();

export const approveMinutesInput = z.object({ meetingId: id(governanceFields.meeting), version: version(no.minutesVersionMalformed) }).strict();

export const DECISION_MAX = 200;

export const recordDecisionInput = z
  .object({
    meetingId: id(governanceFields.meeting),
    agendaId: id(governanceFields.agendaItem).optional(),
    text: text(governanceFields.decision, { max: DECISION_MAX }),
    party,
    doer: text(governanceFields.doer, { max: 20 }),
    dueAt: moment(no.dueMissing),
    /** `task`: becomes a task now; `issue`: only linked to its tabled issue; `none`: recorded only. */
    then: z.enum(['task', 'issue', 'none'], { error: no.followThroughMissing }).default('task'),
    taskTitle: optionalText(governanceFields.taskTitle, 40),
    assigneeId: id(governanceFields.staff).nullable().optional(),
  })
  .strict();

// ——— notices ———

export const NOTICE_TITLE_MAX = 40;
export const NOTICE_BODY_MAX = 2000;

export const publishNoticeInput = z
  .object({
    title: text(governanceFields.noticeTitle, { max: NOTICE_TITLE_MAX }),
    body: text(governanceFields.noticeBody, { max: NOTICE_BODY_MAX }),
    kind: z.enum(NOTICE_KIND_CODES as [NoticeKind, ...NoticeKind[]], { error: no.noticeKindMissing }).default('other'),
    pinned: z.boolean({ error: no.pinMalformed }).default(false),
  })
  .strict();

// ——— the year plan ———

export const createPlanItemInput = z
  .object({
    year: z.number({ error: no.yearMissing }).int(no.yearMalformed).min(2000, no.yearMalformed).max(2100, no.yearMalformed),
    /** A short stable code (water, fire-main); from the app's form it is derived from the title. */
    code: z.string({ error: no.planCodeMalformed }).regex(/^[a-z0-9_-]{2,30}$/, no.planCodeCharacters).optional(),
    title: text(governanceFields.planTitle, { max: 30 }),
    description: optionalText(governanceFields.planDescription, 300),
    party,
    owner: text(governanceFields.doer, { max: 20 }),
    // An empty box is asked for; anything else that is not a whole number of yuan is named as such.
    budgetYuan: z
      .number({ error: (issue) => (issue.input === undefined ? no.budgetMissing : no.budgetNotInteger) })
      .int(no.budgetNotInteger)
      .min(0, no.budgetNegative)
      .max(1_000_000_000, no.budgetTooLarge),
    funding: z.enum(FUNDING_CODES as [Funding, ...Funding[]], { error: no.fundingMissing }),
    milestones: z
      .array(z.object({ title: text(governanceFields.milestone, { max: 30 }), due: z.string({ error: no.milestoneMonthMalformed }).regex(/^20\d\d-(0[1-9]|1[0-2])$/, no.milestoneMonthMalformed) }).strict(), { error: no.milestoneMalformed })
      .max(12, no.tooManyMilestones)
      .default([]),
  })
  .strict();

export const movePlanItemInput = z
  .object({
    itemId: id(governanceFields.planItem),
    version: version(no.versionMalformed),
    progress: z.number({ error: no.progressOutOfRange }).int(no.progressNotInteger).min(0, no.progressNegative).max(100, no.progressOver100),
    milestone: z.number({ error: no.milestoneMalformed }).int(no.milestoneMalformed).min(0, no.milestoneMalformed).max(11, no.milestoneMalformed).optional(),
    reason: text(governanceFields.changeReason, { min: 4, max: 200 }),
  })
  .strict();

// ——— the quarter's inspection ———

export const INSPECTION_NOTE_MAX = 200;

const inspectionItem = z
  .object({
    code: checklistCode,
    score: z.number({ error: no.scoreOutOfRange }).int(no.scoreNotInteger).min(0, no.scoreNegative).max(ITEM_SCORE_MAX, no.scoreTooHigh(ITEM_SCORE_MAX)).nullable(),
    note: optionalText(governanceFields.inspectionNote, INSPECTION_NOTE_MAX),
    photos,
  })
  .strict();

export const saveInspectionInput = z
  .object({
    quarter: quarterField,
    version: version(no.versionMalformed),
    items: z.array(inspectionItem, { error: no.checklistMalformed }).min(1, no.scoreAtLeastOne).max(CHECKLIST_CODES.length, no.checklistTooLong),
  })
  .strict();

export const submitInspectionInput = z.object({ quarter: quarterField, version: version(no.versionMalformed) }).strict();

export const ANSWER_MAX = 200;

export const answerLowItemInput = z
  .object({
    quarter: quarterField,
    code: checklistCode,
    text: text(governanceFields.remedy, { max: ANSWER_MAX }),
    task: z
      .object({
        title: optionalText(governanceFields.taskTitle, 40),
        dueAt: moment(no.dueMissing),
        assigneeId: id(governanceFields.staff).nullable().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
