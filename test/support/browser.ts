/** Headless Chromium (Debian's package) driven by playwright-core: the real browser for sidebar tests. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { restorerOf } from './workbooks';

export const ARTIFACTS = join(process.cwd(), 'test-artifacts');

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
  return found;
}

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // No sandbox as root in CI; no background networking: this machine has no internet.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** One Chromium for the test file: launched before its first test, closed after its last. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * Latency added to every server call by the browser tests that play a user on mobile data: each
 * google.script.run round trip to Apps Script takes from a few hundred milliseconds to over a second.
 */
export const SLOW_LINE_MS = 200;

/**
 * One sandbox (the demo workbook, full) for the test file, put back in its seeded state before each
 * test: every test starts from the same workbook without building it again. `latencyMs` is added to
 * every server call, as a slow connection to Apps Script would.
 */
export function useSandbox(opts: { latencyMs?: number } = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  let restore = (): void => {};
  beforeAll(async () => {
    sandbox = await startSandbox(opts);
    restore = restorerOf(sandbox.workbook.world);
  });
  beforeEach(() => restore());
  afterAll(async () => {
    await sandbox?.close();
  });
  return () => sandbox!;
}

export interface OpenSidebar {
  sandbox: Sandbox;
  page: Page;
  sidebar: Frame;
  close(): Promise<void>;
}

/**
 * The sidebar opened as `user` on `sandbox` (a fresh one when not given: closed with the page), once
 * its first screen (the partners list) shows. `answer` is what the user types into the page's
 * prompts (a motive asked by window.prompt).
 */
export async function openSidebar(browser: Browser, user: string, opts: { height?: number; answer?: string; sandbox?: Sandbox } = {}): Promise<OpenSidebar> {
  const own = !opts.sandbox;
  const sandbox = opts.sandbox ?? (await startSandbox());
  const page = await browser.newPage({ viewport: { width: 1280, height: opts.height ?? 800 } });
  if (opts.answer !== undefined) page.on('dialog', (d) => void d.accept(opts.answer));
  await page.goto(`${sandbox.url}/?as=${encodeURIComponent(user)}`);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector('li.partner');
  return {
    sandbox,
    page,
    sidebar,
    close: async () => {
      await page.close();
      if (own) await sandbox.close();
    },
  };
}

/**
 * Records, from now on, the texts `button` shows while it says it is working (aria-busy): on a
 * loaded machine a short call may be over before a test looks, so the state is watched, not sampled.
 * `seen()` waits until a busy text matching `pattern` was shown.
 */
export async function recordBusy(button: Locator): Promise<{ seen(pattern?: RegExp): Promise<void> }> {
  const handle = (await button.elementHandle())!;
  await handle.evaluate((b) => {
    const texts: string[] = [];
    Object.assign(b, { busyTexts: texts });
    const note = () => {
      if (b.getAttribute('aria-busy') === 'true') texts.push(b.textContent ?? '');
    };
    note();
    new MutationObserver(note).observe(b, { attributes: true, characterData: true, childList: true, subtree: true });
  });
  return {
    async seen(pattern = /[\s\S]*/) {
      const frame = (await handle.ownerFrame())!;
      await frame.waitForFunction(({ b, source }) => (b as unknown as { busyTexts: string[] }).busyTexts.some((t) => new RegExp(source).test(t)), {
        b: handle,
        source: pattern.source,
      });
    },
  };
}
