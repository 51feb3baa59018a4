/** Reports on demand in the sidebar: a partner's report for a year from its page, then the diagnostic from Cartographie (headless Chromium, sandbox on a slow line). */
import { join } from 'node:path';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, SLOW_LINE_MS, useChromium, useSandbox } from '../support/browser';

const chromium = useChromium();
const sandbox = useSandbox({ latencyMs: SLOW_LINE_MS });

it('generates the partner’s report for 2026 from its page, its Doc and folder linked, then the diagnostic from Cartographie', async () => {
  const opened = await openSidebar(chromium(), USERS.officer, { height: 1200, sandbox: sandbox() });
  const { sidebar, page } = opened;
  try {
    await sidebar.fill('#search', 'Open Society');
    await sidebar.locator('li.partner', { hasText: 'Open Society Initiative for West Africa' }).click();
    await sidebar.waitForSelector('h2.partner-title');
    await sidebar.click('[data-testid=partner-report] summary');
    await sidebar.selectOption('[data-testid=partner-report] select[name=kind]', 'year');
    await expect(sidebar.locator('[data-testid=partner-report] select[name=month]').isHidden()).resolves.toBe(true);
    await sidebar.fill('[data-testid=partner-report] input[name=year]', '2026');
    await sidebar.click('[data-endpoint=generatePartnerReport]');
    const links = sidebar.locator('[data-testid=partner-report] .action-status a');
    await links.first().waitFor();
    await expect(links.allTextContents()).resolves.toEqual([
      'Rapport au partenaire — Open Society Initiative for West Africa — année 2026',
      'dossier du partenaire',
    ]);
    await expect(sidebar.locator('[data-testid=partner-report] .action-status').textContent()).resolves.toMatch(/^Rapport créé : /);
    await page.screenshot({ path: join(ARTIFACTS, 'partner-report.png') });

    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=map]');
    await sidebar.click('[data-endpoint=generateDiagnosticReport]');
    const diagnostic = sidebar.locator('.action-status a', { hasText: 'Diagnostic des partenariats existants' });
    await diagnostic.waitFor();
    await expect(diagnostic.textContent()).resolves.toBe('Diagnostic des partenariats existants — au 12 mars 2026');
    await page.screenshot({ path: join(ARTIFACTS, 'diagnostic-link.png') });
  } finally {
    await opened.close();
  }
});
