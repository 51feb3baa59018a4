/**
 * A proposal dossier in the real sidebar on a slow connection: from a pipeline card, « Monter le
 * dossier » with the kit of the partner's type preselected, then the dossier page with its five
 * files, made once however often the button is clicked; the sandbox's demo dossier is listed as made.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { DEMO_DOSSIER_OPPORTUNITY } from '../../src/dev/sandbox/demo-dossier';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

jest.setTimeout(120_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const dossierRows = () => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dossiers')!.getLastRow() - 1);

it('builds a dossier from a pipeline card: kit preselected, five files linked, one dossier for a double click', async () => {
  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, sandbox: slowSandbox(), answer: '' });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  const before = dossierRows();
  await sidebar.click('#tab-pipeline');
  const card = sidebar.locator('article.card', { hasText: 'Jeunes observateurs des élections locales 2026' });
  await card.locator('[data-action=open-dossier]').click();
  await sidebar.locator('h2.dossier-title', { hasText: 'Jeunes observateurs des élections locales 2026' }).waitFor();
  expect(await sidebar.locator('#dossier-kit').inputValue()).toBe('Bailleur institutionnel (UE, AFD…)');
  await sidebar.fill('#dossier-start', '2026-10-01');
  await sidebar.fill('#dossier-end', '2027-09-30');
  const button = sidebar.locator('[data-action=create-dossier]');
  await button.click();
  await button.click({ force: true }).catch(() => undefined);
  const files = sidebar.locator('[data-testid=dossier] .dossier-files a');
  await files.nth(4).waitFor();
  expect(await files.allTextContents()).toEqual(['Note conceptuelle', 'Cadre logique', 'Budget', 'Plan de mise en œuvre', 'Analyse des risques']);
  await sidebar.getByText('du 1er octobre 2026 au 30 septembre 2027', { exact: false }).waitFor();
  expect(dossierRows()).toBe(before + 1);
  await page.screenshot({ path: join(ARTIFACTS, 'dossier.png') });

  // The sandbox's own dossier opens on its files.
  await sidebar.locator('button', { hasText: '← Pipeline' }).click();
  await sidebar.locator('article.card', { hasText: DEMO_DOSSIER_OPPORTUNITY }).locator('[data-action=open-dossier]').click();
  await sidebar.locator('[data-testid=dossier] .dossier-files a').nth(4).waitFor();
});
