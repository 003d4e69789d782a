// Scanning a QR code with the camera: WeChat's privacy guide first (the camera is personal
// information under its rules), then the button. Only where the platform can scan.
import { Btn } from './Btn';
import { PrivacyConsent } from './PrivacyConsent';
import { privacyText } from '../ui/strings/privacy';

export function ScanButton({ label, kind, onScan }: { label: string; kind: 'primary' | 'secondary'; onScan: () => void }) {
  return (
    <>
      <PrivacyConsent what={privacyText.scan} />
      <Btn kind={kind} size='main' block onClick={onScan}>
        {label}
      </Btn>
    </>
  );
}
