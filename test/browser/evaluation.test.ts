/**
 * The joint evaluation view in the real sidebar on a slow connection (every call 1.5 s more), on the
 * sandbox's demo evaluations: the completed one shows both sides with the flagged gap, the NPS and
 * the compliance; the one in progress is rated and saved once however often « Enregistrer » is
 * clicked, then decided; « Clore » without lessons learnt is refused beside the field; a reader
 * sees the evaluation and no control that writes.
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

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

async function open(user: string): Promise<void> {
  // Confirmations are accepted.
  opened = await openSidebar(chromium(), user, { height: 1400, sandbox: slowSandbox(), answer: '' });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
}

/** The partner of the demo's evaluations, its page. */
async function openPartner(): Promise<void> {
  await sidebar.fill('#search', 'Open Society');
  await sidebar.locator('li.partner', { hasText: 'Open Society Initiative for West Africa' }).click();
  await sidebar.waitForSelector('h2.partner-title');
}

/** The in-progress evaluation from « Ma semaine ». */
async function openFromWeek(): Promise<void> {
  await sidebar.click('.more');
  await sidebar.click('#tab-week');
  await sidebar.locator('[data-testid=my-week] [data-action=open-evaluation]').click();
  await sidebar.locator('[data-testid=evaluation-grid]').waitFor();
}

/** « Évaluations » rows as records by header. */
const evaluations = () =>
  sandbox.workbook.world.run(() => {
    const [head, ...rows] = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Évaluations')!.getDataRange().getValues();
    return rows.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
  });

/** The writes the sidebar sends from now on. */
function writesSent(): string[] {
  const sent: string[] = [];
  page.on('request', (r) => {
    const name = /\/run\/(\w+)/.exec(r.url())?.[1];
    if (name && r.method() === 'POST' && !/^get/.test(name)) sent.push(name);
  });
  return sent;
}

it('the completed evaluation shows both sides with the flagged gap, the NPS, the compliance and the decision', async () => {
  // The admin: a partner's own satisfaction answers are the detail roles' (Paramètres).
  await open(DEMO_USERS.admin);
  await openPartner();
  await sidebar.click('[data-action=open-last-evaluation]');
  const gaps = sidebar.locator('[data-testid=gaps]');
  await gaps.waitFor();
  const flagged = gaps.locator('tr.flagged');
  await expect(flagged.allTextContents()).resolves.toEqual(['Gouvernance et communicationVertRouge⚠ à discuter']);
  await sidebar.locator('[data-testid=overall-partner]', { hasText: 'Résultat global (Partenaire) : Orange' }).waitFor();
  await sidebar.locator('[data-testid=nps]', { hasText: 'NPS : 8 / 10 (passif)' }).waitFor();
  await sidebar.locator('[data-testid=evaluation-compliance]', { hasText: 'Nous : 33 % (1 à temps sur 3)' }).waitFor();
  await sidebar.locator('[data-testid=evaluation-compliance]', { hasText: 'Partenaire : 0 % (0 à temps sur 1)' }).waitFor();
  await sidebar.locator('[data-testid=decision]', { hasText: 'Maintenir' }).waitFor();
  // Decided: the grid and the decision form are no longer offered.
  expect(await sidebar.locator('[data-testid=evaluation-grid], [data-testid=decision-form]').count()).toBe(0);
  await page.screenshot({ path: join(ARTIFACTS, 'evaluation-gaps.png'), fullPage: true });
});

