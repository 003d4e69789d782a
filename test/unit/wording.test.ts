// Every word the server says lives in src/copy/<area>.ts, where the wording can be reviewed in one
// place; server/app names it by key, and so do the input schemas the forms share with the server
// (src/domain/schemas). This guard reads both with the TypeScript parser, so Chinese in comments
// does not count, and fails on any string, template or regex literal that holds Chinese (Han
// characters or Chinese punctuation), naming the file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = join(__dirname, '..', '..');
/** The folders whose words must come from src/copy: the server's actions and the schemas they parse with. */
const KEYED = [join(ROOT, 'server', 'app'), join(ROOT, 'src', 'domain', 'schemas')];
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** Literals that stay, each with the reason. `file` is relative to the repository root. */
const ALLOWED: { file: string; text: string; reason: string }[] = [
  {
    file: 'server/app/home/helpers/item.ts',
    text: "'截止'",
    reason: 'a type, not wording: it pins the two due words the home screen knows; the values come from src/copy',
  },
  {
    file: 'server/app/home/helpers/item.ts',
    text: "'开始'",
    reason: 'a type, not wording: it pins the two due words the home screen knows; the values come from src/copy',
  },
];

interface Found {
  file: string;
  line: number;
  text: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The Chinese literals of one file's source text. */
function chineseLiterals(file: string, source: string): Found[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node) => {
    if (ts.isTemplateExpression(node)) {
      // One finding per template (its text around the ${…}), then whatever its expressions hold.
      const parts = [node.head, ...node.templateSpans.map((s) => s.literal)];
      if (parts.some((p) => CHINESE.test(p.text))) found.push({ file, line: at(node), text: node.getText(sf) });
      node.templateSpans.forEach((s) => visit(s.expression));
      return;
    }
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isRegularExpressionLiteral(node);
    if (literal && CHINESE.test(node.getText(sf))) found.push({ file, line: at(node), text: node.getText(sf) });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const isAllowed = (f: Found) => ALLOWED.some((a) => a.file === f.file && a.text === f.text);

describe('server wording lives in src/copy', () => {
  const files = KEYED.flatMap((dir) => sourceFiles(dir)).map((path) => ({ path, file: relative(ROOT, path).split('\\').join('/') }));
  const all = files.flatMap(({ path, file }) => chineseLiterals(file, readFileSync(path, 'utf8')));

  it('reads the shared input schemas as well as the actions', () => {
    expect(files.some((f) => f.file.startsWith('src/domain/schemas/'))).toBe(true);
    expect(files.some((f) => f.file.startsWith('server/app/'))).toBe(true);
  });

  it('finds no Chinese literal in server/app or src/domain/schemas outside the listed exceptions', () => {
    const stray = all.filter((f) => !isAllowed(f)).map((f) => `${f.file}:${f.line}: ${f.text}`);
    expect(stray).toEqual([]);
  });

  it('lists only exceptions that still exist, each with a reason', () => {
    for (const allowed of ALLOWED) {
      expect(allowed.reason.length).toBeGreaterThan(10);
      expect(all.some((f) => f.file === allowed.file && f.text === allowed.text)).toBe(true);
    }
  });

  it('catches Chinese in strings, templates and regexes but not in comments', () => {
    const sample = [
      '// 注释里的中文不算',
      "const a = '请填写标题';",
      // eslint-disable-next-line no-template-curly-in-string -- source text of a template, on purpose
      'const b = `第 ${n} 轮${x ? `(${y})` : \'\'}`;',
      'const c = /^\\d+栋$/;',
      '/* 块注释 */ const d = "ok";',
      "const e = x.join('、');",
    ].join('\n');
    expect(chineseLiterals('sample.ts', sample).map((f) => f.line)).toEqual([2, 3, 4, 6]);
  });
});
