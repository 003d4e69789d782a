// The foot of a form that opens inside a card: the form's message, then send and cancel.
import { View } from '@tarojs/components';
import { Btn } from './Btn';
import { Notice } from './states';
import { common } from '../ui/strings';

export function FormFooter({ error, busy, send, onSend, onCancel }: { error: string | null; busy: boolean; send: string; onSend: () => void; onCancel: () => void }) {
  return (
    <>
      {error && <Notice kind='error'>{error}</Notice>}
      <View className='gz-actions'>
        <Btn kind='primary' size='main' busy={busy} onClick={onSend}>
          {send}
        </Btn>
        <Btn kind='link' onClick={onCancel}>
          {common.cancel}
        </Btn>
      </View>
    </>
  );
}
