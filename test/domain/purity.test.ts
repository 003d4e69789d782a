import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// These modules run in the WeChat mini-program as well as on the server: no Taro, no
// wx-server-sdk, no Node APIs.
const FILES = ['text.ts', 'area.ts', 'phone.ts', 'roster.ts', 'rosterDecode.ts', 'law278.ts', 'governance.ts', 'scorecard.ts'];
const source = (file: string) => readFileSync(join(__dirname, '../../src/domain', file), 'utf8');
// Strips comments so prose about Node or Taro does not trip the checks.
const code = (file: string) => source(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

describe.each(FILES)('src/domain/%s stays pure', (file) => {
  it('imports only sibling domain modules or zod/dayjs', () => {
    const specifiers = [...code(file).matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
    for (const s of specifiers) expect([file, s]).toEqual([file, expect.stringMatching(/^(\.\/[\w.]+|zod|dayjs(\/.*)?)$/)]);
  });

  it('uses no Node globals (require, process, Buffer, __dirname, global)', () => {
    expect(code(file)).not.toMatch(/\b(require\s*\(|process\.|Buffer\b|__dirname|__filename|global\.)/);
  });
});

it('law278 builds BigInt with BigInt(n), not literal syntax that an engine without BigInt cannot even parse', () => {
  expect(code('law278.ts')).not.toMatch(/\b\d+n\b/);
});
