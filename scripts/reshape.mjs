#!/usr/bin/env node
// The server's folder shape, by rule (docs/architecture.md, "Server shape"). Run on a clean
// checkout: it `git mv`s every file that is not where the rule puts it, then rewrites every
// relative import / export-from / import() / require / require.resolve / jest.mock specifier (and
// every repository path written in code comments and docs) that pointed at a moved file. It
// decides by rule, not by a list, so files others add keep landing where they belong; running it
// again changes nothing.
//
//   node scripts/reshape.mjs            move and rewrite, printing each move
//   node scripts/reshape.mjs --dry-run  print what it would move, change nothing
//   node scripts/reshape.mjs --root DIR work on another checkout (the tests' fixture repos)
//
// The rule, for each area (a folder of server/app with a table.ts):
//   - a top-level file defining exactly one action (`defineAction({ name: 'care.visit', … })`)
//     is named like the action: server/app/volunteers/care.visit.ts;
//   - the area's table.ts, model.ts, collections.ts, jobs.ts and notices.ts stay at its top;
//     an area's `notify.ts` (the messages it sends) is its notices.ts;
//   - every other top-level file is a helper: server/app/<area>/helpers/<name>.ts;
//   - a file defining several actions is left where it is and named in the output: split it.
// And a few moves by name (RENAMES): a file that belongs to another area or to src/.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve, sep } from 'node:path';
import ts from 'typescript';

/** Moves by name, applied when the source exists and the target does not. */
export const RENAMES = {
  // the polls area's own notices, today kept by the notifications area
  'server/app/notify/pollNotices.ts': 'server/app/polls/notices.ts',
  // the one route table, read by the client and the server alike: at the top of src/
  'src/ui/routes.ts': 'src/routes.ts',
};

const APP = 'server/app';
const KEEP = new Set(['table.ts', 'model.ts', 'collections.ts', 'jobs.ts', 'notices.ts']);
const HELPERS = 'helpers';
/** Where relative specifiers are rewritten. */
const CODE_DIRS = ['src', 'server', 'test', 'bench', 'scripts', 'cloudfunctions', 'config', 'types'];
const CODE_EXT = /\.(ts|tsx|js|jsx|mjs|cjs)$/;
const DOC_FILES = (root) => ['README.md', ...listFiles(root, 'docs').filter((f) => f.endsWith('.md'))];
/** This script and its test spell out the paths they move: their path strings are not rewritten. */
const OWN_FILES = new Set(['scripts/reshape.mjs', 'test/scripts/reshape.test.ts']);
const RESOLVE_EXT = ['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.json'];

const toPosix = (p) => p.split(sep).join('/');

function listFiles(root, dir) {
  const abs = join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs).flatMap((name) => {
    if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) return [];
    const rel = posix.join(dir, name);
    return statSync(join(root, rel)).isDirectory() ? listFiles(root, rel) : [rel];
  });
}

