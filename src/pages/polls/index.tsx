import { ComingSoon } from '../../components/ComingSoon';
import { comingSoon } from '../../ui/strings';

export default function PollsPage() {
  return <ComingSoon {...comingSoon.polls} />;
}
