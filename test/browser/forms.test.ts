/**
 * The sidebar's forms on a slow connection (every call 1.5 s more): a refused stage move puts the card
 * back, amounts are sent as typed, « Nouvelle version » starts from the previous one by name, an avenant
 * names the convention it amends, partners are found by typing, the import preview shows its rows.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS, recordBusy } from '../support/browser';
import { choosePartner, fillConventionForm } from '../support/picker';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

jest.setTimeout(120_000);

async function open(user: string, answer = ''): Promise<void> {
  opened = await openSidebar(chromium(), user, { height: 1000, answer, sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const rows = (sheet: string) => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues());
const column = (sheet: string, header: string) => rows(sheet)[0].indexOf(header);
const docText = (docId: string) => sandbox.workbook.world.run(() => DocumentApp.openById(docId).getBody().getText()).replace(/[\u00a0\u202f]/g, ' ');

describe('pipeline', () => {
  it('a move the server refuses puts the card back in its column, the reason beside it', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-view=pipeline]');
    const from = sidebar.locator('.column[data-stage="Note conceptuelle"]');
    const card = sidebar.locator('.card', { hasText: 'Redevabilité budgétaire' });
    await card.waitFor();
    // « Signée » needs a convention linked to the opportunity: the server refuses this one.
    const working = await recordBusy(card.locator('[data-action=move]'));
    await card.locator('[data-action=move]').selectOption('Signée');
    // Moved at once, while the server answers.
    await sidebar.locator('.column[data-stage="Signée"] .card', { hasText: 'Redevabilité budgétaire' }).waitFor();
    await working.seen();
    await from.locator('.card', { hasText: 'Redevabilité budgétaire' }).locator('.action-status.failed').waitFor();
    await expect(card.locator('.action-status').textContent()).resolves.toMatch(/convention/i);
    await expect(card.locator('[data-action=move]').inputValue()).resolves.toBe('');
    await page.screenshot({ path: join(ARTIFACTS, 'forms-pipeline-refused-move.png') });
  });

  it('filters keep their visible label and « Réinitialiser » shows every card again', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-view=pipeline]');
    await sidebar.locator('.card').first().waitFor();
    const all = await sidebar.locator('.card').count();
    const owner = sidebar.locator('label.field', { hasText: 'Responsable' }).locator('select');
    const first = await owner.locator('option').nth(1).getAttribute('value');
    await owner.selectOption(first!);
    await sidebar.waitForFunction((n) => document.querySelectorAll('.card').length < n, all);
    await expect(sidebar.locator('label.field', { hasText: 'Type de partenaire' }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'forms-pipeline-filters.png') });
    await sidebar.click('[data-action=reset-filters]');
    await sidebar.waitForFunction((n) => document.querySelectorAll('.card').length === n, all);
    await expect(sidebar.locator('label.field', { hasText: 'Responsable' }).locator('select').inputValue()).resolves.toBe('');
  });

  it('the opportunity form finds its partner by typing and shows it by name when editing', async () => {
    await open(USERS.officer);
    await sidebar.click('[data-view=pipeline]');
    await sidebar.locator('.card', { hasText: 'Incubateur citoyen' }).locator('[data-action=edit-opportunity]').click();
    await expect(sidebar.locator('.opportunity-form .partner-picker input').inputValue()).resolves.toMatch(/^[^—]+ — PAR-\d{4}$/);
    await sidebar.click('[data-action=new-opportunity]');
    await choosePartner(sidebar, '.opportunity-form', 'Tamani', 'Studio Tamani');
    await sidebar.fill('.opportunity-form [name=title]', 'Émissions sur la redevabilité');
    await page.screenshot({ path: join(ARTIFACTS, 'forms-opportunity-picker.png') });
    await sidebar.click('.opportunity-form button[type=submit]');
    await sidebar.locator('#notice:not([hidden])', { hasText: 'Opportunité créée' }).waitFor();
    const saved = rows('Opportunités').find((r) => r.includes('Émissions sur la redevabilité'))!;
    const partnerId = String(saved[column('Opportunités', 'ID partenaire')]);
    expect(rows('Partenaires').find((r) => r[0] === partnerId)).toContain('Studio Tamani');
  });
});

describe('conventions form', () => {
  /** A convention for ONU Femmes Mali with `amount` typed as is. */
  async function fillConvention(amount: string): Promise<void> {
    await sidebar.click('[data-view=conventions]');
    await fillConventionForm(sidebar, { amount, purpose: 'Former les conseillères communales', withOpportunity: true });
    await sidebar.fill('input[name=inKindDescription]', 'Salle de formation');
    await sidebar.fill('fieldset.contact [name=label]', 'Rapport de démarrage');
    await sidebar.fill('fieldset.contact [name=due]', '2026-06-15');
  }
  const generated = async () => /CONV-\d+/.exec((await sidebar.locator('#notice:not([hidden])', { hasText: /générée/ }).textContent()) ?? '')![0];

  it('« beaucoup » is refused at its field with an example; « 10 millions » gives a Doc of 10 000 000 FCFA; « Nouvelle version » starts from it by name, its commitment with its ID; one removed is cancelled « retiré en v3 »', async () => {
    await open(USERS.officer);
    const before = rows('Conventions').length;
    await fillConvention('beaucoup');
    await sidebar.click('.convention-form button[type=submit]');
    await expect(sidebar.locator('#f-convention-amount-error').textContent()).resolves.toBe(
      '« beaucoup » n’est pas un montant lisible (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).',
    );
    await expect(sidebar.locator('input[aria-label="Montant (FCFA)"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.screenshot({ path: join(ARTIFACTS, 'forms-convention-amount-refused.png') });
    expect(rows('Conventions').length).toBe(before);

    await sidebar.fill('input[aria-label="Montant (FCFA)"]', '10 millions');
    await sidebar.click('.convention-form button[type=submit]');
    const id = await generated();
    const docLink = await sidebar.locator('a', { hasText: 'Doc' }).first().getAttribute('href');
    expect(docText(/\/d\/([^/]+)/.exec(docLink!)![1])).toContain('10 000 000 FCFA');

    await sidebar.click('[data-action=new-version]');
    await expect(sidebar.locator('.convention-form .partner-picker input').inputValue()).resolves.toMatch(/^ONU Femmes Mali/);
    await expect(sidebar.locator('select[name=opportunityId] option:checked').textContent()).resolves.toMatch(/Femmes leaders/);
    await expect(sidebar.locator('input[aria-label="Montant (FCFA)"]').inputValue()).resolves.toBe('10\u00a0000\u00a0000');
    await expect(sidebar.locator('textarea[name=purpose]').inputValue()).resolves.toBe('Former les conseillères communales');
    await expect(sidebar.locator('input[name=inKindDescription]').inputValue()).resolves.toBe('Salle de formation');
    await expect(sidebar.locator('select[name=amends]').isVisible()).resolves.toBe(false);
    await expect(sidebar.locator('fieldset.contact [name=label]').inputValue()).resolves.toBe('Rapport de démarrage');
    await page.screenshot({ path: join(ARTIFACTS, 'forms-convention-new-version.png') });
    await sidebar.fill('fieldset.contact [name=label]', 'Rapport de démarrage révisé');
    await sidebar.click('.convention-form button[type=submit]');
    await sidebar.locator('#notice:not([hidden])', { hasText: `${id} v2` }).waitFor();
    const row = rows('Conventions').find((r) => r[0] === id)!;
    expect(row[column('Conventions', 'Montant')]).toBe(10_000_000);
    // The commitment came back with its ID: the same row renamed, not cancelled and copied.
    const commitmentsOf = () => rows('Engagements').filter((r) => r[column('Engagements', 'ID convention')] === id);
    const cell = (r: unknown[], header: string) => r[column('Engagements', header)];
    expect(commitmentsOf().map((r) => [cell(r, 'Libellé'), cell(r, 'Statut')])).toEqual([['Rapport de démarrage révisé', 'À venir']]);

    // Removed from v3: cancelled with the version as the reason, its row kept.
    await sidebar.click('[data-action=new-version]');
    await expect(sidebar.locator('fieldset.contact [name=label]').inputValue()).resolves.toBe('Rapport de démarrage révisé');
    await sidebar.click('[data-action=remove-commitment]');
    await sidebar.click('.convention-form button[type=submit]');
    await sidebar.locator('#notice:not([hidden])', { hasText: `${id} v3` }).waitFor();
    expect(commitmentsOf().map((r) => [cell(r, 'Libellé'), cell(r, 'Statut'), cell(r, 'Motif d’annulation')])).toEqual([
      ['Rapport de démarrage révisé', 'Annulé', 'retiré en v3'],
    ]);
  });

  it('an avenant must name the convention it amends, chosen among the partner’s, and stores it', async () => {
    await open(USERS.officer);
    await fillConvention('2 000 000');
    await sidebar.selectOption('select[name=type]', 'Avenant');
    await sidebar.click('.convention-form button[type=submit]');
    await expect(sidebar.locator('#f-convention-amends-error').textContent()).resolves.toBe('Choisissez la convention que cet avenant modifie.');
    const amended = sidebar.locator('select[name=amends] option', { hasText: /^CONV-\d+ · / }).first();
    const amendedId = (await amended.getAttribute('value'))!;
    await page.screenshot({ path: join(ARTIFACTS, 'forms-convention-avenant.png') });
    await sidebar.selectOption('select[name=amends]', amendedId);
    await sidebar.click('.convention-form button[type=submit]');
    const id = await generated();
    const row = rows('Conventions').find((r) => r[0] === id)!;
    expect(row[column('Conventions', 'Convention modifiée (avenant)')]).toBe(amendedId);
    expect(row[column('Conventions', 'Type')]).toBe('Avenant');
  });
});

describe('import', () => {
  it('the preview lists the rows to import; a new preview clears the previous error', async () => {
    await open(USERS.officer);
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=import]');
    await sidebar.locator('#import-csv').waitFor();
    await sidebar.click('[data-action=preview]');
    const error = sidebar.locator('.action-status.failed');
    await error.waitFor();
    const csv = ['Nom;Type;Région', ...Array.from({ length: 25 }, (_, i) => `Association ${i + 1} de Kayes;OSC;Kayes`)].join('\n');
    await sidebar.fill('#import-csv', csv);
    await sidebar.click('[data-action=preview]');
    await sidebar.locator('[data-testid=import-ready]').waitFor();
    await expect(error.count()).resolves.toBe(0);
    await expect(sidebar.locator('[data-testid=import-ready] h3').textContent()).resolves.toBe('Lignes à importer (20 premières sur 25)');
    await expect(sidebar.locator('[data-testid=import-ready] tr').nth(1).textContent()).resolves.toContain('Association 1 de Kayes');
    await page.screenshot({ path: join(ARTIFACTS, 'forms-import-preview.png') });
  });
});
