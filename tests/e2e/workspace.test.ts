import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, WebSocketRoute } from 'playwright-core';
import { startStack, type Stack } from '../support/stack.js';
import { launchBrowser, newSession, screenshot, setEditorCode, type Session } from './helpers/browser.js';

const TWO_SUM_PY = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

const TWO_SUM_WRONG_PY = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        return [0, 1]
`;

const TWO_SUM_SLOW_PY = `import time
class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        time.sleep(0.4)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;

const CPP_BROKEN = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        return {0, 1}
    }
};
`;

let stack: Stack;
let browser: Browser;
let s: Session;

async function openTwoSumInPython(session: Session): Promise<void> {
  const { page } = session;
  await page.goto(`${stack.url}/problems/two-sum`);
  await page.getByRole('heading', { name: 'Two Sum' }).waitFor();
  await page.getByLabel('Language').selectOption('python');
}

describe('the problem workspace in a browser', () => {
  beforeAll(async () => {
    stack = await startStack({ workers: 1 });
    browser = await launchBrowser();
    s = await newSession(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('lists, searches and filters the problems', async () => {
    const { page } = s;
    await page.goto(stack.url);
    await page.getByRole('heading', { name: 'Problems' }).waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'Two Sum', exact: true }).count()).toBe(1);
    const all = await page.locator('table.problems tbody tr').count();
    expect(all).toBeGreaterThan(5);
    await screenshot(page, 'problem-list');

    await page.getByLabel('Search problems').fill('two sum ii');
    await expect.poll(() => page.locator('table.problems tbody tr').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Two Sum II - Input Array Is Sorted' }).count()).toBe(1);
    await page.getByLabel('Search problems').fill('');
    await page.getByLabel('Difficulty', { exact: true }).selectOption('Hard');
    await expect.poll(() => page.getByRole('link', { name: 'Two Sum', exact: true }).count()).toBe(0);
    const hard = await page.locator('table.problems tbody tr').count();
    expect(hard).toBeGreaterThan(0);
    expect(hard).toBeLessThan(all);
    await page.getByLabel('Difficulty', { exact: true }).selectOption('');
    await page.getByLabel('Tag', { exact: true }).selectOption('Hash Table');
    await expect.poll(() => page.getByRole('link', { name: 'Two Sum', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Sort by acceptance' }).click();
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => page.locator('table.problems tbody tr').count()).toBe(all);
  });

  it('runs Two Sum in Python with an added custom test, then submits it to Accepted', async () => {
    const { page } = s;
    await openTwoSumInPython(s);
    await screenshot(page, 'problem');
    await setEditorCode(page, TWO_SUM_PY);

    const cases = page.getByRole('tablist', { name: 'Test cases' }).getByRole('tab');
    const samples = await cases.count();
    await page.getByRole('button', { name: 'Add test case' }).click();
    await expect.poll(() => cases.count()).toBe(samples + 1);
    await page.getByLabel(`nums of case ${samples + 1}`).fill('[1,5,9,3]');
    await page.getByLabel(`target of case ${samples + 1}`).fill('12');

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    const verdict = page.locator('.result h2.verdict');
    await verdict.waitFor({ timeout: 60_000 });
    expect(await verdict.textContent()).toBe('Accepted');
    await page
      .getByRole('tablist', { name: 'Case results' })
      .getByRole('tab', { name: `Case ${samples + 1}` })
      .click();
    const output = page.locator('.result .io-block', { has: page.locator('.io-label', { hasText: 'Output' }) }).locator('pre');
    expect(await output.textContent()).toMatch(/\[\s*(2,\s*3|3,\s*2)\s*\]/);

    const clicked = Date.now();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    // Progress is shown while the tests run (at least the status line before the verdict).
    await page.locator('.progress-label').waitFor({ timeout: 30_000 });
    await page.locator('.result h2.verdict', { hasText: 'Accepted' }).waitFor({ timeout: 60_000 });
    const elapsed = Date.now() - clicked;
    console.log(`[measure] Two Sum (Python): click Submit -> "Accepted" shown: ${elapsed} ms`);
    expect(await page.locator('.result').textContent()).toMatch(/testcases passed/);
    await page.locator('.distribution').waitFor({ timeout: 10_000 });
    expect(await page.locator('.distribution').textContent()).toMatch(/Beats \d+(\.\d)?%/);
    await page.getByRole('img', { name: /Runtime distribution/ }).waitFor();
    // A taller window shows the verdict and the chart together.
    await page.setViewportSize({ width: 1280, height: 1100 });
    await screenshot(page, 'problem-accepted');
    await page.setViewportSize({ width: 1280, height: 800 });

    await page.getByRole('tab', { name: 'Submissions' }).click();
    await page
      .getByRole('button', { name: /Open submission/ })
      .first()
      .click();
    await page.getByLabel('Submitted code').waitFor();
    // Once Monaco has highlighted it, the code's spaces are non-breaking ones.
    expect((await page.getByLabel('Submitted code').textContent())?.replace(/\u00a0/g, ' ')).toContain('def twoSum');
    await page.getByRole('tab', { name: 'Description' }).click();
  });

  it('shows the failing test of a wrong answer', async () => {
    const { page } = s;
    await openTwoSumInPython(s);
    await setEditorCode(page, TWO_SUM_WRONG_PY);
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('.result h2.verdict', { hasText: 'Wrong Answer' }).waitFor({ timeout: 60_000 });
    const failed = page.locator('.failed-test');
    await failed.waitFor();
    const text = (await failed.textContent()) ?? '';
    expect(text).toMatch(/Failed on test \d+/);
    expect(text).toContain('Input');
    expect(text).toContain('Expected');
    await screenshot(page, 'problem-wrong-answer');
  });

  it('marks compile errors on their lines', async () => {
    const { page } = s;
    await page.goto(`${stack.url}/problems/two-sum`);
    await page.getByLabel('Language').selectOption('cpp');
    await setEditorCode(page, CPP_BROKEN);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.locator('.result h2.verdict', { hasText: 'Compilation Error' }).waitFor({ timeout: 60_000 });
    expect(await page.locator('.result').textContent()).toMatch(/error/);
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 10_000 });
    await screenshot(page, 'problem-compile-error');
    await page.getByLabel('Language').selectOption('python');
  });

  it('resumes a submission after the connection drops', async () => {
    const session = await newSession(browser);
    const { page } = session;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/ws$/, (ws) => {
      ws.connectToServer();
      sockets.push(ws);
    });
    await openTwoSumInPython(session);
    await setEditorCode(page, TWO_SUM_SLOW_PY);
    await page.getByRole('status', { name: 'Connection: Live' }).waitFor();
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.locator('.progress-label').waitFor({ timeout: 30_000 });
    await sockets[0]!.close();
    await page.locator('.result h2.verdict', { hasText: 'Accepted' }).waitFor({ timeout: 90_000 });
    expect(sockets.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('status', { name: 'Connection: Live' }).waitFor();
    expect(session.foreign).toEqual([]);
    await session.context.close();
  });

  it('switches to the light theme and fits a 1024 px wide window', async () => {
    const session = await newSession(browser, { width: 1024, height: 768 });
    const { page } = session;
    await openTwoSumInPython(session);
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await page.locator('.monaco-editor').first().waitFor();
    const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'problem-light-1024');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('light');
    await session.context.close();
  });

  it('still shows the result after a reload in the middle of a run', async () => {
    const { page } = s;
    await openTwoSumInPython(s);
    await setEditorCode(page, TWO_SUM_SLOW_PY);
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.locator('.progress-label').waitFor({ timeout: 30_000 });
    await page.reload();
    await page.locator('.result h2.verdict', { hasText: 'Accepted' }).waitFor({ timeout: 90_000 });
  });

  it('signs up, keeping the guest progress, and shows the solve on the profile', async () => {
    const { page } = s;
    const username = `e2e_${Date.now().toString(36)}`;
    await page.goto(`${stack.url}/signup`);
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Password').fill('correct horse battery');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await page.waitForURL(`${stack.url}/profile`);
    await page.getByRole('heading', { name: username }).waitFor();
    expect(await page.getByLabel(/^Easy: 1 of \d+ solved$/).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Two Sum', exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /Activity heatmap/ }).waitFor();
    await screenshot(page, 'profile');

    await page.goto(stack.url);
    await page.getByLabel('Status', { exact: true }).selectOption('solved');
    await expect.poll(() => page.locator('table.problems tbody tr').count()).toBe(1);
  });

  it('sent nothing outside localhost and threw no page errors', () => {
    expect(s.foreign).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
