// Bundles the local host into dist/host/main.cjs (esbuild, well under a second): `npm start` and
// the bench run it with plain node, which answers faster than running the TypeScript through a
// loader. better-sqlite3 stays external (a native module).
import { build } from 'esbuild';
import { renameSync } from 'node:fs';

export async function buildHost() {
  // Written aside and renamed: several starts at once (parallel tests) never load a half file.
  const temp = `dist/host/main.${process.pid}.cjs`;
  await build({
    entryPoints: ['server/local/main.ts'],
    outfile: temp,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['better-sqlite3'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  renameSync(temp, 'dist/host/main.cjs');
  return 'dist/host/main.cjs';
}

if (import.meta.url === `file://${process.argv[1]}`) buildHost().catch((error) => {
  console.error(error);
  process.exit(1);
});
