/**
 * Saving on a slow connection, in the real sidebar: every server call takes 1.5 s more, as Apps Script
 * does over mobile data. A double click on each write button stores one row; the button shows its
 * progress while the call runs, a confirmation once it answered, an error beside it (focus on the
 * first field in error); every view says it is loading. The tests wait on what the user sees.
 */
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS, recordBusy } from '../support/browser';
import { fillConventionForm } from '../support/picker';

const LATENCY_MS = SLOW_LINE_MS;
const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: LATENCY_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

/** Each test makes a dozen calls of 1.5 s or more. */
jest.setTimeout(120_000);

async function open(user: string): Promise<void> {
  // Every confirmation asked (sending a survey) is accepted, as a user who means it would.
  opened = await openSidebar(chromium(), user, { height: 900, answer: '', sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const rows = (sheet: string) => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues());
const count = (sheet: string, text: string) => rows(sheet).filter((r) => r.some((v) => String(v).includes(text))).length;

/** Two clicks as fast as a user's double click; the button must show it is working. */
async function doubleClick(button: Locator, busy: RegExp): Promise<void> {
  const working = await recordBusy(button);
  await button.dblclick();
  await working.seen(busy);
}

/** Waits until the sidebar's confirmation banner says `expected`, and returns its text. */
async function notice(expected: string | RegExp): Promise<string> {
  const banner = sidebar.locator('#notice:not([hidden])', { hasText: expected });
  await banner.waitFor();
  return (await banner.textContent()) ?? '';
}

async function openPartner(name: string): Promise<void> {
  await sidebar.fill('#search', name);
  await sidebar.locator('li.partner', { hasText: name }).first().click();
  await sidebar.locator('h2.partner-title', { hasText: name }).waitFor();
}

describe('a double click stores one row', () => {
  it('Consigner: one interaction, « Enregistrement… » while it runs, then the confirmation', async () => {
    await open(USERS.officer);
    await openPartner('Studio Tamani');
    await sidebar.click('[data-action=log-interaction]');
    await sidebar.fill('.interaction-form [name=date]', '2026-03-12');
    await sidebar.selectOption('.interaction-form [name=type]', 'Appel');
    await sidebar.fill('.interaction-form [name=summary]', 'Appel doublé par un double clic');
    const save = sidebar.locator('.interaction-form button[type=submit]');
    await doubleClick(save, /Enregistrement…/);
    await page.screenshot({ path: join(ARTIFACTS, 'saving-busy-button.png') });
    await notice('Interaction consignée.');
    await sidebar.locator('.interactions', { hasText: 'Appel doublé par un double clic' }).waitFor();
    expect(count('Interactions', 'Appel doublé par un double clic')).toBe(1);
  });

  it('the fiche: an empty one says what is missing beside the button and focuses the name; then one partner', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-action=new-partner]');
    const save = sidebar.locator('.partner-form button[type=submit]');
    await save.click();
    await sidebar.locator('.action-status.failed', { hasText: 'Corrigez les champs signalés en rouge' }).waitFor();
    await expect(sidebar.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('name');
    await expect(sidebar.locator('#f-partners-name-error').textContent()).resolves.toMatch(/obligatoire/);
    await page.screenshot({ path: join(ARTIFACTS, 'saving-empty-fiche.png') });

    await sidebar.fill('[name=name]', 'Collectif des radios rurales de Ségou');
    await sidebar.selectOption('[name=type]', 'OSC');
    await doubleClick(save, /Vérification et création…/);
    await notice(/^Partenaire créé : PAR-\d+\.$/);
    expect(count('Partenaires', 'Collectif des radios rurales de Ségou')).toBe(1);
  });

  it('import: one partner per line', async () => {
    await open(USERS.officer);
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=import]');
    await sidebar.fill('#import-csv', 'Nom;Type\nCoopérative des maraîchères de Kati;OSC');
    await sidebar.click('[data-action=preview]');
    const go = sidebar.locator('[data-action=import]');
    await go.waitFor();
    await doubleClick(go, /Import en cours…/);
    await sidebar.locator('#import-preview .success', { hasText: '1 partenaire(s) importé(s)' }).waitFor();
    expect(count('Partenaires', 'Coopérative des maraîchères de Kati')).toBe(1);
  });

  it('roles: one role given, confirmed beside the button', async () => {
    await open(USERS.admin);
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=roles]');
    await sidebar.locator('[data-testid=roles] li').first().waitFor();
    await sidebar.fill('[name=email]', 'nouvelle.recrue@ajcad-mali.org');
    await sidebar.selectOption('[name=role]', 'lecteur');
    await doubleClick(sidebar.locator('[data-action=set-role]'), /Attribution…/);
    await notice('nouvelle.recrue@ajcad-mali.org : rôle lecteur.');
    await expect(sidebar.locator('[data-testid=roles] li', { hasText: 'nouvelle.recrue@ajcad-mali.org' }).count()).resolves.toBe(1);
    expect(count('Journal', 'nouvelle.recrue@ajcad-mali.org')).toBe(1);
  });
});

