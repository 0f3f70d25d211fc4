import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '@quickcode/protocol';

export const screenshotsDir = path.join(repoRoot(), 'docs', 'screenshots');

/** Debian's Chromium, headless, with nothing that phones home. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the local server (must stay empty). */
  foreign: string[];
  /** Uncaught page errors. */
  pageErrors: string[];
}

/** A fresh browser profile at 1280x800 that refuses (and records) any request leaving localhost. */
export async function newSession(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<Session> {
  const context = await browser.newContext({ viewport, colorScheme: 'dark' });
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1' || url.hostname === 'localhost') {
      await route.continue();
    } else {
      foreign.push(url.href);
      await route.abort();
    }
  });
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(err.message));
  return { context, page, foreign, pageErrors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) });
}

/**
 * Replace the editor's whole content as a user selecting all and pasting would (typing
 * line by line would be re-indented by the editor, as it is for a person typing).
 */
export async function setEditorCode(page: Page, code: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Code editor' });
  await editor.waitFor({ state: 'attached', timeout: 60_000 });
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('ControlOrMeta+KeyA');
  await editor.evaluate((el, text) => {
    // Runs in the page; typed loosely because the tests compile without the DOM library.
    const dom = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, value: string): void };
      ClipboardEvent: new (type: string, init: object) => object;
    };
    const data = new dom.DataTransfer();
    data.setData('text/plain', text);
    (el as unknown as { dispatchEvent(event: object): boolean }).dispatchEvent(new dom.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, code);
}
