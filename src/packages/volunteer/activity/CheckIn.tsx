// A volunteer's own check-in on the day: scan the organiser's QR code (WeChat) or type the 6 digits.
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Btn } from '../../../components/Btn';
import { TextInput } from '../../../components/Field';
import { Notice } from '../../../components/states';
import { headingA11y } from '../../../components/a11y';
import { ScanButton } from '../../../components/ScanButton';
import { call, type Output } from '../../../services/api';
import { isPrivacyRefusal } from '../../../services/privacy';
import { checkInInput } from '../../../domain/schemas/volunteers';
import { privacyText } from '../../../ui/strings/privacy';
import { activityText as t } from '../../../copy/volunteers';
import { useAct, type Said } from '../components/useAct';

const weapp = process.env.TARO_ENV === 'weapp';
type Detail = Output<'volunteers.activity'>;

export function CheckIn({ d, reload, say }: { d: Detail; reload: () => Promise<void>; say: (s: Said) => void }) {
  const [code, setCode] = useState('');
  const a = useAct(reload, say, ['code']);
  const send = async (value: string) => {
    const input = a.check(checkInInput, { activityId: d.activity.id, code: value.trim() });
    if (input) await a.act('code', async () => (await call('volunteers.checkIn', input), t.checkedIn));
  };
  const scan = async () => {
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      const digits = /(\d{6})/.exec(r.result ?? '')?.[1] ?? '';
      setCode(digits);
      if (digits) await send(digits);
    } catch (e) {
      // Closing the camera is no error; declining the privacy guide is, and is said.
      if (isPrivacyRefusal(e)) say({ kind: 'error', text: privacyText.refused });
    }
  };
  return (
    <View className='gz-card'>
      <Text className='gz-h2' {...headingA11y(2)}>
        {t.checkIn}
      </Text>
      {weapp && <ScanButton kind='primary' label={t.scan} onScan={() => void scan()} />}
      <TextInput id='code' label={t.code} value={code} onChange={(v) => (setCode(v), a.clear('code'))} keyboard='number' maxLength={6} hint={t.checkInHint} error={a.errors.code} />
      {a.formError && <Notice kind='error'>{a.formError}</Notice>}
      <Btn kind={weapp ? 'secondary' : 'primary'} size='main' block busy={a.busy} onClick={() => void send(code)}>
        {t.doCheckIn}
      </Btn>
    </View>
  );
}
