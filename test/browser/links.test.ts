/**
 * Links typed into sheet cells, in the real sidebar (headless Chromium, sandbox with the full demo):
 * a `javascript:` URL in Versions or Pièces jointes is shown as text, never a link; Google's links and
 * the organisation's allowed hosts (Paramètres › Liens autorisés) stay links.
 */
import type { Browser, Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { forgetSettings } from '../../src/services/settings-store';
import { launchChromium } from '../support/browser';

let browser: Browser;
let sandbox: Sandbox;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  sandbox = await startSandbox();
});
afterAll(async () => {
  await page?.close();
  await sandbox?.close();
  await browser?.close();
});

/** What an editor of the spreadsheet does by hand: types into cells, found by header. */
function typeIntoSheets(): string {
  return sandbox.workbook.world.run(
    () => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      const versions = ss.getSheetByName('Versions')!;
      const v = versions.getDataRange().getValues();
      const conventionId = String(v[1][v[0].indexOf('ID convention')]);
      versions.getRange(2, v[0].indexOf('Lien Doc') + 1).setValue('javascript:alert(document.domain)');
      versions.getRange(2, v[0].indexOf('Lien PDF') + 1).setValue('https://docs.google.com.evil.io/x.pdf');
      const attachments = ss.getSheetByName('Pièces jointes')!;
      const header = attachments.getRange(1, 1, 1, attachments.getLastColumn()).getValues()[0];
      const row = (title: string, url: string) =>
        header.map((h) => ({ 'ID convention': conventionId, Type: 'PV', Titre: title, Date: new Date('2026-03-01T00:00:00Z'), Lien: url })[String(h)] ?? '');
      const rows = [row('Piège', 'javascript:alert(1)'), row('Données', 'data:text/html,<b>x</b>'), row('Site', 'https://www.ajcad-mali.org/pv.pdf')];
      attachments.getRange(attachments.getLastRow() + 1, 1, rows.length, header.length).setValues(rows);
      const settings = ss.getSheetByName('Paramètres')!;
      settings.getRange(settings.getLastRow() + 1, 1, 1, 3).setValues([['Liens autorisés', 'www.ajcad-mali.org', '']]);
      forgetSettings(); // as onEdit on Paramètres does
      return conventionId;
    },
    { user: USERS.officer },
  );
}

it('shows a javascript: URL typed into Versions or Pièces jointes as text, not a link', async () => {
  const conventionId = typeIntoSheets();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${sandbox.url}/?as=${encodeURIComponent(USERS.admin)}&sheet=Conventions`);
  const sidebar = page.frame({ url: /\/sidebar/ })!;
  await sidebar.waitForSelector('li.partner');
  await sidebar.click('[data-view=conventions]');
  await sidebar.waitForSelector('[data-testid=convention-list]');
  await sidebar.locator('[data-testid=convention-list] li', { hasText: conventionId }).first().click();
  await sidebar.waitForSelector('[data-testid=convention-status]');

  const hrefs = await sidebar.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.filter((h) => !/^https:\/\/(docs\.google\.com|drive\.google\.com|forms\.gle|www\.ajcad-mali\.org)\//.test(h))).toEqual([]);
  const unlinked = await sidebar.locator('span.unlinked').allTextContents();
  expect(unlinked).toEqual(expect.arrayContaining(['Doc', 'PDF', expect.stringContaining('Piège'), expect.stringContaining('Données')]));
  await expect(sidebar.locator('span.unlinked', { hasText: 'Piège' }).getAttribute('title')).resolves.toContain('javascript:alert(1)');
  // The organisation's own site, listed in Paramètres › Liens autorisés, stays a link.
  await expect(sidebar.locator('a', { hasText: 'Site' }).getAttribute('href')).resolves.toBe('https://www.ajcad-mali.org/pv.pdf');
});