/** The names of the actions a file defines: every `defineAction({ name: '<literal>' })`. */
export function actionNames(source, fileName = 'file.ts') {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const names = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineAction') {
      const arg = node.arguments[0];
      if (arg && ts.isObjectLiteralExpression(arg)) {
        for (const p of arg.properties) {
          if (ts.isPropertyAssignment(p) && p.name.getText(file) === 'name' && ts.isStringLiteralLike(p.initializer)) names.push(p.initializer.text);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return names;
}

/** The moves the rule asks for in this checkout: [{ from, to, why }], and the files it leaves. */
export function plan(root) {
  const moves = [];
  const left = [];
  for (const [from, to] of Object.entries(RENAMES)) {
    if (existsSync(join(root, from)) && !existsSync(join(root, to))) moves.push({ from, to, why: 'by name' });
  }
  const renamed = new Set(moves.map((m) => m.from));
  const appDir = join(root, APP);
  const areas = existsSync(appDir) ? readdirSync(appDir).filter((d) => statSync(join(appDir, d)).isDirectory() && existsSync(join(appDir, d, 'table.ts'))) : [];
  for (const area of areas.sort()) {
    const dir = posix.join(APP, area);
    for (const name of readdirSync(join(root, dir)).sort()) {
      const from = posix.join(dir, name);
      if (!name.endsWith('.ts') || statSync(join(root, from)).isDirectory() || renamed.has(from) || KEEP.has(name)) continue;
      const defined = actionNames(readFileSync(join(root, from), 'utf8'), from);
      if (defined.length > 1) {
        left.push({ file: from, why: `defines ${defined.length} actions (${defined.join(', ')}): split it, one action a file` });
        continue;
      }
      const to =
        defined.length === 1 ? posix.join(dir, `${defined[0]}.ts`) : name === 'notify.ts' ? posix.join(dir, 'notices.ts') : posix.join(dir, HELPERS, name);
      if (to !== from) moves.push({ from, to, why: defined.length === 1 ? `action ${defined[0]}` : name === 'notify.ts' ? 'the area’s notices' : 'helper' });
    }
  }
  // Two files to one place, or onto a file that stays: stop before touching anything.
  const targets = new Map();
  const moving = new Set(moves.map((m) => m.from));
  for (const m of moves) {
    if (targets.has(m.to)) throw new Error(`reshape: ${targets.get(m.to)} and ${m.from} would both become ${m.to}`);
    if (existsSync(join(root, m.to)) && !moving.has(m.to)) throw new Error(`reshape: ${m.to} exists already (moving ${m.from} there); rename one of them by hand`);
    targets.set(m.to, m.from);
  }
  return { moves, left };
}

/** The file a relative specifier names, in a tree where `exists` tells which paths exist. */
function resolveSpecifier(fromFile, spec, exists) {
  const base = posix.normalize(posix.join(posix.dirname(fromFile), spec));
  if (exists(base)) return { file: base, via: 'exact' };
  for (const ext of RESOLVE_EXT) if (exists(base + ext)) return { file: base + ext, via: 'ext' };
  for (const ext of RESOLVE_EXT) if (exists(posix.join(base, `index${ext}`))) return { file: posix.join(base, `index${ext}`), via: 'index' };
  return null;
}

const SPECIFIER =
  /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire(?:\.resolve)?\s*\(\s*|\bjest\.(?:mock|doMock|unmock|requireActual|requireMock|createMockFromModule)\s*\(\s*)(['"])(\.{1,2}\/[^'"\n]*)\2/g;

/**
 * Rewrites the relative specifiers of one file's text. `oldPath`/`newPath`: where the file was and
 * is; `movedTo(old)`: where a file of the old tree is now; `existedBefore(p)`: whether p was a file.
 */
export function rewriteSpecifiers(text, oldPath, newPath, movedTo, existedBefore) {
  let changed = 0;
  const out = text.replace(SPECIFIER, (whole, lead, quote, spec) => {
    const hit = resolveSpecifier(oldPath, spec, existedBefore);
    if (!hit) return whole;
    const target = movedTo(hit.file);
    if (target === hit.file && oldPath === newPath) return whole;
    let next;
    if (hit.via === 'index') next = posix.relative(posix.dirname(newPath), posix.dirname(target));
    else if (hit.via === 'exact') next = posix.relative(posix.dirname(newPath), target);
    else next = posix.relative(posix.dirname(newPath), target).replace(/\.(ts|tsx|js|jsx|mjs|cjs|json)$/, '');
    if (!next.startsWith('.')) next = `./${next}`;
    if (next === spec) return whole;
    changed += 1;
    return `${lead}${quote}${next}${quote}`;
  });
  return { text: out, changed };
}

/** Replaces whole repository paths of moved files (`server/app/x/y.ts`) in prose and comments. */
export function rewritePaths(text, moves) {
  let changed = 0;
  let out = text;
  for (const { from, to } of moves) {
    const pattern = new RegExp(`(?<![\\w./-])${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w.-])`, 'g');
    out = out.replace(pattern, () => {
      changed += 1;
      return to;
    });
  }
  return { text: out, changed };
}

export function reshape(root, { dryRun = false, log = console.log } = {}) {
  root = resolve(root);
  const { moves, left } = plan(root);
  for (const l of left) log(`left   ${l.file}: ${l.why}`);
  for (const m of moves) log(`${dryRun ? 'would move' : 'git mv'} ${m.from} -> ${m.to}  (${m.why})`);
  if (dryRun || moves.length === 0) {
    if (moves.length === 0) log('reshape: every file is where the rule puts it; nothing to do');
    return { moves, left, files: 0, specifiers: 0 };
  }
  // git mv moves tracked files only: say which are not, before anything moves.
  const tracked = new Set(execFileSync('git', ['ls-files', '-z', '--', ...moves.map((m) => m.from)], { cwd: root, encoding: 'utf8' }).split('\0'));
  const untracked = moves.filter((m) => !tracked.has(m.from)).map((m) => m.from);
  if (untracked.length) throw new Error(`reshape: not committed yet, commit them first: ${untracked.join(', ')}`);
  const before = new Map(moves.map((m) => [m.from, m.to]));
  const after = new Map(moves.map((m) => [m.to, m.from]));
  for (const m of moves) {
    mkdirSync(dirname(join(root, m.to)), { recursive: true });
    execFileSync('git', ['mv', m.from, m.to], { cwd: root });
  }
  // The old tree, seen from the new one: a path existed if it was moved away, or is there and was not moved in.
  const existedBefore = (p) => before.has(p) || (!after.has(p) && existsSync(join(root, p)) && statSync(join(root, p)).isFile());
  const movedTo = (p) => before.get(p) ?? p;
  let files = 0;
  let specifiers = 0;
  const changedFiles = [];
  const code = CODE_DIRS.flatMap((d) => listFiles(root, d)).filter((f) => CODE_EXT.test(f));
  const rootConfigs = readdirSync(root).filter((f) => CODE_EXT.test(f) && statSync(join(root, f)).isFile());
  for (const file of [...code, ...rootConfigs]) {
    const original = readFileSync(join(root, file), 'utf8');
    const specs = rewriteSpecifiers(original, after.get(file) ?? file, file, movedTo, existedBefore);
    const paths = OWN_FILES.has(file) ? { text: specs.text, changed: 0 } : rewritePaths(specs.text, moves);
    if (paths.text !== original) {
      writeFileSync(join(root, file), paths.text);
      changedFiles.push(file);
      files += 1;
      specifiers += specs.changed;
    }
  }
  for (const doc of DOC_FILES(root).filter((f) => existsSync(join(root, f)))) {
    const original = readFileSync(join(root, doc), 'utf8');
    const paths = rewritePaths(original, moves);
    if (paths.text !== original) {
      writeFileSync(join(root, doc), paths.text);
      changedFiles.push(doc);
      files += 1;
    }
  }
  // Staged with the moves, so `git commit` takes the reshape whole.
  if (changedFiles.length) execFileSync('git', ['add', '--', ...changedFiles], { cwd: root });
  log(`reshape: moved ${moves.length} files; rewrote ${specifiers} import specifiers; changed ${files} files`);
  return { moves, left, files, specifiers };
}

const invoked = process.argv[1] && toPosix(resolve(process.argv[1])).endsWith('scripts/reshape.mjs');
if (invoked) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--root');
  const root = at >= 0 ? args[at + 1] : process.cwd();
  try {
    reshape(root, { dryRun: args.includes('--dry-run') });
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

