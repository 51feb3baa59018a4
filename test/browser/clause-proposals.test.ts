/**
 * The obligations found in a generated convention's text, in the real sidebar: listed with their
 * checkboxes in the convention's detail; two checked and « Ajouter aux engagements » → they join
 * the commitments, the unchecked one stays proposed → test-artifacts/clause-proposals.png.
 */
import { join } from 'node:path';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';
import { CLAUSES } from '../support/clauses';

const chromium = useChromium();
const sandbox = useSandbox();
let opened: OpenSidebar | undefined;

jest.setTimeout(120_000);
afterEach(async () => {
  await opened?.close();
});

it('lists the obligations of the text and adds the checked ones to the commitments', async () => {
  const { workbook } = sandbox();
  const user = { user: DEMO_USERS.chargee };
  const template = workbook.call('prepareTemplates', [], user).find((t) => t.key === 'convention')!;
  const partnerId = workbook.world.run(() => {
    DocumentApp.openById(template.docId).getBody().appendParagraph(CLAUSES.join(' '));
    return String(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!.getRange(2, 1).getValue());
  });
  const draft = {
    partnerId,
    type: 'Convention de partenariat',
    startDate: '2026-03-01',
    endDate: '2027-02-28',
    amount: 5000000,
    inKind: null,
    purpose: 'former 500 jeunes leaders',
    commitments: [],
  };
  const { id } = workbook.call('generateConvention', [draft], user).convention;

  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, sandbox: sandbox() });
  const { sidebar, page } = opened;
  await sidebar.click('[data-view=conventions]');
  await sidebar.click(`[data-testid=convention-list] li[data-id="${id}"]`);
  const section = sidebar.locator('[data-testid=clause-proposals]');
  await section.locator('li', { hasText: 'chronogramme' }).waitFor();
  expect(await section.locator('li').count()).toBe(3);
  await section.locator('li', { hasText: 'chronogramme' }).locator('input[type=checkbox]').uncheck();
  await page.screenshot({ path: join(ARTIFACTS, 'clause-proposals.png') });
  const add = section.locator('[data-action=confirm-clauses]');
  expect(await add.getAttribute('data-endpoint')).toBe('confirmClauseCommitments');
  await add.click();

  await sidebar.locator('li', { hasText: /première tranche.* · À venir/ }).waitFor();
  await sidebar.locator('[data-testid=clause-proposals] li', { hasText: 'tranche' }).waitFor({ state: 'detached' });
  await expect(sidebar.locator('[data-testid=clause-proposals] li').allTextContents()).resolves.toEqual([expect.stringContaining('chronogramme')]);
});
