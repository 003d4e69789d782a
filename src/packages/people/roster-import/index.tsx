// 导入业主名册 (committee, admin): check the file first (dry run), then import. Every bad line is
// listed with its number so it can be fixed in the spreadsheet.
import { Text, View } from '@tarojs/components';
import { useState, type ChangeEvent } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call, isApiError } from '../../../services/api';
import { newOpId } from '../../../services/offlineQueue';
import { uploadRosterFile } from './uploadRoster';
import { chooseChatFile, readBrowserFile, ROSTER_EXTENSIONS, type PickedFile } from '../../../services/files';
import { rosterText as t } from '../../../copy/people';
import { useFeedback } from '../components/feedback';
import { HeadsQuestions, TallyCard, type Decision, type Question, type Tally } from './HeadsQuestions';
import { PrivacyConsent } from '../../../components/PrivacyConsent';
import { PrivacyRefused } from '../../../services/privacy';
import { privacyText } from '../../../ui/strings/privacy';

interface BadLine {
  line: number;
  reason: string;
}

type Outcome =
  | { kind: 'checked'; households: number; tally?: Tally }
  | { kind: 'importing'; done: number; total: number }
  | { kind: 'imported'; imported: number; buildings: number; holders: number; tally?: Tally };

function badLines(details: Record<string, unknown> | undefined): BadLine[] {
  const list = details?.errors;
  if (!Array.isArray(list)) return [];
  return list
    .map((e: { line?: unknown; reason?: unknown }) => ({ line: Number(e?.line), reason: String(e?.reason ?? '') }))
    .filter((e) => Number.isFinite(e.line));
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function BrowserFileInput({ onPick, onError }: { onPick: (f: PickedFile) => void; onError: () => void }) {
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (file) readBrowserFile(file).then(onPick, onError);
  };
  return (
    <label className='gz-file'>
      <span className='gz-btn gz-btn--secondary gz-btn--main'>{t.choose}</span>
      <input className='gz-file__input' type='file' accept={ROSTER_EXTENSIONS.map((x) => `.${x}`).join(',')} aria-label={t.choose} onChange={change} />
    </label>
  );
}

