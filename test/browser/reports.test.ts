/**
 * The « Rapports » view in the real sidebar on a slow connection, on the sandbox's demo: a director
 * generates the monthly report of the month just ended, sees « Génération du rapport… » then the
 * link to the Doc and the report in the list; asked again, the same Doc is given back.
 */
import { join } from 'node:path';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;

jest.setTimeout(120_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

it('generates the monthly report from the view, shows its link and lists it; a second « Générer » gives the same Doc', async () => {
  opened = await openSidebar(chromium(), DEMO_USERS.dg, { height: 1200, sandbox: slowSandbox(), answer: '' });
  const { page, sidebar } = opened;
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-reports');
  await sidebar.getByText('Aucun rapport généré pour l’instant.').waitFor();

  // A monthly report asks for the month, not the quarter.
  expect(await sidebar.locator('#report-month').isVisible()).toBe(true);
  expect(await sidebar.locator('#report-quarter').isVisible()).toBe(false);
  const generate = sidebar.locator('button[data-endpoint=generateReport]');
  await generate.click();
  await sidebar.getByRole('button', { name: 'Génération du rapport…' }).waitFor();
  const link = sidebar.locator('.report-link a');
  await link.waitFor();
  const name = await link.textContent();
  expect(name).toMatch(/^Rapport mensuel — [a-zéû]+ \d{4}$/);
  expect(await link.getAttribute('href')).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  expect(await sidebar.locator('.report-link').textContent()).toContain('Rapport créé : ');
  // The list is read again once the Doc is made.
  await sidebar.locator('ul.reports li a').first().waitFor();
  expect(await sidebar.locator('ul.reports li a').allTextContents()).toEqual([name]);
  await page.screenshot({ path: join(ARTIFACTS, 'reports-view.png'), fullPage: true });

  await generate.click();
  await sidebar.getByText('Ce rapport existait déjà : rien n’a été renvoyé.').waitFor();
  expect(await sidebar.locator('.report-link').textContent()).toBe(`Rapport déjà généré : ${name}`);
  expect(await sidebar.locator('ul.reports li a').allTextContents()).toEqual([name]);
});
