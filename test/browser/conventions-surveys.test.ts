/** Conventions and surveys in the real sidebar (headless Chromium, sandbox with the full demo). */
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, launchChromium } from '../support/browser';
import { fillConventionForm } from '../support/picker';

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
    const sidebar = await openAs(USERS.finance);
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

  it('generates a convention from the sidebar: partner, opportunity, template, commitments → Doc v1', async () => {
    const sidebar = await openAs(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await fillConventionForm(sidebar, {
      amount: '75 000 000',
      purpose: 'Renforcer le leadership des femmes dans les conseils communaux',
      withOpportunity: true,
    });
    await sidebar.fill('fieldset.contact [name=label]', 'Rapport de démarrage');
    await sidebar.fill('fieldset.contact [name=due]', '2026-06-15');
    await sidebar.click('.convention-form button[type=submit]');
    await sidebar.waitForSelector('[data-testid=convention-status]');
    await expect(sidebar.locator('[data-testid=convention-status]').textContent()).resolves.toBe('Brouillon');
    await expect(sidebar.locator('h2.partner-title').textContent()).resolves.toContain('ONU Femmes Mali');
    const docLink = await sidebar.locator('a', { hasText: 'Doc' }).first().getAttribute('href');
    const docId = /\/d\/([^/]+)/.exec(docLink!)![1];
    const text = sandbox.workbook.world.run(() => DocumentApp.openById(docId).getBody().getText()).replace(/[\u00a0\u202f]/g, ' ');
    expect(text).toContain('ONU Femmes Mali');
    expect(text).toContain('Rapport de démarrage');
    expect(text).toContain('75 000 000 FCFA');
  });

  it('attaches a PV generated from its template', async () => {
    const sidebar = await openAs(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('[data-testid=convention-list] li').first().click();
    await sidebar.waitForSelector('.attach-form');
    await sidebar.fill('.attach-form [name=title]', 'PV de la réunion de négociation');
    await sidebar.fill('.attach-form [name=date]', '2026-03-10');
    await sidebar.fill('.attach-form [name=body]', 'Les parties conviennent de réviser le calendrier des versements.');
    await sidebar.click('.attach-form button[type=submit]');
    await sidebar.waitForSelector('.notice:not([hidden])');
    await expect(sidebar.locator('.notice').textContent()).resolves.toContain('Document joint');
  });

  it('lets staff check a template before generating', async () => {
    const sidebar = await openAs(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.click('[data-action=templates]');
    await sidebar.waitForSelector('[data-testid=templates] li');
    await sidebar.locator('[data-action=check-template]').first().click();
    await sidebar.waitForSelector('[data-testid=templates] .success, [data-testid=templates] .errors');
    await expect(sidebar.locator('[data-testid=templates] .success').first().textContent()).resolves.toBe('Modèle correct.');
  });

  it('records the partner’s signature with the signed PDF uploaded, and the convention becomes active', async () => {
    const sidebar = await openAs(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('[data-testid=convention-list] li', { hasText: 'Validée' }).first().click();
    await sidebar.waitForSelector('.signature-form');
    await sidebar.selectOption('.signature-form [name=party]', 'partenaire');
    await sidebar.fill('.signature-form [name=signedOn]', '2026-03-12');
    await sidebar.fill('.signature-form [name=signatory]', 'Martin Keller, chargé de programme');
    await sidebar.setInputFiles('.signature-form [name=signedPdf]', {
      name: 'convention-signee.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n% signé\n%%EOF\n'),
    });
    await sidebar.click('.signature-form button[type=submit]');
    await sidebar.waitForFunction(() => /Signée|Active/.test(document.querySelector('[data-testid=convention-status]')?.textContent ?? ''));
    await expect(sidebar.locator('section', { hasText: 'Signatures' }).textContent()).resolves.toContain('Martin Keller');
  });

  it('refuses a decision to a user who does not hold the awaited role', async () => {
    const sidebar = await openAs(USERS.officer);
    await sidebar.click('[data-view=conventions]');
    await sidebar.locator('li.partner', { hasText: 'attend :' }).first().click();
    await sidebar.waitForSelector('[data-testid=circuit]');
    expect(await sidebar.locator('[data-action=approve]').count()).toBe(0);
  });
});

describe('a row typed wrong by hand', () => {
  it('a blank date and a blank Doc link in a Versions row: the convention page still opens, the row shows what to correct', async () => {
    // Any editor can type in Versions: the Généré le and Lien Doc of the first version emptied by hand.
    const conventionId = sandbox.workbook.world.run(
      () => {
        const s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Versions')!;
        const headers = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0] as string[];
        s.getRange(2, headers.indexOf('Généré le') + 1).setValue('');
        s.getRange(2, headers.indexOf('Lien Doc') + 1).setValue('');
        return String(s.getRange(2, headers.indexOf('ID convention') + 1).getValue());
      },
      { user: USERS.admin, cause: 'hand' },
    );
    const sidebar = await openAs(USERS.admin);
    await sidebar.click('[data-view=conventions]');
    await sidebar.click(`li.partner[data-id="${conventionId}"]`);
    await sidebar.waitForSelector('[data-testid=row-problems]');
    await expect(sidebar.locator('[data-testid=row-problems]').first().textContent()).resolves.toMatch(
      /^À corriger dans la feuille : Versions, ligne 2, colonne « Lien Doc » : ce champ est obligatoire\./,
    );
    await expect(sidebar.locator('h3', { hasText: 'Engagements' }).count()).resolves.toBe(1);
    await expect(sidebar.locator('ul.plain li', { hasText: 'date manquante' }).count()).resolves.toBeGreaterThan(0);
  });
});

describe('surveys', () => {
  it('shows a campaign’s live progress and its scores', async () => {
    const sidebar = await openAs(USERS.admin, 'Tableau satisfaction');
    await sidebar.click('[data-view=surveys]');
    await sidebar.waitForSelector('[data-testid=campaign-list]');
    await sidebar.locator('[data-testid=campaign-list] li').first().click();
    await sidebar.waitForSelector('[data-testid=results]');
    await expect(sidebar.locator('[data-testid=campaign-progress]').textContent()).resolves.toMatch(/^\d+\/\d+ envoyés · \d+ en attente · [1-9]\d* réponses/);
    await expect(sidebar.locator('[data-testid=nps]').textContent()).resolves.toMatch(/promoteurs \d+, passifs \d+, détracteurs \d+, n = [1-9]/);
    await page.screenshot({ path: join(ARTIFACTS, 'survey-results.png') });
  });
});
