import { ComingSoon } from '../../components/ComingSoon';
import { comingSoon } from '../../ui/strings';

export default function VolunteerPage() {
  return <ComingSoon {...comingSoon.volunteer} />;
}
