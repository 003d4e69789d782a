// One workflow step of an issue with its form: a note (required or not), and an after-photo to finish.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { useSubmit } from '../../../components/useSubmit';
import { call } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { TRANSITIONS, type TransitionName } from '../../../domain/issues';
import { photosText } from '../../../ui/strings/issues';
import { detailText as t, reportText } from '../../../copy/issues';
import { common } from '../../../ui/strings';
import { NOTE_MAX } from './model';
import type { TransitionOption } from './model';

/** One workflow step with its form: a note (required or not), and an after-photo to finish. */
export function TransitionForm({ issueId, option, onDone, onCancel }: { issueId: string; option: TransitionOption; onDone: (label: string) => void; onCancel: () => void }) {
  const rule = TRANSITIONS[option.name as TransitionName];
  const needsPhoto = 'photo' in rule && rule.photo;
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const f = useSubmit({ fields: ['note', 'photos'] });
  const { errors, formError, busy } = f;
  const id = `note-${option.name}`;

  const send = async () => {
    if (busy) return;
    const noteError = rule.note && !note.trim() ? (option.name === 'finish' ? t.needFinishNote : t.needNote) : note.trim().length > NOTE_MAX && t.tooLong(t.note, NOTE_MAX);
    if (f.invalid({ note: noteError, photos: needsPhoto && photos.length === 0 && t.needPhoto })) return;
    if (uploading) return f.setFormError(photosText.uploading);
    const input = {
      issueId,
      transition: option.name,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
    };
    await f.run(
      () => call('issues.transition', input),
      () => onDone(t.done(option.name, option.label)),
    );
  };

  return (
    <View className='gz-subform' id={`form-${option.name}`}>
      <TextArea
        id={id}
        label={t.notes[option.name] ?? t.note}
        placeholder={t.notePlaceholder}
        value={note}
        max={NOTE_MAX}
        counter={(n) => t.counterOf(n, 300)}
        over={reportText.over}
        rows={3}
        error={errors.note}
        onChange={(v) => {
          setNote(v);
          f.clear('note');
        }}
      />
      {needsPhoto && (
        <PhotoPicker
          id={`photos-${option.name}`}
          label={t.afterPhoto}
          photos={photos}
          error={errors.photos}
          onBusy={setUploading}
          onChange={(p) => {
            setPhotos(p);
            f.clear('photos');
          }}
        />
      )}
      {formError && <Notice kind='error'>{formError}</Notice>}
      <View className='gz-actions'>
        <Btn kind={option.name === 'reject' || option.name === 'closeNotFixed' || option.name === 'reopen' ? 'danger' : 'primary'} size='main' busy={busy} onClick={() => void send()}>
          {t.confirmAction(option.label)}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
    </View>
  );
}
