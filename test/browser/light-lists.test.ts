/**
 * Long lists in the real sidebar (headless Chromium, sandbox, emulator): the partners list, a
 * pipeline column and « Ma semaine » show their first page with the counts, the rest on
 * « Afficher plus »; the search asks the server and finds a partner by one of its contacts.
 */
import { join } from 'node:path';
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import { CONTACTS, OPPORTUNITIES } from '../../src/domain/schema/tables';
import { BOARD_PAGE, PARTNER_PAGE, WEEK_PAGE } from '../../src/domain/contracts/paging';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { syntheticContacts, syntheticOpportunities, syntheticPartners } from '../bench/synthetic';
import { ARTIFACTS, openSidebar, useChromium, type OpenSidebar } from '../support/browser';

const OFFICER = 'awa.traore@ajcad-mali.org';
const PARTNERS = 70;
const chromium = useChromium();
let sandbox: Sandbox;
let opened: OpenSidebar;

beforeAll(async () => {
  sandbox = await startSandbox({ partners: syntheticPartners(PARTNERS) });
  const insert = (spec: TableSpec, rows: Record<string, unknown>[]) =>
    sandbox.workbook.world.run(
      () => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), OFFICER), spec).insert(rows.map((r) => userInput(r))),
      {
        user: OFFICER,
      },
    );
  insert(OPPORTUNITIES, syntheticOpportunities(60, PARTNERS));
  insert(CONTACTS, [...syntheticContacts(PARTNERS, PARTNERS), { partnerId: 'PAR-0057', name: 'Kadiatou Sidibé', email: 'k.sidibe@exemple.org' }]);
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  opened = await openSidebar(chromium(), OFFICER, { height: 900, sandbox });
});
afterEach(async () => {
  await opened?.close();
});

it('shows the first partners with the total, the next ones on « Afficher plus », and finds a partner by its contact', async () => {
  const { sidebar, page } = opened;
  await expect(sidebar.locator('li.partner').count()).resolves.toBe(PARTNER_PAGE);
  await expect(sidebar.locator('.count').textContent()).resolves.toBe(`${PARTNER_PAGE} affichés sur ${PARTNERS} partenaires`);
  await sidebar.click('[data-action=more-partners]');
  await sidebar.locator('.count', { hasText: `${2 * PARTNER_PAGE} affichés sur ${PARTNERS}` }).waitFor();
  await expect(sidebar.locator('li.partner').count()).resolves.toBe(2 * PARTNER_PAGE);

  await sidebar.fill('#search', 'sidibe');
  await sidebar.locator('.count', { hasText: `1 partenaire sur ${PARTNERS}` }).waitFor();
  await expect(sidebar.locator('li.partner .partner-contacts').textContent()).resolves.toBe('Contact : Kadiatou Sidibé');
  await expect(sidebar.locator('li.partner').getAttribute('data-id')).resolves.toBe('PAR-0057');
  expect(await sidebar.isHidden('[data-action=more-partners]')).toBe(true);
  await page.screenshot({ path: join(ARTIFACTS, 'partners-search-contact.png') });

  await sidebar.fill('#search', 'aucun partenaire de ce nom');
  await sidebar.locator('.empty', { hasText: 'Aucun partenaire ne correspond à la recherche.' }).waitFor();
});

it('shows each pipeline column’s count and totals with its first cards, and the rest on « Afficher plus »', async () => {
  const { sidebar, page } = opened;
  await sidebar.click('[data-view=pipeline]');
  const contact = sidebar.locator('.column[data-stage="Contact"]');
  await contact.locator('.card').first().waitFor();
  await expect(contact.locator('.count-badge').textContent()).resolves.toBe('12'); // 60 opportunities over 5 stages
  await expect(contact.locator('.card').count()).resolves.toBe(BOARD_PAGE);
  await expect(contact.locator('[data-action=more-cards]').textContent()).resolves.toBe(`Afficher plus (${12 - BOARD_PAGE} de plus)`);
  await page.screenshot({ path: join(ARTIFACTS, 'pipeline-first-cards.png') });
  await contact.locator('[data-action=more-cards]').click();
  await contact.locator('.card').nth(11).waitFor();
  await expect(contact.locator('.card').count()).resolves.toBe(12);
  await expect(contact.locator('[data-action=more-cards]').count()).resolves.toBe(0);
});

it('shows the first items of « Ma semaine » with their total, the rest on « Afficher plus »', async () => {
  const { sidebar, page } = opened;
  await sidebar.click('.tabs .more');
  await sidebar.click('[data-view=week]');
  const items = sidebar.locator('[data-testid=my-week] li');
  await items.first().waitFor();
  await expect(items.count()).resolves.toBe(WEEK_PAGE);
  const total = Number((await sidebar.locator('.count').textContent())?.match(/sur (\d+)/)?.[1]);
  expect(total).toBeGreaterThan(WEEK_PAGE);
  await page.screenshot({ path: join(ARTIFACTS, 'my-week-first-page.png') });
  await sidebar.click('[data-action=more-week]');
  await items.nth(Math.min(total, 2 * WEEK_PAGE) - 1).waitFor();
  await expect(items.count()).resolves.toBe(Math.min(total, 2 * WEEK_PAGE));
});
