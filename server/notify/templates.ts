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

/** Per kind, semantic field → template keyword, where configuration overrides the catalogue's. */
export type TemplateKeys = Record<string, Record<string, string>>;

/** `GONGZHI_TPL_ISSUE_STATUS` → `GONGZHI_TPL_KEYS_ISSUE_STATUS`. */
export const keysVariable = (kind: string) => (CATALOGUE[kind as keyof typeof CATALOGUE]?.env ?? '').replace(/^GONGZHI_TPL_/, 'GONGZHI_TPL_KEYS_');

/**
 * The keyword overrides from `GONGZHI_TPL_KEYS_<KIND>='{"title":"thing3",…}'`, for a template
 * whose keywords differ from the catalogue's (another library template, or keywords in another
 * order). Checked at start: unlike a missing template id (one kind not sent), a wrong keyword
 * would make WeChat refuse every message of the kind (47003), so a bad setting stops the start
 * with the variable, the field and what is wrong named.
 */
export function templateKeysFrom(env: Record<string, string | undefined>): TemplateKeys {
  const out: TemplateKeys = {};
  for (const kind of MESSAGE_KINDS) {
    const name = keysVariable(kind);
    const text = env[name]?.trim();
    if (!text) continue;
    const fail = (what: string): never => {
      throw new Error(`${name}: ${what}`);
    };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      fail('不是合法的 JSON,应为 {"字段":"关键词"},例如 {"title":"thing3"}');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) fail('应为 JSON 对象 {"字段":"关键词"}');
    const fields = CATALOGUE[kind].fields as Record<string, { type: string; key: string }>;
    const keys: Record<string, string> = {};
    for (const [field, key] of Object.entries(parsed as Record<string, unknown>)) {
      const spec = fields[field];
      if (!spec) fail(`没有字段「${field}」,可用的字段:${Object.keys(fields).join(', ')}`);
      if (typeof key !== 'string' || !new RegExp(`^${spec.type}[1-9][0-9]*$`).test(key)) fail(`字段「${field}」的关键词 ${JSON.stringify(key)} 不对:应为 ${spec.type} 加编号,例如 ${spec.type}3`);
      keys[field] = key as string;
    }
    const used = Object.entries(fields).map(([f, spec]) => keys[f] ?? spec.key);
    const twice = used.find((k, i) => used.indexOf(k) !== i);
    if (twice) fail(`关键词 ${twice} 被两个字段使用`);
    out[kind] = keys;
  }
  return out;
}
