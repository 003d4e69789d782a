import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The folder codemod (scripts/reshape.mjs) on a small git repository shaped like today's tree:
// where it puts actions, helpers, notices and the named moves, how it rewrites the specifiers
// that pointed at them, and that a second run changes nothing.
const SCRIPT = join(__dirname, '../../scripts/reshape.mjs');

const FIXTURE: Record<string, string> = {
  'server/app/action.ts': 'export const defineAction = <T>(a: T): T => a;\n',
  'server/app/actions.ts': "import { volunteerActions } from './volunteers/table';\nimport { pollActions } from './polls/table';\nexport const actions = { ...volunteerActions, ...pollActions };\n",
  'server/app/volunteers/table.ts': "import { logVisit } from './logVisit';\nimport { signUp } from './signUp';\nexport const volunteerActions = { 'care.visit': logVisit, 'volunteers.signup': signUp };\n",
  'server/app/volunteers/logVisit.ts':
    "import { defineAction } from '../action';\nimport { canSeeCare } from './careAccess';\nimport { notifyVisit } from './notify';\nimport type { CareDoc } from './model';\nexport const logVisit = defineAction({ name: 'care.visit', run: (d: CareDoc) => canSeeCare(d) && notifyVisit() });\n",
  'server/app/volunteers/signUp.ts': "import { defineAction } from '../action';\nexport const signUp = defineAction({ name: 'volunteers.signup' });\n",
  'server/app/volunteers/careAccess.ts': "import type { CareDoc } from './model';\nexport const canSeeCare = (d: CareDoc) => !!d;\n",
  'server/app/volunteers/notify.ts': 'export const notifyVisit = () => true;\n',
  'server/app/volunteers/model.ts': 'export interface CareDoc { _id: string }\n',
  'server/app/volunteers/twoActions.ts': "import { defineAction } from '../action';\nexport const a = defineAction({ name: 'care.a' });\nexport const b = defineAction({ name: 'care.b' });\n",
  'server/app/polls/table.ts': 'export const pollActions = {};\n',
  'server/app/notify/table.ts': 'export const notifyActions = {};\n',
  'server/app/notify/pollNotices.ts': "import { canSeeCare } from '../volunteers/careAccess';\nexport const pollNotice = canSeeCare;\n",
  'server/app/jobs/runJobs.ts': "import { pollNotice } from '../notify/pollNotices';\nimport * as access from \"../volunteers/careAccess\";\nexport const run = () => [pollNotice, access];\n",
  'src/ui/routes.ts': "export const PAGES = { me: '/pages/me/index' };\n",
  'src/app.config.ts': "import { PAGES } from './ui/routes';\nexport default PAGES;\n",
  'src/components/nav.ts': "export { PAGES } from '../ui/routes';\n",
  'test/app/care.test.ts':
    "import { logVisit } from '../../server/app/volunteers/care.visit';\njest.mock('../../server/app/volunteers/careAccess');\nconst real = jest.requireActual('../../server/app/volunteers/helpers/careAccess');\nconst where = require.resolve('../../src/routes');\nconst later = () => import('../../server/app/polls/notices');\n",
  'docs/architecture.md': 'A visit is logged in server/app/volunteers/logVisit.ts; not in server/app/volunteers/logVisit.tsx.\n',
};

let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo, encoding: 'utf8' });
const run = (...args: string[]) => execFileSync('node', [SCRIPT, '--root', repo, ...args], { encoding: 'utf8', stdio: 'pipe' });
const read = (path: string) => readFileSync(join(repo, path), 'utf8');
const there = (path: string) => existsSync(join(repo, path));

function makeRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reshape-'));
  for (const [path, text] of Object.entries(FIXTURE)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  repo = dir;
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'fixture');
  return dir;
}

