// Closing the paper count: only a photo of the signed tally sheet is asked; who counted and who
// watched are the accounts that joined and signed, and the server checks the two agreeing rounds
// and the signatures. The result lists the voids and the certificate goes out with the results.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { PhotoPicker } from '../../../components/PhotoPicker';
import { Notice } from '../../../components/states';
import { useSubmit } from '../../../components/useSubmit';
import { headingA11y } from '../../../components/a11y';
import { call, type Output } from '../../../services/api';
import type { Photo } from '../../../services/photos';
import { formatTime } from '../../../ui/format';
import { countText as t } from '../../../copy/polls';

type Poll = Output<'polls.get'>['poll'];
export type Closed = Output<'polls.count.close'>['paperCount'];

export function CloseCount({ poll, onClosed }: { poll: Poll; onClosed: (c: Closed) => void }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [uploading, setUploading] = useState(false);
  const f = useSubmit({ fields: ['photoFileId'] });
  const { busy } = f;
  const close = async () => {
    if (busy || uploading) return;
    if (f.invalid({ photoFileId: photos.length === 0 && t.needPhoto })) return;
    await f.run(() => call('polls.count.close', { pollId: poll.id, photoFileId: photos[0].fileId }), (r) => onClosed(r.paperCount));
  };
  return (
    <View className='gz-card'>
      <Text className='gz-card__title' {...headingA11y(2)}>
        {t.closeHeading}
      </Text>
      <Text className='gz-p'>{t.closeIntro}</Text>
      <PhotoPicker id='close-photo' label={t.photo} photos={photos} onChange={setPhotos} onBusy={setUploading} max={1} error={f.errors.photoFileId} />
      <Text className='gz-p'>{t.time(formatTime(new Date().toISOString()))}</Text>
      {f.formError && <Notice kind='error'>{f.formError}</Notice>}
      <Btn kind='primary' size='main' block busy={busy || uploading} onClick={() => void close()}>
        {busy ? t.closing : t.close}
      </Btn>
    </View>
  );
}
