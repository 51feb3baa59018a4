/**
 * A proposal dossier in the real sidebar on a slow connection: a call of the Veille decided « Go »,
 * its pipeline card, « Monter le dossier » with the kit of the partner's type preselected, then the
 * dossier page with its five files (made once however often the button is clicked) and its checks;
 * the sandbox's demo dossier shows its checks: no problem, one warning.
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

const CALL = 'Appel « Jeunes et gouvernance locale » 2026';

it('goes from a call of the Veille to its dossier and its checks: « Go », the pipeline card, « Monter le dossier » once for a double click', async () => {
  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, sandbox: slowSandbox(), answer: '' });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  const before = dossierRows();
  await sidebar.click('.more');
  await sidebar.click('#tab-watch');
  const call = sidebar.locator('[data-testid=watch-call]', { hasText: CALL });
  await call.locator('[data-action="decide-Go"]').click();
  await call.locator('[role=status]', { hasText: /^Opportunité OPP-\d+ créée à l’étape « Cible »\.$/ }).waitFor();

  await sidebar.click('#tab-pipeline');
  const card = sidebar.locator('article.card', { hasText: CALL });
  await card.locator('[data-action=open-dossier]').click();
  await sidebar.locator('h2.dossier-title', { hasText: CALL }).waitFor();
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
  // As generated, the logframe's results have no indicator yet (and the call gave no amount): each named with its place and its file.
  const checks = sidebar.locator('[data-testid=dossier-checks]:not([aria-busy])');
  await checks.getByText(/^\d+ problème\(s\) à corriger avant la revue interne et la soumission/).waitFor();
  expect(await checks.locator('li.problem').count()).toBe(4);
  await checks.locator('li.warning', { hasText: 'Budget, ligne 31 (TOTAL GÉNÉRAL) : l’opportunité n’a pas de montant demandé en FCFA' }).waitFor();
  const r1 = checks.locator('li.problem', { hasText: /Cadre logique, tableau 1, ligne \d+ : le résultat R1 n’a pas d’indicateur avec une cible/ });
  expect(await r1.locator('a', { hasText: 'Ouvrir le fichier' }).getAttribute('href')).toBe(await files.nth(1).getAttribute('href'));
  await sidebar.locator('[data-action=ask-review]').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'dossier.png') });

  // The sandbox's own dossier: its logframe filled, no problem, the near deadline as its one warning.
  await sidebar.locator('button', { hasText: '← Pipeline' }).click();
  await sidebar.locator('article.card', { hasText: DEMO_DOSSIER_OPPORTUNITY }).locator('[data-action=open-dossier]').click();
  await sidebar.locator('[data-testid=dossier] .dossier-files a').nth(4).waitFor();
  await checks.getByText('Aucun problème ; 1 avertissement(s).').waitFor();
  expect(await checks.locator('li').allTextContents()).toEqual(['Avertissement — Dossier, date limite de dépôt : le 17 mars 2026, dans moins de 7 jours. ']);
  await page.screenshot({ path: join(ARTIFACTS, 'dossier-checks.png') });
});
