import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Browser, Request } from 'playwright-core';
import { clearRedisPrefix, createTestDatabase, startRole, TEST_REDIS_URL } from '../tests/support/stack.js';
import { launchBrowser } from '../tests/e2e/helpers/browser.js';
import { median } from './stats.js';

export interface PageLoad {
  /** JavaScript bytes on the wire (page and its workers), and the largest single file. */
  jsTransferred: number;
  jsDecoded: number;
  jsFiles: number;
  largestFile: { url: string; transferred: number };
  files: { url: string; transferred: number }[];
  /** Milliseconds from the start of navigation. */
  statementVisible: number;
  editorVisible: number;
}

const isScript = (request: Request) => request.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(request.url()).pathname);

// Runs in the page before its own scripts: the first frame in which the problem's title and,
// later, a line of code in the editor are laid out, in performance.now() time (0 = navigation start).
const observeFirstPaints = `(() => {
  const seen = (selector) => { const el = document.querySelector(selector); return !!el && el.getBoundingClientRect().height > 0; };
  window.__firstSeen = {};
  const tick = () => {
    if (window.__firstSeen.statement === undefined && seen('.markdown')) window.__firstSeen.statement = performance.now();
    if (window.__firstSeen.editor === undefined && seen('.monaco-editor .view-line')) window.__firstSeen.editor = performance.now();
    if (window.__firstSeen.editor === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** One cold load of a page in a fresh browser profile (empty cache). */
export async function loadOnce(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.addInitScript(observeFirstPaints);
  const scripts: Request[] = [];
  // Requests made by the page's dedicated workers reach the page's events too.
  page.on('requestfinished', (request) => {
    if (isScript(request)) scripts.push(request);
  });
  await page.goto(url);
  await page.locator('.monaco-editor .view-line').first().waitFor({ timeout: 120_000 });
  const seen = (await page.evaluate('window.__firstSeen')) as { statement?: number; editor?: number };
  // Workers and language modes the editor starts once it is up count too.
  await page.waitForLoadState('networkidle');
  let jsTransferred = 0;
  let jsDecoded = 0;
  let largestFile = { url: '', transferred: 0 };
  const files: PageLoad['files'] = [];
  for (const request of scripts) {
    const sizes = await request.sizes();
    const transferred = sizes.responseBodySize + sizes.responseHeadersSize;
    const body = await (await request.response())?.body().catch(() => undefined);
    jsTransferred += transferred;
    jsDecoded += body?.length ?? sizes.responseBodySize;
    files.push({ url: new URL(request.url()).pathname, transferred });
    if (transferred > largestFile.transferred) largestFile = { url: new URL(request.url()).pathname, transferred };
  }
  await context.close();
  return { jsTransferred, jsDecoded, jsFiles: scripts.length, largestFile, files, statementVisible: seen.statement ?? NaN, editorVisible: seen.editor ?? NaN };
}

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/**
 * `npm run bench page`: the problem page's JavaScript weight and how soon its statement and its
 * editor show, against the production build served by the web role (cold cache, median of runs).
 */
export async function measurePageWeight(runs: number, slug = 'two-sum'): Promise<PageLoad[]> {
  const prefix = `qcbench-${randomBytes(5).toString('hex')}`;
  const database = await createTestDatabase();
  const web = await startRole('web', { PORT: '0', HOST: '127.0.0.1', REDIS_URL: TEST_REDIS_URL, QUICKCODE_REDIS_PREFIX: prefix, DATABASE_URL: database.url, LOG_LEVEL: 'error' });
  const browser = await launchBrowser();
  const loads: PageLoad[] = [];
  try {
    const url = `${web.url}/problems/${slug}`;
    // One unmeasured load: the server compiles nothing in production, but warms its caches and the database.
    await loadOnce(browser, url);
    for (let i = 0; i < runs; i++) loads.push(await loadOnce(browser, url));
  } finally {
    await browser.close();
    await web.stop();
    await clearRedisPrefix(prefix);
    await database.drop();
  }
  const [load1] = os.loadavg();
  const largest = loads.reduce((a, b) => (b.largestFile.transferred > a.largestFile.transferred ? b : a)).largestFile;
  console.log(`\n## Problem page weight (/problems/${slug}, production build, cold cache, ${runs} runs, load average ${load1?.toFixed(2)})`);
  console.log(`JavaScript transferred: ${kib(median(loads.map((l) => l.jsTransferred)))} in ${median(loads.map((l) => l.jsFiles))} files (${kib(median(loads.map((l) => l.jsDecoded)))} decoded)`);
  console.log(`largest file: ${kib(largest.transferred)} (${largest.url})`);
  if (process.env.BENCH_PAGE_FILES) for (const f of loads[0]!.files.sort((a, b) => b.transferred - a.transferred)) console.log(`  ${kib(f.transferred)} ${f.url}`);
  console.log(`statement visible: median ${median(loads.map((l) => l.statementVisible)).toFixed(0)} ms (${loads.map((l) => l.statementVisible.toFixed(0)).join(', ')})`);
  console.log(`editor visible: median ${median(loads.map((l) => l.editorVisible)).toFixed(0)} ms (${loads.map((l) => l.editorVisible.toFixed(0)).join(', ')})`);
  return loads;
}
