/**
 * The « Indicateurs » panel in the sidebar (headless Chromium, sandbox with its past snapshots, slow
 * line): the month's KPIs with their trend, switching to the quarter, ▲▼ against the previous period
 * and the target, a definition behind « ? », the previous quarter.
 */
import { join } from 'node:path';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, SLOW_LINE_MS, useChromium, useSandbox } from '../support/browser';

const chromium = useChromium();
const sandbox = useSandbox({ latencyMs: SLOW_LINE_MS });

it('opens the panel, switches to the quarter, shows ▲▼ and a definition, then the quarter before', async () => {
  const opened = await openSidebar(chromium(), USERS.officer, { sandbox: sandbox() });
  const { sidebar, page } = opened;
  try {
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=kpis]');
    await sidebar.getByRole('heading', { name: 'mars 2026' }).waitFor();
    // Eleven months of snapshots and March live: the trend line is drawn.
    const resources = sidebar.locator('[data-kpi=resourcesMobilised]');
    await expect(resources.locator('.sparkline polyline').getAttribute('points')).resolves.toMatch(/^(\S+ ){11}\S+$/);

    await sidebar.getByRole('button', { name: 'Trimestre' }).click();
    await sidebar.getByRole('heading', { name: '1er trimestre 2026' }).waitFor();
    await expect(resources.locator('.kpi-value').textContent()).resolves.toMatch(/FCFA$/);
    // Against the previous quarter and the annual target prorated (100 000 000 / 4).
    await expect(resources.locator('[data-testid=vs-previous]').textContent()).resolves.toMatch(/^[▲▼=] .* vs 4e trimestre 2025$/);
    await expect(resources.locator('[data-testid=vs-target]').textContent()).resolves.toMatch(/^[▲▼=] objectif 25\s000\s000\sFCFA/);
    expect(await sidebar.locator('[data-testid=vs-previous]', { hasText: /^[▲▼]/ }).count()).toBeGreaterThan(0);

    const identified = sidebar.locator('[data-kpi=partnersIdentified]');
    await identified.getByRole('button', { name: 'Définition : Partenaires identifiés' }).click();
    await expect(identified.locator('.kpi-definition').isVisible()).resolves.toBe(true);
    await expect(identified.locator('.kpi-definition').textContent()).resolves.toContain('Créé le');
    await page.screenshot({ path: join(ARTIFACTS, 'kpi-panel-quarter.png'), fullPage: true });

    await sidebar.getByRole('button', { name: 'Période précédente' }).click();
    await sidebar.getByRole('heading', { name: '4e trimestre 2025' }).waitFor();
  } finally {
    await opened.close();
  }
});
