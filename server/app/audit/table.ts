// The audit area's part of the action table (committee and community only); spread into server/app/actions.ts.
import { pollAudit } from './pollAudit';
import { careAudit } from './careAudit';
import { contentAudit } from './contentAudit';

export const auditActions = {
  'audit.poll': pollAudit,
  'audit.care': careAudit,
  'audit.content': contentAudit,
} as const;
