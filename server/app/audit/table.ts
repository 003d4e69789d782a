// The audit area's part of the action table (committee and community only); spread into server/app/actions.ts.
import { pollAudit } from './audit.poll';
import { careAudit } from './audit.care';
import { contentAudit } from './audit.content';

export const auditActions = {
  'audit.poll': pollAudit,
  'audit.care': careAudit,
  'audit.content': contentAudit,
} as const;
