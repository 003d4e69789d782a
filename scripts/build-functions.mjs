// npm run build:functions: bundle each cloud function folder into one index.js that can be
// uploaded as it is (no online npm install). The SQLite adapter must never be in a bundle.
import { build } from 'esbuild';
import { readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

const root = 'cloudfunctions';
const forbidden = [/server[\\/]store[\\/]sqlite/, /better-sqlite3/, /server[\\/]local[\\/]/];
const only = process.argv[2];
let failed = false;

for (const name of readdirSync(root)) {
  const entry = path.join(root, name, 'index.ts');
  if (!existsSync(entry) || (only && only !== name)) continue;
  const outfile = path.join(root, name, 'index.js');
  const result = await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const leaked = inputs.filter((file) => forbidden.some((re) => re.test(file)));
  if (leaked.length) {
    console.error(`✗ ${name}: the bundle contains local-only code: ${leaked.join(', ')}`);
    failed = true;
  }
  console.log(`✓ ${name}: ${outfile} ${(statSync(outfile).size / 1024).toFixed(0)} KB from ${inputs.length} files`);
}
process.exit(failed ? 1 : 0);
