// Which WeChat template each message kind uses in this environment. Template ids belong to one
// mini-program (each picks its own in the WeChat console), so they come from configuration:
// - one environment variable per kind (`GONGZHI_TPL_ISSUE_STATUS`, … as the catalogue names them),
// - or `GONGZHI_TEMPLATES`, a JSON object `{ "issue.status": "<id>", … }` (the variables win).
// The local host falls back to readable placeholders (`local-issue.status`) so that everything
// works without a WeChat account; the cloud has no fallback: a kind without an id is recorded
// as not sent, with the variable to set named in the reason.
import { CATALOGUE, MESSAGE_KINDS } from '../../src/domain/notifications';

export type TemplateIds = Record<string, string>;

export function templateIdsFrom(env: Record<string, string | undefined>, options: { placeholders: boolean }): TemplateIds {
  let fromJson: Record<string, unknown> = {};
  if (env.GONGZHI_TEMPLATES) {
    try {
      const parsed: unknown = JSON.parse(env.GONGZHI_TEMPLATES);
      if (parsed && typeof parsed === 'object') fromJson = parsed as Record<string, unknown>;
    } catch {
      // A broken setting must not stop the app: every kind then falls back or is not sent.
      console.error('[notify] GONGZHI_TEMPLATES is not valid JSON; ignored');
    }
  }
  const ids: TemplateIds = {};
  for (const kind of MESSAGE_KINDS) {
    const own = env[CATALOGUE[kind].env]?.trim();
    const json = typeof fromJson[kind] === 'string' ? (fromJson[kind] as string).trim() : '';
    const id = own || json || (options.placeholders ? `local-${kind}` : '');
    if (id) ids[kind] = id;
  }
  return ids;
}
