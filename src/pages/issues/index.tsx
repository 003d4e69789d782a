import { ComingSoon } from '../../components/ComingSoon';
import { comingSoon } from '../../ui/strings';

export default function IssuesPage() {
  return <ComingSoon {...comingSoon.issues} />;
}
