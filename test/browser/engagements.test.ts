/**
 * « Engagements » in the real sidebar on a slow connection (every call 1.5 s more): the sandbox's
 * commitments listed (every status), the 7-day and overdue windows changing the list, « Marquer
 * réalisé » with its proof double-clicked sending one request and storing once, and a reader offered no write control.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS, recordBusy } from '../support/browser';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

jest.setTimeout(120_000);

async function openCommitments(user: string): Promise<void> {
  opened = await openSidebar(chromium(), user, { height: 1100, sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-commitments');
  await sidebar.locator('p.count', { hasText: /engagement/ }).waitFor();
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const labels = () => sidebar.locator('[data-testid=commitments] li .partner-name').allTextContents();
/** Clicks a window and waits until the list shows `first` first. */
async function choose(window: string, first: string): Promise<string[]> {
  await sidebar.click(`[data-window="${window}"]`);
  await sidebar.locator('[data-testid=commitments] li:first-child .partner-name', { hasText: first }).waitFor();
  await sidebar.locator('[data-testid=commitments]:not([aria-busy])').waitFor();
  return labels();
}
const engagement = (label: string) =>
  sandbox.workbook.world.run(() => {
    const [head, ...rows] = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Engagements')!.getDataRange().getValues();
    return rows.filter((r) => r[head.indexOf('Libellé')] === label).map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
  });

it('lists my commitments in every status with the compliance rate; the 7-day and overdue windows change the list', async () => {
  await openCommitments(DEMO_USERS.chargee);
  const items = sidebar.locator('[data-testid=commitments] li');
  for (const status of ['À venir', 'En cours', 'En retard', 'Réalisé', 'Annulé']) await items.locator('.badge', { hasText: status }).first().waitFor();
  await sidebar.locator('[data-testid=compliance]', { hasText: 'Respect des échéances' }).waitFor();
  await sidebar.locator('[data-testid=commitments] li', { hasText: 'Échéance : 2 mars 2026' }).waitFor();
  const all = await labels();
  expect(all.length).toBeGreaterThan(6);

  const week = await choose('7', 'Plan de travail annuel');
  expect(week).toEqual(['Plan de travail annuel']);
  const overdue = await choose('overdue', 'Rapport de démarrage');
  expect(overdue).toEqual(['Rapport de démarrage']);
  // By partner, all partners: the partner's own overdue payment too.
  await sidebar.selectOption('[data-filter=by]', 'partner');
  await sidebar.locator('[data-testid=commitments] li', { hasText: 'Apport au fonds de démarrage' }).filter({ hasText: '1 500 000 FCFA' }).waitFor();
  expect(await labels()).toEqual(expect.arrayContaining(['Rapport de démarrage', 'Apport au fonds de démarrage']));
});

it('« Marquer réalisé » with a proof, double-clicked, stores once and the item shows « Réalisé »', async () => {
  await openCommitments(DEMO_USERS.chargee);
  const item = sidebar.locator('[data-testid=commitments] li', { hasText: 'Rapport de démarrage' });
  await item.locator('[data-action=mark-done]').click();
  // The writes the sidebar sends from here on.
  const sent: string[] = [];
  page.on('request', (r) => {
    const name = /\/run\/(\w+)/.exec(r.url())?.[1];
    if (name && r.method() === 'POST' && name !== 'listCommitments' && name !== 'commitmentCompliance') sent.push(name);
  });
  const form = item.locator('[data-testid=mark-done-form]');
  await expect(form.locator('[name=doneOn]').inputValue()).resolves.toBe('2026-03-12');
  await form.locator('[name=proof]').fill('https://drive.google.com/file/d/rapport-demarrage/view');
  const save = form.locator('button[type=submit]');
  const working = await recordBusy(save);
  await save.dblclick();
  await working.seen();
  await item.locator('.badge', { hasText: 'Réalisé' }).waitFor();
  await item.locator('.done-on', { hasText: 'Réalisé le 12 mars 2026, avec 10 jours de retard' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'engagements-view.png') });
  const rows = engagement('Rapport de démarrage');
  expect(rows.map((r) => [r.Statut, r.Preuve])).toEqual([['Réalisé', 'https://drive.google.com/file/d/rapport-demarrage/view']]);
  expect(sent).toEqual(['markCommitmentDone']);
});

it('« Ajouter un engagement » every 3 months adds the series once; « Actualiser le tableau » writes the sheet', async () => {
  await openCommitments(DEMO_USERS.chargee);
  await sidebar.click('[data-action=add-commitment]');
  const form = sidebar.locator('[data-testid=commitment-form]');
  await form.locator('[name=kind]').selectOption('Rapport narratif');
  await form.locator('[name=label]').fill('Note de suivi trimestrielle');
  await form.locator('[name=due]').fill('2026-04-30');
  await form.locator('[name=amount]').fill('250000');
  await form.locator('[name=risk]').selectOption('Moyen');
  await form.locator('[name=recurring]').check();
  await form.locator('[name=everyMonths]').selectOption('3');
  await form.locator('[name=until]').fill('2027-01-31');
  await form.locator('button[type=submit]').dblclick();
  await sidebar.locator('#notice:not([hidden])', { hasText: '4 engagements ajoutés' }).waitFor();
  // 30 April, 31 July, 31 October 2026, 31 January 2027: one row each, sharing the series.
  const series = engagement('Note de suivi trimestrielle');
  expect(series.map((r) => [r.Montant, r.Risque, r.Série])).toEqual(Array(4).fill([250000, 'Moyen', series[0].ID]));
  await sidebar.locator('[data-testid=commitments] li', { hasText: 'Note de suivi trimestrielle' }).first().waitFor();

  const refresh = sidebar.locator('[data-action=refresh-commitment-board]');
  await refresh.click();
  await sidebar.locator('.action-status', { hasText: 'Feuille « Tableau des engagements » réécrite' }).waitFor();
  const board = sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Tableau des engagements')!.getDataRange().getValues());
  expect(board[1].slice(3, 9)).toEqual(['Rapport de démarrage', 'Nous', DEMO_USERS.chargee, expect.anything(), 'En retard', 10]);
});

it('a reader sees the commitments and no control that writes', async () => {
  await openCommitments(DEMO_USERS.lecteur);
  await sidebar.selectOption('[data-filter=by]', 'partner');
  await sidebar.locator('[data-testid=commitments] li', { hasText: 'Rapport de démarrage' }).waitFor();
  await sidebar.locator('[data-testid=commitments]:not([aria-busy])').waitFor();
  const writes = await sidebar.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#view [data-endpoint], #view [data-action=mark-done], #view [data-action=cancel-commitment]')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.textContent),
  );
  expect(writes).toEqual([]);
});
