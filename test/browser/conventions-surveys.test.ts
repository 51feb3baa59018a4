/** Conventions and surveys in the real sidebar (headless Chromium, sandbox with the full demo). */
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, launchChromium } from '../support/browser';

let browser: Browser;
let sandbox: Sandbox;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox?.close();
  await browser?.close();
});
afterEach(async () => {
  await page?.close();
});

async function openAs(user: string, sheet = 'Conventions'): Promise<Frame> {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${sandbox.url}/?as=${encodeURIComponent(user)}&sheet=${encodeURIComponent(sheet)}`);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector('li.partner');
  return sidebar;
}

describe('conventions', () => {
  it('lists conventions with the role awaited, and lets the DAF approve the one waiting for her', async () => {
    const sidebar = await openAs(DEMO_USERS.daf);
    await sidebar.click('[data-view=conventions]');
    await sidebar.waitForSelector('[data-testid=convention-list]');
    const waiting = sidebar.locator('li.partner', { hasText: 'attend : DAF' }).first();
    await waiting.click();
    await sidebar.waitForSelector('[data-testid=circuit]');
    await expect(sidebar.locator('[data-testid=circuit]').textContent()).resolves.toMatch(/juridique — approuvée/);
    await page.screenshot({ path: join(ARTIFACTS, 'convention-circuit.png') });
    await sidebar.click('[data-action=approve]');
    await sidebar.waitForFunction(() => /DAF — approuvée/.test(document.querySelector('[data-testid=circuit]')?.textContent ?? ''));
  });

  it('refuses a decision to a user who does not hold the awaited role', async () => {
    const sidebar = await openAs(DEMO_USERS.chargee);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('li.partner', { hasText: 'attend :' }).first().click();
    await sidebar.waitForSelector('[data-testid=circuit]');
    expect(await sidebar.locator('[data-action=approve]').count()).toBe(0);
  });
});

describe('surveys', () => {
  it('shows a campaign’s live progress and its scores', async () => {
    const sidebar = await openAs(DEMO_USERS.admin, 'Tableau satisfaction');
    await sidebar.click('[data-view=surveys]');
    await sidebar.waitForSelector('[data-testid=campaign-list]');
    await sidebar.locator('[data-testid=campaign-list] li').first().click();
    await sidebar.waitForSelector('[data-testid=results]');
    await expect(sidebar.locator('[data-testid=campaign-progress]').textContent()).resolves.toMatch(/^\d+\/\d+ envoyés · \d+ en attente · [1-9]\d* réponses/);
    await expect(sidebar.locator('[data-testid=nps]').textContent()).resolves.toMatch(/promoteurs \d+, passifs \d+, détracteurs \d+, n = [1-9]/);
    await page.screenshot({ path: join(ARTIFACTS, 'survey-results.png') });
  });
});
