// End-to-end support: `npm start` on a temporary database, and Debian's Chromium driven by
// playwright-core. Without Chromium the suite is skipped with one loud line, except in CI
// (CI=1), where that is a failure: .ci/run installs it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OkCall } from '../support/actionTypes';
import { chromium, type APIResponse, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: install it with apt-get install -y chromium`);
  console.warn(`SKIPPED browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
}

/** How long starting may take: an H5 build on a busy 2-core machine takes minutes. */
const START_MS = 600_000;

export interface App {
  base: string;
  /** The host's database file, for a test that must let time pass (open it through the Store port). */
  db: string;
  stop(): Promise<void>;
}

/**
 * Runs the README's `npm start` on a fresh database: it rebuilds the H5 pages first when they are
 * missing or older than src/ and config/ (scripts/fresh-h5.mjs; parallel workers build once and
 * the others wait), so the suite never tests a stale dist/h5.
 */
export async function startApp(): Promise<App> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gz-e2e-'));
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    // PORT=0: a free port, whatever else runs on this machine; the host prints which.
    env: { ...process.env, PORT: '0', GONGZHI_DB: path.join(dir, 'e2e.db'), GONGZHI_DEMO: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + START_MS - 20_000; // a stale or missing build is built first
  let base = '';
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const match = /running at (http:\/\/[\d.]+:\d+)/.exec(output);
    if (match) {
      base = match[1];
      break;
    }
    if (Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    db: path.join(dir, 'e2e.db'),
    stop: async () => {
      // The start script runs the host as its child: end the whole group.
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        /* already gone */
      }
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh context the size of a phone (390×844), in Chinese. */
export async function phoneContext(browser: Browser, extra: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', ...extra });
}

/**
 * A page signed in as `persona` (the demo sign-in) in a fresh phone context; with `elder`, 长辈模式
 * switched on in 我的 first. `context` adds context options (a time zone).
 */
export async function signedIn(browser: Browser, base: string, persona: string, { elder = false, context: extra }: { elder?: boolean; context?: BrowserContextOptions } = {}): Promise<Page> {
  const context = await phoneContext(browser, extra);
  const page = await context.newPage();
  const res = await page.request.post(`${base}/dev/sign-in`, { data: { persona } });
  expect(res.status()).toBe(200);
  // 长辈模式 is kept on the account and follows the person: every test starts from it off, so
  // an earlier test's switch on the same persona does not carry over.
  expect((await page.request.post(`${base}/api/me.elder`, { data: { elder: false } })).status()).toBe(200);
  if (elder) {
    await page.goto(`${base}/#/pages/me/index`);
    await page.getByRole('switch', { name: /长辈模式/ }).click();
    await page.locator('.gz-page.elder').first().waitFor();
  }
  return page;
}

/** Switches 长辈模式 on 我的 in the page's document, and waits until the screen shows it. */
async function switchElder(page: Page, base: string, elder: boolean): Promise<void> {
  await page.goto(`${base}/#/pages/me/index`);
  const toggle = onScreen(page).getByRole('switch', { name: /长辈模式/ });
  if ((await toggle.getAttribute('aria-checked')) !== String(elder)) await toggle.click();
  await page.locator(elder ? '.gz-page.elder:visible' : '.gz-page:not(.elder):visible').first().waitFor();
}

/** Taro's H5 keeps earlier pages in the document, hidden: the one on screen. */
export const onScreen = (page: Page): Locator => page.locator('.taro_page:visible');

/**
 * POSTs as the page's persona. Sent once more when the connection was reset before any answer: a
 * page kept for a whole file (browserSuite's `page`) reuses a kept-alive socket the host may
 * have closed after its idle timeout (Node's http server: 5 s) just as the request went out,
 * and a socket closed while idle never had the request read, so sending it again is safe.
 */
export async function post(page: Page, url: string, data: unknown): Promise<APIResponse> {
  try {
    return await page.request.post(url, { data });
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error;
    return page.request.post(url, { data });
  }
}

/**
 * Calls an action over HTTP as the page's signed-in persona (its cookie), for setting up or
 * checking what the screens show; throws with the server's error when refused.
 */
export async function apiCall<T>(page: Page, base: string, action: string, input: unknown = {}): Promise<T> {
  const res = await post(page, `${base}/api/${action}`, input);
  const body = (await res.json()) as { ok: boolean; data: T; error?: unknown };
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`);
  return body.data;
}

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's WCAG 2 A/AA rules on the page as it is; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Once per document: a shared page (browserSuite's `page`) keeps it between screens.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  const violations = (await page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run: (ctx: Document, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  })) as AxeViolation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** DOMAIN.md "Elderly residents": every text at least 24 px, every control at least 80 px high. */
export function elderSizes(page: Page): Promise<{ small: string[]; tiny: string[] }> {
  return page.evaluate(() => {
    const root = Array.from(document.querySelectorAll<HTMLElement>('.gz-page.elder')).find((el) => el.getClientRects().length > 0);
    const small: string[] = [];
    const tiny: string[] = [];
    if (!root) return { small: ['no elder page'], tiny };
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('*'))) {
      const own = Array.from(el.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
      if (own && el.getClientRects().length > 0 && parseFloat(getComputedStyle(el).fontSize) < 24) small.push(`${el.className}: ${el.textContent?.slice(0, 20)}`);
    }
    for (const el of Array.from(root.querySelectorAll<HTMLElement>('[role=button],[role=radio],[role=checkbox],input,textarea,select'))) {
      const box = el.getBoundingClientRect();
      if (box.width > 0 && box.height < 79.5) tiny.push(`${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 20)}: ${box.height}`);
    }
    return { small, tiny };
  });
}

/**
 * One describe block's running app and browser: started in beforeAll, stopped in afterAll. Read
 * `app` and `browser` inside tests (they exist once beforeAll ran). `timezoneId` for suites whose
 * screens show China time.
 */
export function browserSuite({ timezoneId }: { timezoneId?: string } = {}) {
  const shared = new Map<string, Page>();
  const suite = {
    app: undefined as unknown as App,
    browser: undefined as unknown as Browser,
    /** A page of its own (a fresh context, signed in): for a test that changes what it shows or needs a clean start. */
    signedIn: (persona: string, elder = false): Promise<Page> => signedIn(suite.browser, suite.app.base, persona, { elder, ...(timezoneId ? { context: { timezoneId } } : {}) }),
    /**
     * One signed-in page per persona and mode, kept for the whole file, for tests that only look at a
     * screen (the axe passes): each navigates it to its screen instead of paying for a context, a
     * sign-in and a cold start of the app. Don't close it. Same-document navigation is how a
     * resident moves through the app too; Taro keeps earlier screens hidden, and the checks read
     * the visible one (onScreen, elderSizes) or skip hidden ones (axe).
     */
    page: async (persona: string, elder = false): Promise<Page> => {
      const key = `${persona}|${elder}`;
      let page = shared.get(key);
      if (page && !page.isClosed()) {
        // 长辈模式 is kept on the account: another test may have switched it for this persona.
        expect((await post(page, `${suite.app.base}/api/me.elder`, { elder })).status()).toBe(200);
        return page;
      }
      // The persona's page in the other mode (the suites look at every screen in normal mode, then
      // in 长辈模式): switched on 我的 as a resident does, in the same document.
      const other = shared.get(`${persona}|${!elder}`);
      if (other && !other.isClosed()) {
        shared.delete(`${persona}|${!elder}`);
        await switchElder(other, suite.app.base, elder);
        shared.set(key, other);
        return other;
      }
      page = await suite.signedIn(persona, elder);
      shared.set(key, page);
      return page;
    },
    /** An action called over HTTP as the page's persona, typed by the action table (test/support/actionTypes.ts). */
    api: ((page: Page, action: string, input: unknown = {}) => apiCall(page, suite.app.base, action, input)) as OkCall<Page>,
  };
  beforeAll(async () => {
    suite.app = await startApp();
    suite.browser = await launch();
  }, START_MS);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.app?.stop();
  });
  return suite;
}

