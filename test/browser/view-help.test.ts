/**
 * Each view's short help in the sidebar: a « ? » beside the heading, closed at first, opened and
 * closed by click or keyboard (aria-expanded says which), showing the « Aide » dialog's own text for
 * that view (domain/help/view-help.ts).
 */
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { VIEW_HELP, type HelpView } from '../../src/domain/help/view-help';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';

const chromium = useChromium();
// The help is in the page: a short delay per call is enough to show it never waits on the server.
const sandbox = useSandbox({ latencyMs: 300 });
let opened: OpenSidebar | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});
jest.setTimeout(60_000);

/** What the open help shows: the view's summary, then each step. */
const shown = (view: HelpView) => [VIEW_HELP[view].summary, ...VIEW_HELP[view].steps];

async function helpOf(sidebar: Frame, view: HelpView): Promise<string[]> {
  const toggle = sidebar.getByRole('button', { name: `Aide : ${VIEW_HELP[view].title}` });
  const panel = sidebar.locator(`#${await toggle.getAttribute('aria-controls')}`);
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  expect(await panel.isHidden()).toBe(true);
  await toggle.click();
  await panel.waitFor();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  return panel.locator('p, li').allTextContents();
}

it('the partners view and the pipeline each show their own help, closed until asked for', async () => {
  opened = await openSidebar(chromium(), USERS.officer, { sandbox: sandbox() });
  const { sidebar, page } = opened;
  await expect(helpOf(sidebar, 'partners')).resolves.toEqual(shown('partners'));
  await page.screenshot({ path: join(ARTIFACTS, 'view-help-partners.png') });

  await sidebar.click('#tab-pipeline');
  await sidebar.locator('h2', { hasText: 'Pipeline' }).waitFor();
  await expect(helpOf(sidebar, 'pipeline')).resolves.toEqual(shown('pipeline'));
});

it('opens and closes from the keyboard', async () => {
  opened = await openSidebar(chromium(), USERS.officer, { sandbox: sandbox() });
  const { sidebar } = opened;
  await sidebar.click('#tab-conventions');
  await sidebar.locator('h2', { hasText: 'Conventions' }).waitFor();
  const toggle = sidebar.getByRole('button', { name: `Aide : ${VIEW_HELP.conventions.title}` });
  const panel = sidebar.locator(`#${await toggle.getAttribute('aria-controls')}`);
  // From the heading, which has focus after navigation, Tab reaches the « ? ».
  await sidebar.locator('h2[data-view-heading]').focus();
  await opened.page.keyboard.press('Tab');
  await expect(toggle.evaluate((t) => t === document.activeElement)).resolves.toBe(true);
  await opened.page.keyboard.press('Enter');
  await sidebar.locator('[data-testid=view-help]:visible', { hasText: VIEW_HELP.conventions.summary }).waitFor();
  await opened.page.keyboard.press('Space');
  await panel.waitFor({ state: 'hidden' });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
});
