// The cloud function bundle: built by the same script as `npm run build:functions`, loadable on
// its own (it is uploaded as it is), and free of local-only code.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

describe('cloud function bundle', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build-functions.mjs', 'api'], { stdio: 'pipe' });
  });

  it('exports main from a self-contained index.js', () => {
    // A separate process: loading wx-server-sdk must not touch this test process.
    const out = execFileSync(process.execPath, ['-e', "const m=require('./cloudfunctions/api/index.js'); process.stdout.write(typeof m.main)"], { encoding: 'utf8' });
    expect(out).toBe('function');
  });

  it('contains neither the SQLite adapter nor the local host', () => {
    const code = readFileSync('cloudfunctions/api/index.js', 'utf8');
    expect(code).not.toMatch(/better-sqlite3|journal_mode|gz_session/);
    expect(code).toContain('wx_client');
  });
});
