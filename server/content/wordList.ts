// The local content check: a replaceable word list (GONGZHI_BLOCKED_WORDS, comma-separated,
// adds to the defaults, judged 其他). In the cloud, WeChat's security.msgSecCheck does this job;
// the defaults carry WeChat's label codes so a refusal reads the same in both.
import type { ContentChecker } from '../app/context';
import { refusalFor } from './labels';

const DEFAULT_WORDS: Array<[string, number]> = [
  ['傻逼', 20003],
  ['操你', 20003],
  ['去死', 20003],
  ['赌博网站', 20006],
  ['代开发票', 10001],
  ['办证刻章', 10001],
];

export function wordListChecker(extra: readonly string[] = (process.env.GONGZHI_BLOCKED_WORDS ?? '').split(',').filter(Boolean)): ContentChecker {
  const words: Array<[string, number]> = [...DEFAULT_WORDS, ...extra.map((w): [string, number] => [w, 21000])]
    .map(([w, l]): [string, number] => [w.trim().toLowerCase(), l])
    .filter(([w]) => w);
  return {
    async check(text) {
      const compact = text.toLowerCase().replace(/[\s\p{P}]/gu, '');
      const hit = words.find(([w]) => compact.includes(w));
      return hit ? { ok: false, reason: refusalFor(hit[1]), label: hit[1] } : { ok: true };
    },
  };
}
