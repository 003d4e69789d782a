// The after-photo of a finished task. Unlike the report's picker it does not upload at once: the
// photo is compressed on the phone (services/photos.ts) and kept until the task is finished, so a
// task finished in a basement keeps its photo in the offline queue until there is signal.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ChangeEvent } from 'react';
import { Btn } from '../../../components/Btn';
import { FileButton } from '../../../components/FileButton';
import { useSubmit } from '../../../components/useSubmit';
import { liveA11y } from '../../../components/a11y';
import { chooseDevicePhotos, prepareDevicePhoto, compressBrowserPhoto, PhotoError } from '../../../services/photos';
import { PHOTO_BYTES_MAX, sniffImage } from '../../../domain/issues';
import { tasksText as t } from '../../../ui/strings/tasks';
import { sizeText } from './model';

export interface PickedPhoto {
  /** The compressed photo, base64 without a data: prefix. */
  base64: string;
  /** What the <img> shows: a data: URL in the browser, the temporary file in WeChat. */
  preview: string;
  bytes: number;
}

const h5 = process.env.TARO_ENV === 'h5';

/** The first 12 bytes (16 base64 characters), enough to tell the image type. */
function headBytes(base64: string): Uint8Array {
  try {
    return new Uint8Array(Taro.base64ToArrayBuffer(base64.slice(0, 16)));
  } catch {
    return new Uint8Array(0);
  }
}

export function byteLength(base64: string): number {
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - pad;
}

/** Checks what the server will check (type by its bytes, ≤ 2 MB), so the message comes early. */
function checked(base64: string, preview?: string): PickedPhoto {
  const type = sniffImage(headBytes(base64));
  if (!type) throw new Error(t.photoType);
  const bytes = byteLength(base64);
  if (bytes > PHOTO_BYTES_MAX) throw new Error(t.photoTooBig);
  return { base64, bytes, preview: preview ?? `data:${type};base64,${base64}` };
}

function messageOf(e: unknown): string {
  if (e instanceof PhotoError) return e.problem === 'too_big' ? t.photoTooBig : t.photoUnreadable;
  return e instanceof Error && e.message ? e.message : t.photoUnreadable;
}

export function AfterPhoto(props: { id: string; label: string; hint: string; value: PickedPhoto | null; onChange: (p: PickedPhoto | null) => void; error?: string | null }) {
  const { id, label, hint, value, onChange, error } = props;
  // Compressing is this field's sending: busy while it runs, its problem said under the field.
  const f = useSubmit({ fields: [] });
  const { busy } = f;
  const shown = f.formError ?? error ?? null;

  const take = (prepare: () => Promise<PickedPhoto | null>) =>
    f.run(
      () => prepare().catch((e: unknown) => Promise.reject(new Error(messageOf(e)))),
      (photo) => void (photo && onChange(photo)),
    );

  const fromInput = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file may be chosen again
    if (file) void take(async () => checked(await compressBrowserPhoto(file)));
  };
  const fromDevice = () =>
    void take(async () => {
      const [path] = await chooseDevicePhotos(1);
      if (!path) return null;
      return checked(await prepareDevicePhoto(path), path);
    });

  const chooseText = value ? t.changePhoto : t.choosePhoto;
  return (
    <View className={`gz-field gz-photo ${shown ? 'gz-field--invalid' : ''}`} id={`${id}-field`}>
      <Text className='gz-field__label' id={`${id}-label`}>
        {label}
      </Text>
      {value && (
        <>
          {h5 ? (
            <img className='gz-photo__preview' src={value.preview} alt={t.photoPreview} />
          ) : (
            <Image className='gz-photo__preview' src={value.preview} mode='aspectFill' ariaLabel={t.photoPreview} />
          )}
          <Text className='gz-text'>{t.photoChosen(sizeText(value.bytes))}</Text>
        </>
      )}
      {busy && (
        <Text className='gz-muted' {...liveA11y('status')}>
          {t.photoCompressing}
        </Text>
      )}
      <View className='gz-actions'>
        {h5 ? (
          <FileButton id={id} label={label} text={chooseText} accept='image/jpeg,image/png,image/webp' disabled={busy} invalid={!!shown} onChange={fromInput} />
        ) : (
          <Btn kind='secondary' size='main' busy={busy} onClick={fromDevice}>
            {chooseText}
          </Btn>
        )}
        {value && (
          <Btn kind='link' onClick={() => onChange(null)}>
            {t.removePhoto}
          </Btn>
        )}
      </View>
      {!shown && <Text className='gz-muted'>{hint}</Text>}
      {shown && (
        <Text className='gz-field__error' id={`${id}-error`} {...liveA11y('alert')}>
          {shown}
        </Text>
      )}
    </View>
  );
}
