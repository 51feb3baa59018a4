/**
 * « Ressources » in the real sidebar on a slow connection: the sandbox's register and its totals
 * against the annual target; an in-kind contribution added by quantity (staff days valued by
 * Paramètres › Valorisation) moves the totals; « Mettre à jour depuis les conventions » twice adds nothing.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
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

const registerRows = () => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Ressources')!.getLastRow() - 1);

it('adds staff time by quantity and sees the totals move; the feed run twice adds nothing', async () => {
  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-resources');
  const mobilised = sidebar.locator('[data-testid=mobilised]');
  await mobilised.filter({ hasText: /61\s150\s000\sFCFA/ }).waitFor();
  await sidebar.locator('[data-testid=target]', { hasText: /^61 % de l’objectif annuel \(100\s000\s000\sFCFA\)$/ }).waitFor();
  await sidebar.locator('[data-testid=resources] li', { hasText: 'taux à saisir' }).waitFor();

  await sidebar.click('[data-action=add-resource]');
  const form = sidebar.locator('[data-testid=resource-form]');
  await form.locator('[name=kind]').selectOption('En nature');
  await form.locator('[name=inKindCategory]').selectOption('Temps de personnel');
  await form.locator('[data-testid=valuation-line]', { hasText: /^Temps de personnel — 25\s000\sFCFA par jour$/ }).waitFor();
  await form.locator('[name=partnerSearch]').fill('ONU Femmes');
  await form.locator('.picker-option', { hasText: 'ONU Femmes Mali' }).click();
  await form.locator('[name=quantity]').fill('10');
  await form.locator('[name=label]').fill('Juristes mis à disposition');
  const before = registerRows();
  await form.locator('button[type=submit]').click();
  // 10 days × 25 000 FCFA: ONU Femmes had no convention, so the contribution adds in full.
  await mobilised.filter({ hasText: /61\s400\s000\sFCFA/ }).waitFor();
  await sidebar
    .locator('[data-testid=resources] li', { hasText: 'Juristes mis à disposition' })
    .filter({ hasText: /250\s000\sFCFA/ })
    .waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'resources-view.png') });
  expect(registerRows()).toBe(before + 1);

  const sync = sidebar.locator('[data-action=sync-resources]');
  await sync.click();
  await sidebar.locator('.action-status.succeeded', { hasText: '0 ajoutée, 0 mise à jour, 0 archivée.' }).waitFor();
  expect(registerRows()).toBe(before + 1);
});