describe('conventions on a slow connection', () => {
  it('generate, submit, request changes: one version, one submission, one decision, each confirmed', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('[data-testid=loading]', { hasText: 'Chargement…' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'saving-loading-conventions.png') });
    await sidebar.locator('[data-testid=convention-list]').waitFor();
    await sidebar.locator('[data-testid=loading]').waitFor({ state: 'detached' });
    await fillConventionForm(sidebar, { amount: '12 000 000', purpose: 'Appui aux radios communautaires, une seule fois' });
    await sidebar.fill('fieldset.contact [name=label]', 'Rapport de démarrage');
    await sidebar.fill('fieldset.contact [name=due]', '2026-06-15');
    await doubleClick(sidebar.locator('.convention-form button[type=submit]'), /Génération en cours…/);
    const id = /CONV-\d+/.exec(await notice(/^Convention CONV-\d+ v1 générée\.$/))![0];
    expect(count('Conventions', 'Appui aux radios communautaires, une seule fois')).toBe(1);
    expect(rows('Versions').filter((r) => r.includes(id)).length).toBe(1);

    await doubleClick(sidebar.locator('[data-action=submit]'), /Soumettre au circuit/);
    await notice('Convention soumise au circuit de validation.');
    await expect(sidebar.locator('[data-testid=convention-status]').textContent()).resolves.toBe('En validation');
    expect(rows('Journal').filter((r) => r.includes(id) && r.some((v) => String(v) === 'En validation')).length).toBe(1);
    await opened!.close();

    await open(USERS.legal);
    await sidebar.click('[data-view=conventions]');
    await sidebar.click(`li.partner[data-id="${id}"]`);
    await sidebar.locator('[data-testid=circuit]').waitFor();
    await sidebar.fill('[data-testid=circuit] textarea', 'Préciser le calendrier des versements.');
    const validations = rows('Validations').length;
    await doubleClick(sidebar.locator('[data-action=request-changes]'), /Demander des modifications/);
    await notice('Demande de modifications enregistrée.');
    await page.screenshot({ path: join(ARTIFACTS, 'saving-decision-confirmed.png') });
    expect(rows('Validations').length - validations).toBeLessThanOrEqual(1);
    expect(count('Validations', 'Préciser le calendrier des versements.')).toBe(1);
  });

  it('a signature: one row', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('[data-testid=convention-list] li', { hasText: 'Validée' }).first().click();
    await sidebar.locator('.signature-form').waitFor();
    await sidebar.selectOption('.signature-form [name=party]', 'partenaire');
    await sidebar.fill('.signature-form [name=signedOn]', '2026-03-12');
    await sidebar.fill('.signature-form [name=signatory]', 'Aminata Koné, présidente');
    await doubleClick(sidebar.locator('.signature-form button[type=submit]'), /Enregistrement…/);
    await notice('Signature enregistrée.');
    expect(count('Signatures', 'Aminata Koné, présidente')).toBe(1);
  });
});

describe('surveys on a slow connection', () => {
  it('create then send: one campaign, one invitation per target, the send asked for and reported', async () => {
    await open(USERS.officer);
    const questions: string[] = [];
    page.on('dialog', (d) => questions.push(d.message()));
    await sidebar.click('[data-view=surveys]');
    await sidebar.click('[data-action=new-campaign]');
    await sidebar.fill('[name=title]', 'Satisfaction des médias partenaires');
    await sidebar.fill('[name=sendDate]', '2026-12-01');
    await sidebar.fill('[name=closingDate]', '2026-12-31');
    await sidebar.check('input[name=Types][value="Média"]');
    await doubleClick(sidebar.locator('.campaign-form button[type=submit]'), /Création du formulaire…/);
    const id = /ENQ-\d+/.exec(await notice(/^Campagne ENQ-\d+ créée : \d+ destinataire\(s\)\.$/))![0];
    expect(count('Enquêtes', 'Satisfaction des médias partenaires')).toBe(1);
    const invitations = () => rows('Envois enquêtes').filter((r) => r.includes(id)).length;
    const queued = invitations();

    await sidebar.locator('[data-testid=campaign-progress]').waitFor();
    await doubleClick(sidebar.locator('[data-action=send-campaign]'), /En cours…/);
    await notice(/^Envoi : \d+\/\d+ envoyé\(s\)/);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(/^Envoyer maintenant l’enquête « Satisfaction des médias partenaires » \?\n\d+ invitation\(s\) partiront maintenant\./);
    expect(invitations()).toBe(queued);
    // The targets without a usable address are named on the campaign's page.
    const unreachable = rows('Envois enquêtes').filter((r) => r.includes(id) && r.includes('Adresse invalide')).length;
    await sidebar.locator('[data-testid=campaign-progress]').waitFor();
    await expect(sidebar.locator('[data-testid=unreachable] li').count()).resolves.toBe(unreachable);
    await page.screenshot({ path: join(ARTIFACTS, 'saving-survey-sent.png') });
  });
});
