// Photos: a grid that opens the full-size viewer on tap, and a picker that adds photos (taken or
// chosen on the phone, compressed there, uploaded one by one) and removes them.
import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { Btn } from './Btn';
import { FileButton } from './FileButton';
import { buttonA11y, liveA11y } from './a11y';
import { handleSignedOut } from './useAction';
import { isApiError } from '../services/api';
import { chooseDevicePhotos, compressBrowserPhoto, prepareDevicePhoto, PhotoError, uploadPhoto, type Photo } from '../services/photos';
import { PHOTOS_MAX } from '../domain/issues';
import { PHOTO_IN_REVIEW } from '../domain/photos';
import { photosText as t } from '../ui/strings/issues';
import { imageProps } from './image';
import { PrivacyConsent } from './PrivacyConsent';
import { PrivacyRefused } from '../services/privacy';
import { privacyText } from '../ui/strings/privacy';
import './widgets.css';

const h5 = process.env.TARO_ENV === 'h5';

function preview(urls: string[], index: number): void {
  // Absolute addresses: the browser viewer and WeChat's both want them.
  const abs = urls.map((u) => (h5 && u.startsWith('/') ? `${window.location.origin}${u}` : u));
  void Taro.previewImage({ urls: abs, current: abs[index] })
    .then(() => h5 && keyboardViewer())
    .catch(() => undefined);
}

/**
 * Browser only. Taro's H5 viewer is a full-screen layer closed by a tap: give it a name, the
 * focus, and a key to close it (Escape, Enter or Space), then hand the focus back.
 */
function keyboardViewer(): void {
  const layer = document.querySelector<HTMLElement>('.preview-image');
  if (!layer) return;
  const before = document.activeElement as HTMLElement | null;
  layer.setAttribute('role', 'dialog');
  layer.setAttribute('aria-modal', 'true');
  layer.setAttribute('aria-label', t.viewer);
  layer.tabIndex = -1;
  layer.focus();
  const done = () => {
    document.removeEventListener('keydown', onKey, true);
    before?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' && e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    e.stopPropagation();
    layer.remove();
    done();
  };
  document.addEventListener('keydown', onKey, true);
  layer.addEventListener('click', done, { once: true });
}

function Thumb({ url, index, total, urls }: { url: string; index: number; total: number; urls: string[] }) {
  const open = () => preview(urls, index);
  return (
    <View className='gz-thumb' hoverClass='gz-btn--pressed' onClick={open} {...buttonA11y({ label: t.view(index + 1, total), onActivate: open })}>
      <Image className='gz-thumb__img' src={url} mode='aspectFill' {...imageProps('')} />
    </View>
  );
}

/** A photo still in WeChat's image check: a tile that says so instead of the picture. */
function InReview() {
  return (
    <View className='gz-thumb gz-thumb--review' {...(h5 ? { role: 'img', 'aria-label': t.inReviewLabel } : {})}>
      <Text className='gz-muted'>{t.inReview}</Text>
    </View>
  );
}

/**
 * Photos to look at; tapping one opens the viewer at that photo. A photo the server hides (''),
 * judged risky or never checked, is left out; one still in review shows as "审核中".
 */
export function PhotoGrid({ urls: given, label }: { urls: string[]; label?: string }) {
  const shown = given.filter((u) => u !== '');
  const urls = shown.filter((u) => u !== PHOTO_IN_REVIEW);
  const reviewing = shown.length - urls.length;
  if (shown.length === 0) return null;
  return (
    <View className='gz-thumbs' {...(h5 && label ? { role: 'group', 'aria-label': label } : {})}>
      {urls.map((u, i) => (
        <Thumb key={`${u}-${i}`} url={u} index={i} total={urls.length} urls={urls} />
      ))}
      {Array.from({ length: reviewing }, (_, i) => (
        <InReview key={`review-${i}`} />
      ))}
    </View>
  );
}

export function PhotoPicker(props: { id: string; label: string; photos: Photo[]; onChange: (photos: Photo[]) => void; onBusy?: (busy: boolean) => void; error?: string; max?: number }) {
  const { id, label, photos, onChange, onBusy, error, max = PHOTOS_MAX } = props;
  const [uploading, setUploading] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(photos);
  latest.current = photos;
  const left = max - photos.length - uploading;

  const onBusyRef = useRef(onBusy);
  onBusyRef.current = onBusy;
  useEffect(() => onBusyRef.current?.(uploading > 0), [uploading]);
  const busy = (delta: number) => setUploading((n) => n + delta);

  /** Prepares and uploads each source in turn; one bad photo does not stop the others. */
  async function addAll<S>(sources: S[], prepare: (s: S) => Promise<string>) {
    const take = sources.slice(0, Math.max(0, left));
    if (take.length === 0) return;
    setProblem(null);
    busy(take.length);
    for (const source of take) {
      try {
        const photo = await uploadPhoto(await prepare(source));
        const next = [...latest.current, photo];
        latest.current = next;
        onChange(next);
      } catch (e) {
        if (!handleSignedOut(e)) setProblem(e instanceof PhotoError || isApiError(e) ? (e as Error).message : t.failed);
      } finally {
        busy(-1);
      }
    }
  }

  const fromInput = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file may be chosen again after removing it
    void addAll(files, compressBrowserPhoto);
  };
  const fromDevice = async () => {
    setProblem(null);
    try {
      const paths = await chooseDevicePhotos(left);
      void addAll(paths, prepareDevicePhoto);
    } catch (e) {
      setProblem(e instanceof PrivacyRefused ? e.message : t.failed);
    }
  };

  const remove = (index: number) => {
    const next = photos.filter((_, i) => i !== index);
    latest.current = next;
    onChange(next);
  };

  const shown = problem ?? error;
  const addText = photos.length === 0 ? t.add : t.addMore(left);
  return (
    <View className={`gz-field ${shown ? 'gz-field--invalid' : ''}`} id={`${id}-field`}>
      <Text className='gz-field__label' id={`${id}-label`}>
        {label}
      </Text>
      {photos.length > 0 && (
        <View className='gz-thumbs'>
          {photos.map((p, i) => (
            <View key={p.fileId} className='gz-thumbs__item'>
              <Thumb url={p.url} index={i} total={photos.length} urls={photos.map((x) => x.url)} />
              <Btn kind='link' size='small' label={t.remove(i + 1)} onClick={() => remove(i)}>
                {t.removeShort}
              </Btn>
            </View>
          ))}
        </View>
      )}
      {uploading > 0 && (
        <View className='gz-state gz-state--inline' {...liveA11y('status')}>
          <View className='gz-spinner gz-spinner--small' />
          <Text>{t.uploading}</Text>
        </View>
      )}
      {left > 0 ? (
        h5 ? (
          <FileButton id={id} label={label} text={addText} accept='image/*' multiple invalid={!!shown} onChange={fromInput} />
        ) : (
          <>
            <PrivacyConsent what={privacyText.photos} />
            <Btn kind='secondary' size='main' block onClick={() => void fromDevice()}>
              {addText}
            </Btn>
          </>
        )
      ) : (
        uploading === 0 && <Text className='gz-muted'>{t.full(max)}</Text>
      )}
      {!shown && <Text className='gz-muted'>{t.hint(max)}</Text>}
      {shown && (
        <Text className='gz-field__error' id={`${id}-error`} {...liveA11y('alert')}>
          {shown}
        </Text>
      )}
    </View>
  );
}
