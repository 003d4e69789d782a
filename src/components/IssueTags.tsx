// The small marks an issue carries in the feed and on its page: its status in words (colour is
// only a second signal), overdue service levels, and "仅物业可见".
import { Text } from '@tarojs/components';
import { feedText, slaText } from '../ui/strings/issues';
import './widgets.css';

type Tone = 'pending' | 'approved' | 'rejected' | 'role';

export function statusTone(status: string, closedAs: string | null): Tone {
  if (status === 'rejected' || closedAs === 'not_fixed') return 'rejected';
  if (status === 'closed' || status === 'done') return 'approved';
  if (status === 'reported' || status === 'reopened' || status === 'tabled') return 'pending';
  return 'role';
}

export function StatusTag({ status, closedAs, label }: { status: string; closedAs: string | null; label: string }) {
  return <Text className={`gz-tag gz-tag--${statusTone(status, closedAs)}`}>{label}</Text>;
}

export function SlaTags({ acceptOverdue, actionOverdue }: { acceptOverdue: boolean; actionOverdue: boolean }) {
  return (
    <>
      {acceptOverdue && <Text className='gz-tag gz-tag--overdue'>{slaText.acceptOverdue}</Text>}
      {actionOverdue && <Text className='gz-tag gz-tag--overdue'>{slaText.actionOverdue}</Text>}
    </>
  );
}

export function PrivateTag() {
  return <Text className='gz-tag gz-tag--role'>{feedText.private}</Text>;
}
