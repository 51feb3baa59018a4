/**
 * A partnerships officer's day in the real sidebar (headless Chromium, sandbox, emulator):
 * create a partner, log an interaction, move an opportunity and see the board update.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';

const chromium = useChromium();
const seededSandbox = useSandbox();
let opened: OpenSidebar;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

beforeEach(async () => {
  opened = await openSidebar(chromium(), USERS.officer, { height: 900, answer: 'Fin de financement du bailleur', sandbox: seededSandbox() });
  ({ sandbox, page, sidebar } = opened);
});
afterEach(async () => {
  await opened?.close();
});

const sheetRows = (name: string) => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)!.getDataRange().getValues());

describe('partners', () => {
  it('creates a partner with a contact from the fiche d’identification, after fixing a French field error', async () => {
    await sidebar.click('[data-action=new-partner]');
    await sidebar.fill('[name=name]', 'Association Jeunesse Active de Koulikoro');
    await sidebar.selectOption('[name=type]', 'OSC');
    await sidebar.fill('[name=alignment]', '9');
    await sidebar.click('[data-action=add-contact]');
    await sidebar.fill('fieldset.contact [name=name]', 'Seydou Diarra');
    await sidebar.fill('fieldset.contact [name=email]', 'seydou.diarra@ajak.ml');
    await sidebar.click('button[type=submit]');
    await expect(sidebar.locator('#f-partners-alignment-error').textContent()).resolves.toContain('attendu : un nombre entre 0 et 5');
    expect(sheetRows('Partenaires').flat()).not.toContain('Association Jeunesse Active de Koulikoro');

    await sidebar.fill('[name=alignment]', '4');
    await sidebar.click('button[type=submit]');
    await sidebar.waitForSelector('h2.partner-title');
    await expect(sidebar.locator('h2.partner-title').textContent()).resolves.toBe('Association Jeunesse Active de Koulikoro');
    await expect(sidebar.locator('section', { hasText: 'Contacts' }).textContent()).resolves.toContain('Seydou Diarra');
    expect(sheetRows('Contacts').some((r) => r.includes('seydou.diarra@ajak.ml'))).toBe(true);
  });

  it('warns about a probable duplicate before creating it', async () => {
    await sidebar.click('[data-action=new-partner]');
    await sidebar.fill('[name=name]', 'oxfam au MALI');
    await sidebar.selectOption('[name=type]', 'ONG internationale');
    const save = sidebar.locator('.partner-form button[type=submit]');
    await save.click();
    // What the user sees once the server answered: the warning, focused, and the button usable again.
    const warning = sidebar.locator('.duplicates', { hasText: 'Oxfam au Mali' });
    await warning.waitFor();
    await expect(warning.textContent()).resolves.toContain('Enregistrez à nouveau pour le créer quand même.');
    await expect(sidebar.evaluate(() => document.activeElement?.className)).resolves.toBe('duplicates');
    await sidebar.locator('.partner-form button[type=submit]:not([aria-busy])').waitFor();
    const named = () => sheetRows('Partenaires').filter((r) => r.some((v) => String(v).toLowerCase() === 'oxfam au mali')).length;
    expect(named()).toBe(1);

    await save.click();
    await sidebar.locator('#notice:not([hidden])', { hasText: 'Partenaire créé' }).waitFor();
    expect(named()).toBe(2);
  });

  it('logs an interaction and sees it, with its next step, on the partner', async () => {
    await sidebar.fill('#search', 'studio tamani');
    await sidebar.locator('.count', { hasText: '1 partenaire sur' }).waitFor();
    await sidebar.click('li.partner');
    await sidebar.click('[data-action=log-interaction]');
    await sidebar.fill('.interaction-form [name=date]', '2026-03-12');
    await sidebar.selectOption('.interaction-form [name=type]', 'Rendez-vous');
    await sidebar.fill('.interaction-form [name=summary]', 'Préparation d’une émission sur la participation des jeunes.');
    await sidebar.fill('.interaction-form [name=nextSteps]', 'Envoyer la liste des intervenants');
    await sidebar.fill('.interaction-form [name=nextDue]', '2026-03-19');
    await sidebar.click('.interaction-form button[type=submit]');
    await sidebar.waitForSelector('.notice:not([hidden])');
    await expect(sidebar.locator('.interactions').textContent()).resolves.toContain('Préparation d’une émission');
    await expect(sidebar.locator('section', { hasText: 'Identité' }).textContent()).resolves.toContain('Envoyer la liste des intervenants — 19 mars 2026');
  });
});

describe('pipeline', () => {
  it('shows the board by stage with overdue actions flagged, and moves an opportunity in one action', async () => {
    await sidebar.click('[data-view=pipeline]');
    await sidebar.waitForSelector('[data-testid=board] .column');
    const negotiation = sidebar.locator('.column[data-stage="Négociation"]');
    const before = Number(await negotiation.locator('.count-badge').textContent());
    await expect(sidebar.locator('.card.overdue').first().textContent()).resolves.toContain('En retard');
    await page.screenshot({ path: join(ARTIFACTS, 'pipeline-board.png') });

    const card = sidebar.locator('.column[data-stage="Note conceptuelle"] .card', { hasText: 'Redevabilité budgétaire' });
    await card.locator('[data-action=move]').selectOption('Négociation');
    await sidebar.waitForSelector('.notice:not([hidden])');
    await expect(negotiation.locator('.count-badge').textContent()).resolves.toBe(String(before + 1));
    await expect(negotiation.textContent()).resolves.toContain('Redevabilité budgétaire des communes');
    const journal = sheetRows('Journal');
    expect(journal.some((r) => r.includes('Note conceptuelle') && r.includes('Négociation'))).toBe(true);
  });

  it('edits an opportunity’s next action from its card', async () => {
    await sidebar.click('[data-view=pipeline]');
    await sidebar.waitForSelector('[data-testid=board] .column');
    await sidebar.locator('.card', { hasText: 'Incubateur citoyen' }).locator('[data-action=edit-opportunity]').click();
    await sidebar.fill('.opportunity-form [name=nextAction]', 'Envoyer la note conceptuelle révisée');
    await sidebar.fill('.opportunity-form [name=nextDue]', '2026-03-24');
    await sidebar.click('.opportunity-form button[type=submit]');
    await sidebar.waitForSelector('.notice:not([hidden])');
    await expect(sidebar.locator('.card', { hasText: 'Incubateur citoyen' }).locator('.next').textContent()).resolves.toBe(
      'Envoyer la note conceptuelle révisée — 24 mars 2026',
    );
    expect(sheetRows('Opportunités').some((r) => r.includes('Envoyer la note conceptuelle révisée'))).toBe(true);
  });

  it('asks for a reason before abandoning an opportunity', async () => {
    await sidebar.click('[data-view=pipeline]');
    await sidebar.waitForSelector('[data-testid=board] .column');
    const card = sidebar.locator('.card', { hasText: 'Caravane numérique citoyenne' });
    await card.locator('[data-action=move]').selectOption('Abandonnée');
    await sidebar.waitForSelector('.notice:not([hidden])');
    await expect(sidebar.locator('.column[data-stage="Abandonnée"]').textContent()).resolves.toContain('Caravane numérique citoyenne');
    expect(sheetRows('Opportunités').some((r) => r.includes('Fin de financement du bailleur'))).toBe(true);
  });
});

describe('my week and map', () => {
  it('lists my overdue and coming deadlines first', async () => {
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=week]');
    await sidebar.waitForSelector('[data-testid=my-week] li');
    const first = await sidebar.locator('[data-testid=my-week] li').first().textContent();
    expect(first).toContain('en retard');
  });

  it('shows the partner map by quadrant', async () => {
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=map]');
    await sidebar.waitForSelector('[data-testid=quadrants]');
    const total = (await sidebar.locator('.quadrant strong').allTextContents()).reduce((s, n) => s + Number(n), 0);
    expect(total).toBeGreaterThan(30);
    await page.screenshot({ path: join(ARTIFACTS, 'cartography.png') });
  });
});
