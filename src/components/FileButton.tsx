// Browser only: choosing photos from the computer or phone, as a file input dressed as the
// secondary button. The input itself keeps the field's name and its error (aria-describedby).
import type { ChangeEvent } from 'react';

export function FileButton(props: { id: string; label: string; text: string; accept: string; multiple?: boolean; disabled?: boolean; invalid?: boolean; onChange: (e: ChangeEvent<HTMLInputElement>) => void }) {
  const { id, label, text, accept, multiple, disabled, invalid, onChange } = props;
  return (
    <label className='gz-file'>
      <span className='gz-btn gz-btn--secondary gz-btn--main'>{text}</span>
      <input
        id={id}
        className='gz-file__input'
        type='file'
        accept={accept}
        multiple={multiple}
        aria-label={`${label}：${text}`}
        onChange={onChange}
        disabled={disabled}
        {...(invalid ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {})}
      />
    </label>
  );
}