it('the evaluation in progress, from Ma semaine: rated and saved once on a double click, then decided « Maintenir »', async () => {
  await open(DEMO_USERS.chargee);
  await openFromWeek();
  await sidebar.locator('[data-testid=evaluation-history]', { hasText: 'Évaluations précédentes (1)' }).waitFor();
  await sidebar.getByText('Les réponses de chaque partenaire sont réservées aux rôles choisis dans Paramètres.').waitFor();
  const ratings: [string, string][] = [
    ['Gouvernance et communication', 'Orange'],
    ['Respect des engagements', 'Vert'],
    ['Résultats obtenus', 'Vert'],
    ['Gestion financière', 'Rouge'],
    ['Valeur ajoutée mutuelle', 'Vert'],
    ['Perspectives', 'Vert'],
  ];
  for (const [dimension, level] of ratings)
    await sidebar
      .getByRole('group', { name: new RegExp(dimension) })
      .getByRole('radio', { name: level })
      .check();
  await sidebar.fill('[data-testid=evaluation-grid] [name=comments]', 'Retards dans les justificatifs financiers.');
  const sent = writesSent();
  const save = sidebar.locator('[data-testid=evaluation-grid] button[type=submit]');
  const working = await recordBusy(save);
  await save.dblclick();
  await working.seen();
  await sidebar.locator('.action-status', { hasText: 'Grille enregistrée.' }).waitFor();
  // Our overall rating is capped by the red critical dimension, and says so.
  await sidebar.locator('[data-testid=overall-ours]', { hasText: 'Rouge' }).filter({ hasText: '« Gestion financière » est une dimension critique' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'evaluation-view.png'), fullPage: true });
  expect(sent).toEqual(['saveEvaluation']);
  const inProgress = evaluations().filter((r) => r.Statut === 'En cours');
  expect(inProgress.map((r) => [r['Gouvernance et communication (nous)'], r['Gestion financière (nous)'], r['Commentaires (nous)']])).toEqual([
    ['Orange', 'Rouge', 'Retards dans les justificatifs financiers.'],
  ]);

  const form = sidebar.locator('[data-testid=decision-form]');
  await form.getByRole('radio', { name: 'Maintenir' }).check();
  await form.locator('[name=justification]').fill('Partenariat utile ; plan de redressement financier demandé.');
  await form.locator('button[type=submit]').click();
  await sidebar.locator('[data-testid=decision]', { hasText: 'Maintenir' }).filter({ hasText: 'plan de redressement financier' }).waitFor();
  await sidebar.locator('#notice', { hasText: 'Décision enregistrée : Maintenir.' }).waitFor();
  expect(evaluations().map((r) => [r.Statut, r.Décision])).toEqual([
    ['Décidée', 'Maintenir'],
    ['Décidée', 'Maintenir'],
  ]);
});

it('« Clore » without the lessons learnt is refused beside the field, nothing sent; with them, the closing report is linked', async () => {
  await open(DEMO_USERS.chargee);
  await openFromWeek();
  const form = sidebar.locator('[data-testid=decision-form]');
  await form.getByRole('radio', { name: 'Clore' }).check();
  await form.locator('[name=justification]').fill('Objectifs atteints, fin du programme.');
  const sent = writesSent();
  await form.locator('button[type=submit]').click();
  const lessons = form.locator('[name=lessons]');
  await form.locator('.field-error', { hasText: 'La clôture du partenariat demande les leçons apprises.' }).waitFor();
  await expect(lessons.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(lessons.evaluate((e) => e === document.activeElement)).resolves.toBe(true);
  expect(sent).toEqual([]);
  expect(evaluations().map((r) => r.Statut)).toEqual(['Décidée', 'En cours']);

  // With the lessons: closed, and the closing report to hand over is linked beside the decision.
  await lessons.fill('Associer la DAF dès le cadrage budgétaire.');
  await form.locator('button[type=submit]').click();
  const report = sidebar.locator('.closing-report a', { hasText: 'Rapport de clôture' });
  await report.waitFor();
  await expect(report.getAttribute('href')).resolves.toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  expect(evaluations().map((r) => r.Statut)).toEqual(['Décidée', 'Décidée']);
});

it('a reader opens the evaluation from the partner page and is offered no control that writes', async () => {
  await open(DEMO_USERS.lecteur);
  await openPartner();
  await sidebar.click('[data-action=open-evaluation]');
  await sidebar.locator('[data-testid=comparison]').waitFor();
  await sidebar.locator('[data-testid=evaluation-history]', { hasText: 'Évaluations précédentes (1)' }).waitFor();
  const writes = await sidebar.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('#view [data-endpoint], #view input, #view textarea, #view button[type=submit]')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.outerHTML.slice(0, 80)),
  );
  expect(writes).toEqual([]);
});
