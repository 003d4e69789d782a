// npm run recount -- FILE: recounts a closed poll from its export (polls.exportRecount) and
// prints the result with the law's working as JSON, so anyone can check the official count offline.
// Accepts the committee's export and the public record published with the results (计票明细);
// when the file carries the published result (`published`), says on stderr whether this count
// reproduces it exactly.
// Exit 0: counted (and equal to `published` if given). Exit 1: the file is refused (unreadable,
// not JSON, or a problem in its content; every problem is printed on stderr with its place in the
// file). Exit 2: no file given. Exit 3: counted, but the result differs from `published`.
// Format and worked examples: docs/recount.md.
import { readFileSync } from 'node:fs';
import { recount } from '../server/app/polls/helpers/recountFile';

function main(argv: string[]): number {
  const args = argv.filter((a) => a !== '--');
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    process.stderr.write('用法: npm run recount -- 文件.json\n(文件来自表决结果页的"导出复核文件";格式见 docs/recount.md)\n');
    return 2;
  }
  const file = args[0];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`recount: ${file}: 无法读取文件(${code === 'ENOENT' ? '文件不存在' : (code ?? String(error))})\n`);
    return 1;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    process.stderr.write(`recount: ${file}: 不是有效的 JSON(${(error as Error).message})\n`);
    return 1;
  }
  const outcome = recount(parsed);
  if (!outcome.ok) {
    const shown = outcome.problems.slice(0, 50);
    process.stderr.write(`recount: ${file}: 文件有 ${outcome.problems.length} 处问题,未计票:\n`);
    for (const p of shown) process.stderr.write(`  ${p.path || '(整个文件)'}: [${p.code}] ${p.message}\n`);
    if (outcome.problems.length > shown.length) process.stderr.write(`  …另有 ${outcome.problems.length - shown.length} 处\n`);
    return 1;
  }
  process.stdout.write(JSON.stringify(outcome.count, null, 2) + '\n');
  const published = (parsed as { published?: unknown }).published;
  if (published === undefined) return 0;
  const differ = differences(outcome.count, published);
  if (differ.length === 0) {
    process.stderr.write('recount: 与公布的结果完全一致\n');
    return 0;
  }
  process.stderr.write(`recount: 与公布的结果不一致:${differ.join('、')}\n`);
  return 3;
}

/** The paths where two JSON values differ (key order ignored). */
function differences(a: unknown, b: unknown, at = ''): string[] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? [] : [at || '(整体)'];
  if (Array.isArray(a) !== Array.isArray(b)) return [at || '(整体)'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((k) => differences((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], at ? `${at}.${k}` : k));
}

process.exitCode = main(process.argv.slice(2));
