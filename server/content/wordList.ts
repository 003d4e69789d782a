// The local content check: a replaceable word list (GONGZHI_BLOCKED_WORDS, comma-separated,
// adds to the defaults). In the cloud, WeChat's security.msgSecCheck does this job.
import type { ContentChecker } from '../app/context';

const DEFAULT_WORDS = ['傻逼', '操你', '去死', '赌博网站', '代开发票', '办证刻章'];

export function wordListChecker(extra: readonly string[] = (process.env.GONGZHI_BLOCKED_WORDS ?? '').split(',').filter(Boolean)): ContentChecker {
  const words = [...DEFAULT_WORDS, ...extra].map((w) => w.trim().toLowerCase()).filter(Boolean);
  return {
    async check(text) {
      const compact = text.toLowerCase().replace(/[\s\p{P}]/gu, '');
      const hit = words.find((w) => compact.includes(w));
      return hit ? { ok: false, reason: '内容含有不适宜发布的词语,请修改后再提交' } : { ok: true };
    },
  };
}