// One fixture run through the lead's steps (a node process each: the machine is shared, so few).
describe('on a tree shaped like today’s', () => {
  let dry: string;
  let out: string;
  let status: string;
  beforeAll(() => {
    makeRepo();
    dry = run('--dry-run');
    expect(git('status', '--porcelain')).toBe('');
    out = run();
    status = git('status', '--porcelain');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('only prints the plan on --dry-run', () => {
    expect(dry).toContain('would move server/app/volunteers/logVisit.ts -> server/app/volunteers/care.visit.ts');
  });

  it('names each action file like its action and puts helpers in the area’s helpers folder, staged as git renames', () => {
    expect(out).toContain('git mv server/app/volunteers/logVisit.ts -> server/app/volunteers/care.visit.ts');
    for (const moved of ['server/app/volunteers/care.visit.ts', 'server/app/volunteers/volunteers.signup.ts', 'server/app/volunteers/helpers/careAccess.ts', 'server/app/volunteers/notices.ts']) expect(there(moved)).toBe(true);
    expect(there('server/app/volunteers/logVisit.ts')).toBe(false);
    expect(status).toContain('R  server/app/volunteers/logVisit.ts -> server/app/volunteers/care.visit.ts');
    // everything it changed is staged: nothing left for the lead to add by hand
    expect(status.split('\n').filter((l) => /^.[MD?]/.test(l))).toEqual([]);
  });

  it('keeps the table, the model and the folders that are not areas where they are, and names a file with two actions', () => {
    for (const kept of ['server/app/volunteers/table.ts', 'server/app/volunteers/model.ts', 'server/app/jobs/runJobs.ts', 'server/app/action.ts', 'server/app/volunteers/twoActions.ts']) expect(there(kept)).toBe(true);
    expect(out).toContain('left   server/app/volunteers/twoActions.ts: defines 2 actions (care.a, care.b)');
  });

  it('makes the named moves: the polls’ notices into polls, the route table to the top of src', () => {
    expect(there('server/app/polls/notices.ts')).toBe(true);
    expect(there('src/routes.ts')).toBe(true);
    expect(there('src/ui/routes.ts')).toBe(false);
  });

  it('rewrites imports, jest.mock, requireActual, require.resolve and import() that pointed at moved files, from moved and unmoved files', () => {
    expect(read('server/app/volunteers/table.ts')).toBe("import { logVisit } from './care.visit';\nimport { signUp } from './volunteers.signup';\nexport const volunteerActions = { 'care.visit': logVisit, 'volunteers.signup': signUp };\n");
    // a moved file's own imports: the table and model beside it, the kernel above it
    expect(read('server/app/volunteers/care.visit.ts')).toContain("import { canSeeCare } from './helpers/careAccess';\nimport { notifyVisit } from './notices';\nimport type { CareDoc } from './model';");
    expect(read('server/app/volunteers/helpers/careAccess.ts')).toBe("import type { CareDoc } from '../model';\nexport const canSeeCare = (d: CareDoc) => !!d;\n");
    expect(read('server/app/polls/notices.ts')).toContain("from '../volunteers/helpers/careAccess'");
    expect(read('server/app/jobs/runJobs.ts')).toBe("import { pollNotice } from '../polls/notices';\nimport * as access from \"../volunteers/helpers/careAccess\";\nexport const run = () => [pollNotice, access];\n");
    expect(read('src/app.config.ts')).toContain("from './routes'");
    expect(read('src/components/nav.ts')).toContain("from '../routes'");
    expect(read('test/app/care.test.ts')).toBe(
      "import { logVisit } from '../../server/app/volunteers/care.visit';\njest.mock('../../server/app/volunteers/helpers/careAccess');\nconst real = jest.requireActual('../../server/app/volunteers/helpers/careAccess');\nconst where = require.resolve('../../src/routes');\nconst later = () => import('../../server/app/polls/notices');\n",
    );
    expect(read('docs/architecture.md')).toBe('A visit is logged in server/app/volunteers/care.visit.ts; not in server/app/volunteers/logVisit.tsx.\n');
  });

  it('changes nothing when run again, and places a file added later by the same rule', () => {
    git('commit', '-qm', 'reshape');
    expect(run()).toContain('nothing to do');
    expect(git('status', '--porcelain')).toBe('');
    writeFileSync(join(repo, 'server/app/volunteers/pauseCare.ts'), "import { defineAction } from '../action';\nimport { canSeeCare } from './helpers/careAccess';\nexport const pauseCare = defineAction({ name: 'care.pause', run: canSeeCare });\n");
    expect(() => run()).toThrow(/not committed yet, commit them first: server\/app\/volunteers\/pauseCare.ts/);
    git('add', '-A');
    git('commit', '-qm', 'care.pause, merged');
    expect(run()).toContain('server/app/volunteers/pauseCare.ts -> server/app/volunteers/care.pause.ts');
    expect(read('server/app/volunteers/care.pause.ts')).toContain("from './helpers/careAccess'");
  });
});

it('stops before moving anything when two files would land on one name', () => {
  makeRepo();
  try {
    writeFileSync(join(repo, 'server/app/volunteers/logVisitAgain.ts'), "import { defineAction } from '../action';\nexport const again = defineAction({ name: 'care.visit' });\n");
    expect(() => run()).toThrow(/would both become server\/app\/volunteers\/care.visit.ts/);
    expect(there('server/app/volunteers/logVisit.ts')).toBe(true);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
});