/** A bound against an import that never finishes (each call itself works for seconds). */
const MAX_IMPORT_STEPS = 30;
/** Between two calls, so the progress can be read. */
const STEP_PAUSE_MS = 600;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export default function RosterImportPage() {
  const [file, setFile] = useState<PickedFile | null>(null);
  // The chosen file's id in cloud storage: uploaded once, then the check and the import name it.
  const [fileId, setFileId] = useState<string | null>(null);
  const f = useSubmit({ fields: [] });
  const [doing, setDoing] = useState<'check' | 'import' | null>(null);
  const busy = f.busy ? doing : null;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The refused lines of the file, under the refusal.
  const [lines, setLines] = useState<BadLine[]>([]);
  // The namesakes the check found, and the committee's answers (sent with the import).
  const [questions, setQuestions] = useState<Question[]>([]);
  const [decisions, setDecisions] = useState<Record<string, Decision>>({});
  const feedback = useFeedback();

  const pick = (picked: PickedFile) => {
    setFile(picked);
    setFileId(null);
    setOutcome(null);
    f.setFormError(null);
    setLines([]);
    setQuestions([]);
    setDecisions({});
  };
  const readFailed = (e?: unknown) => {
    setLines([]);
    f.setFormError(e instanceof PrivacyRefused ? e.message : t.readFailed);
  };

  const run = async (dryRun: boolean) => {
    if (busy) return;
    setLines([]);
    if (!file) return f.setFormError(t.noFile);
    setDoing(dryRun ? 'check' : 'import');
    setOutcome(null);
    await f.run(
      async () => {
        // The file goes to cloud storage, only its id in the call (callFunction carries at most 100 KB).
        const id = fileId ?? (await uploadRosterFile(file));
        setFileId(id);
        // A big roster takes several calls, each taking it further (server/app/people/helpers/rosterStaging.ts):
        // the same file id, decisions and operation id again while the answer says `importing`.
        const opId = dryRun ? undefined : newOpId();
        const send = () => call('roster.import', { fileId: id, fileName: file.name, dryRun, decisions, opId });
        let r = await send();
        for (let step = 0; r.status === 'importing' && step < MAX_IMPORT_STEPS; step++) {
          if ('progress' in r && r.progress) setOutcome({ kind: 'importing', ...r.progress });
          await pause(STEP_PAUSE_MS);
          r = await send();
        }
        if (r.status === 'importing') {
          setOutcome(null);
          throw new Error(t.importLater);
        }
        return r;
      },
      (r) => {
        if (dryRun) {
          setOutcome({ kind: 'checked', households: r.imported, tally: 'tally' in r ? r.tally : undefined });
          setQuestions((r as { questions?: Question[] }).questions ?? []);
        } else {
          setOutcome({ kind: 'imported', ...r });
          feedback.done(t.imported(r.imported, r.buildings, r.holders), { inline: false });
        }
      },
      (e) => {
        if (!isApiError(e)) return;
        setLines(badLines(e.details));
        const asked = (e.details as { questions?: Question[] } | undefined)?.questions;
        if (asked) setQuestions(asked);
      },
    );
  };

  return (
    <Page>
      {feedback.node}
      <Text className='gz-h1' {...headingA11y(1)}>
        {t.title}
      </Text>
      <Text className='gz-p gz-muted'>{t.intro}</Text>

      <View className='gz-card'>
        {process.env.TARO_ENV === 'h5' ? (
          <BrowserFileInput onPick={pick} onError={readFailed} />
        ) : (
          <>
            <PrivacyConsent what={privacyText.file} />
            <Btn kind='secondary' size='main' block onClick={() => void chooseChatFile(ROSTER_EXTENSIONS).then((f) => f && pick(f), readFailed)}>
              {t.chooseFromChat}
            </Btn>
          </>
        )}
        {file && (
          <Text className='gz-text'>
            {t.chosen}：{file.name}（{sizeText(file.size)}）
          </Text>
        )}
        <View className='gz-actions'>
          <Btn kind='secondary' size='main' busy={busy === 'check'} disabled={!!busy} onClick={() => void run(true)}>
            {t.check}
          </Btn>
          <Btn kind='primary' size='main' busy={busy === 'import'} disabled={!!busy} onClick={() => void run(false)}>
            {t.import}
          </Btn>
        </View>
      </View>

      {outcome?.kind === 'checked' && <Notice kind='ok'>{t.checkedOk(outcome.households)}</Notice>}
      {outcome?.kind === 'importing' && <Notice kind='info'>{t.importing(outcome.done, outcome.total)}</Notice>}
      {outcome?.kind === 'imported' && <Notice kind='ok'>{t.imported(outcome.imported, outcome.buildings, outcome.holders)}</Notice>}
      {(outcome?.kind === 'checked' || outcome?.kind === 'imported') && outcome.tally && <TallyCard tally={outcome.tally} />}
      <HeadsQuestions questions={questions} decisions={decisions} onDecide={(key, d) => setDecisions((all) => ({ ...all, [key]: d }))} />
      {f.formError && (
        <>
          <Notice kind='error'>{f.formError}</Notice>
          {lines.length > 0 && (
            <View className='gz-card gz-badlines'>
              <Text className='gz-card__title'>{t.badLines(lines.length)}</Text>
              {lines.map((l) => (
                <View key={`${l.line}-${l.reason}`} className='gz-badline'>
                  <Text className='gz-badline__no'>{t.line(l.line)}</Text>
                  <Text>{l.reason}</Text>
                </View>
              ))}
            </View>
          )}
        </>
      )}
    </Page>
  );
}
