// One workflow step of an issue with its form: a note (required or not), and an after-photo to finish.
import { View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { Notice } from '../../../components/states';
import { TextArea } from '../../../components/Field';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { handleSignedOut } from '../../../components/useAction';
import { call, isApiError } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { TRANSITIONS, type TransitionName } from '../../../domain/issues';
import { photosText } from '../../../ui/strings/issues';
import { detailText as t, reportText } from '../strings';
import { common } from '../../../ui/strings';
import { NOTE_MAX, errorText } from './model';
import type { TransitionOption } from './model';

/** One workflow step with its form: a note (required or not), and an after-photo to finish. */
export function TransitionForm({ issueId, option, onDone, onCancel }: { issueId: string; option: TransitionOption; onDone: (label: string) => void; onCancel: () => void }) {
  const rule = TRANSITIONS[option.name as TransitionName];
  const needsPhoto = 'photo' in rule && rule.photo;
  const [note, setNote] = useState('');
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<{ note?: string; photos?: string }>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = `note-${option.name}`;

  const send = async () => {
    if (busy) return;
    setFormError(null);
    const found: { note?: string; photos?: string } = {};
    if (rule.note && !note.trim()) found.note = option.name === 'finish' ? t.needFinishNote : t.needNote;
    else if (note.trim().length > NOTE_MAX) found.note = t.tooLong(t.note, NOTE_MAX);
    if (needsPhoto && photos.length === 0) found.photos = t.needPhoto;
    setErrors(found);
    if (Object.keys(found).length) return;
    if (uploading) {
      setFormError(photosText.uploading);
      return;
    }
    setBusy(true);
    try {
      await call('issues.transition', {
        issueId,
        transition: option.name,
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(photos.length ? { photos: photos.map((p) => p.fileId) } : {}),
      });
      onDone(t.done(option.name, option.label));
    } catch (e) {
      setBusy(false);
      if (handleSignedOut(e)) return;
      const field = isApiError(e) ? e.field?.split('.')[0] : undefined;
      if (field === 'note' || field === 'photos') setErrors({ [field]: errorText(e) });
      else setFormError(errorText(e));
    }
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
          setErrors((e) => ({ ...e, note: undefined }));
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
            setErrors((e) => ({ ...e, photos: undefined }));
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
