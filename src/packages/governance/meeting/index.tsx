// 会议纪要: one three-party meeting. The agenda (tabled issues and free items), who came, the
// minutes (amendable by those present until approved; an amendment over a newer version is
// refused and the newer text shown), and each decision with its progress, read live from the
// task it became, so finishing the task shows the decision 已办结 here.
import { Text, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { sharePath } from '../../../services/sharePath';
import { useEffect, useState } from 'react';
import { Page } from '../../../components/Page';
import { Btn } from '../../../components/Btn';
import { ConfirmInline } from '../../../components/ConfirmInline';
import { TextArea } from '../../../components/Field';
import { ShareButton } from '../../../components/ShareButton';
import { Empty, Failed, Loading, Notice } from '../../../components/states';
import { useAction, useReloadOnShow } from '../../../components/useAction';
import { buttonA11y, headingA11y } from '../../../components/a11y';
import { go, routeParam } from '../../../components/nav';
import { call, isApiError, type Output } from '../../../services/api';
import { MINUTES_MAX } from '../../../domain/governance';
import { PAGES } from '../../../routes';
import { amendMinutesInput, recordAttendanceInput } from '../../../domain/schemas/governance';
import { common, meetingText as t } from '../../../copy/governance';
import { CheckRow } from '../components/CheckRow';
import { showTime } from '../components/when';
import { useSubmit } from '../components/useSubmit';
import { DecisionForm } from './DecisionForm';
import '../governance.css';

type Data = Output<'meetings.get'>;
type Meeting = Data['meeting'];

function Attendance({ meeting, editable, onSaved }: { meeting: Meeting; editable: boolean; onSaved: () => void }) {
  const [present, setPresent] = useState<string[]>(meeting.attendees.filter((a) => a.present).map((a) => a.userId));
  const f = useSubmit({ fields: ['present'] });
  if (!editable) {
    const came = meeting.attendees.filter((a) => a.present);
    return <Text className='gz-p'>{came.length ? came.map((a) => `${a.partyLabel} ${a.name}`).join('、') : t.notRecorded}</Text>;
  }
  const toggle = (id: string) => setPresent((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const save = () => {
    const input = f.check(recordAttendanceInput, { meetingId: meeting.id, present });
    if (input) void f.run(() => call('meetings.attendance', input), () => (onSaved(), t.attendanceSaved));
  };
  return (
    <>
      <Text className='gz-p gz-muted'>{t.attendanceHint}</Text>
      <View className='gz-checks'>
        {meeting.attendees.map((a) => (
          <CheckRow key={a.userId} label={a.name} hint={a.partyLabel} on={present.includes(a.userId)} onToggle={() => toggle(a.userId)} />
        ))}
      </View>
      {f.formError && <Notice kind='error'>{f.errors.present ?? f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <View className='gz-actions-row'>
        <Btn kind='primary' busy={f.busy} onClick={save}>
          {t.saveAttendance}
        </Btn>
      </View>
    </>
  );
}

function Minutes({ meeting, editable, onSaved }: { meeting: Meeting; editable: boolean; onSaved: () => void }) {
  const [text, setText] = useState(meeting.minutes.text);
  const [version, setVersion] = useState(meeting.minutes.version);
  const [stale, setStale] = useState<string | null>(null);
  const f = useSubmit({ fields: ['text'] });
  // A reload after someone else's save brings their version (unless this person is typing).
  useEffect(() => {
    if (meeting.minutes.version > version && text === meeting.minutes.text) setVersion(meeting.minutes.version);
  }, [meeting.minutes.version, meeting.minutes.text, version, text]);
  const when = meeting.minutes.updatedAt ? showTime(meeting.minutes.updatedAt) : '';
  if (!editable) return meeting.minutes.text ? <Text className='gz-pre gz-p'>{meeting.minutes.text}</Text> : <Text className='gz-p gz-muted'>{t.noMinutes}</Text>;
  const save = () => {
    const input = f.check(amendMinutesInput, { meetingId: meeting.id, text, version });
    if (!input) return;
    setStale(null);
    void f.run(
      () => call('meetings.minutes', input),
      (r) => {
        setVersion(r.minutes.version);
        onSaved();
        return t.minutesSaved;
      },
      (e) => {
        // Someone saved first: keep what this person typed, show theirs beside it (that notice
        // says it all, in place of the server's line); the next save, after merging by hand,
        // goes on top of their version.
        if (isApiError(e) && e.code === 'conflict' && typeof e.details?.version === 'number') {
          setVersion(e.details.version as number);
          setStale(String(e.details.text ?? ''));
          f.setFormError(null);
        }
      },
    );
  };
  return (
    <>
      <Text className='gz-p gz-muted'>{t.version(version, meeting.minutes.updatedBy, when)}</Text>
      <TextArea id='minutes' label={t.minutesLabel} value={text} onChange={(v) => { f.clear('text'); setText(v); }} max={MINUTES_MAX} counter={common.counter} over={common.over} error={f.err('text') ?? undefined} rows={8} />
      {stale !== null && (
        <Notice kind='info'>
          <Text className='gz-block'>{t.stale}</Text>
          <Text className='gz-pre'>{stale}</Text>
        </Notice>
      )}
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      {f.done && <Notice kind='ok'>{f.done}</Notice>}
      <View className='gz-actions-row'>
        <Btn kind='primary' busy={f.busy} onClick={save}>
          {t.saveMinutes}
        </Btn>
      </View>
    </>
  );
}

function Decisions({ meeting }: { meeting: Meeting }) {
  if (meeting.decisions.length === 0) return <Text className='gz-p gz-muted'>{t.noDecisions}</Text>;
  return (
    <View className='gz-list'>
      {meeting.decisions.map((d, i) => (
        <View key={d.id} className='gz-card' id={`decision-${d.id}`}>
          <View className='gz-head'>
            <Text className={`gz-tag ${d.state === 'done' ? 'gz-tag--done' : 'gz-tag--pending'}`}>{d.stateLabel}</Text>
            {d.overdue && <Text className='gz-tag gz-tag--late'>{t.overdue}</Text>}
          </View>
          <Text className='gz-card__title'>
            {i + 1}. {d.text}
          </Text>
          <Text className='gz-block'>{t.doer(d.partyLabel, d.doer)}</Text>
          <Text className='gz-block'>{common.due(showTime(d.dueAt))}</Text>
          {d.tasks.map((task) => (
            <Text key={task.id} className='gz-block'>
              {t.task(task.title, task.status === 'done')}
            </Text>
          ))}
          {d.issue && (
            <View className='gz-actions-row'>
              <Text className='gz-block'>{t.linkedIssue(d.issue.statusLabel)}</Text>
              <Btn kind='link' size='small' onClick={() => go(`${PAGES.issueDetail}?id=${encodeURIComponent(d.issue!.id)}`)}>
                {t.openIssue}
              </Btn>
            </View>
          )}
        </View>
      ))}
    </View>
  );
}

function Body({ data, reload }: { data: Data; reload: () => void }) {
  const { meeting, can } = data;
  const approve = useSubmit();
  return (
    <>
      <View className='gz-head'>
        <Text className={`gz-tag ${meeting.status === 'published' ? 'gz-tag--done' : 'gz-tag--pending'}`}>{meeting.statusLabel}</Text>
      </View>
      <Text className='gz-h1' {...headingA11y(1)}>
        {meeting.title}
      </Text>
      <Text className='gz-p'>{t.when(showTime(meeting.at), meeting.place)}</Text>
      <Text className='gz-p gz-muted'>{t.convener(meeting.convenerName)}</Text>
      {meeting.approvedAt && <Notice kind='ok'>{t.approved(showTime(meeting.approvedAt))}</Notice>}

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.agenda}
      </Text>
      <View className='gz-list'>
        {meeting.agenda.map((a, i) => {
          const open = a.issueId ? () => go(`${PAGES.issueDetail}?id=${encodeURIComponent(a.issueId!)}`) : undefined;
          return (
            <View key={a.id} className={`gz-row ${open ? 'gz-row--link' : ''}`} onClick={open} {...(open ? buttonA11y({ onActivate: open }) : {})}>
              <View className='gz-row__main'>
                <Text className='gz-row__title'>
                  {i + 1}. {a.title}
                </Text>
                <Text className='gz-muted'>{a.kind === 'issue' ? t.fromIssue : t.free}</Text>
              </View>
            </View>
          );
        })}
      </View>

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.attendance}
      </Text>
      <Attendance meeting={meeting} editable={can.attend} onSaved={reload} />

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.minutes}
      </Text>
      <Minutes meeting={meeting} editable={can.amend} onSaved={reload} />

      <Text className='gz-h2' {...headingA11y(2)}>
        {t.decisions}
      </Text>
      <Decisions meeting={meeting} />
      {can.decide && <DecisionForm meeting={meeting} canAssign={can.assign} onSaved={reload} />}

      {can.approve && (
        <>
          <Text className='gz-h2' {...headingA11y(2)}>
            {t.approve}
          </Text>
          <Text className='gz-p gz-muted'>{t.approveHint}</Text>
          {approve.formError && <Notice kind='error'>{approve.formError}</Notice>}
          <ConfirmInline label={t.approve} warning={t.confirmApprove} yes={t.yesApprove} busy={approve.busy} onConfirm={() => void approve.run(() => call('meetings.approve', { meetingId: meeting.id, version: meeting.minutes.version }), () => void reload())} />
        </>
      )}
      {meeting.status === 'published' && <ShareButton label={common.share} />}
      <View className='gz-actions-row'>
        <Btn kind='secondary' onClick={() => go(PAGES.meetings)}>
          {t.allMeetings}
        </Btn>
      </View>
    </>
  );
}

export default function MeetingPage() {
  const router = useRouter();
  const id = routeParam(router?.params?.id);
  const r = useAction('meetings.get', { meetingId: id }, [id]);
  useReloadOnShow(r.reload);
  useShareAppMessage(() => ({ title: r.data ? r.data.meeting.title : t.minutes, path: sharePath(`${PAGES.meeting}?id=${encodeURIComponent(id)}`) }));
  return (
    <Page className='gz-gov'>
      {!id && <Empty title={t.noId} />}
      {id && r.state === 'loading' && !r.data && <Loading />}
      {id && r.state === 'error' && !r.data && <Failed error={r.error} onRetry={r.reload} />}
      {id && r.data && <Body data={r.data} reload={() => void r.reload()} />}
    </Page>
  );
}
