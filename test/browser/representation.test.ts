/** A compte rendu written in the sidebar for two partners met, with a follow-up (headless Chromium, sandbox on a slow line). */
import { join } from 'node:path';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, SLOW_LINE_MS, useChromium, useSandbox } from '../support/browser';
import { choosePartner } from '../support/picker';

const chromium = useChromium();
const sandbox = useSandbox({ latencyMs: SLOW_LINE_MS });

it('writes a compte rendu for two partners met: with a follow-up for one of them, and the Doc is linked', async () => {
  const opened = await openSidebar(chromium(), USERS.officer, { sandbox: sandbox() });
  const { sidebar, page } = opened;
  try {
    await sidebar.click('.tabs .more');
    await sidebar.click('[data-view=report]');
    await sidebar.waitForSelector('.report-form');
    await sidebar.fill('#report-date', '2026-03-11');
    await sidebar.fill('#report-place', 'Ségou');
    await sidebar.selectOption('#report-kind', 'Atelier');
    await choosePartner(sidebar, '.report-form', 'Tamani', 'Studio Tamani');
    await sidebar.locator('[data-testid=met] li', { hasText: 'Studio Tamani' }).waitFor();
    await choosePartner(sidebar, '.report-form', 'Klédu', 'Radio Klédu');
    await sidebar.locator('[data-testid=met] li', { hasText: 'Radio Klédu' }).waitFor();
    await sidebar.fill('#report-objectives', 'Coproduire une émission jeunesse');
    await sidebar.click('[data-action=add-follow-up]');
    await sidebar.fill('#fu-action-1', 'Envoyer le synopsis');
    await sidebar.fill('#fu-owner-1', 'Awa');
    await sidebar.fill('#fu-due-1', '2026-03-25');
    await sidebar
      .locator('#fu-partner-1')
      .selectOption({ label: 'Radio Klédu — ' + (await sidebar.locator('[data-testid=met] li', { hasText: 'Radio Klédu' }).getAttribute('data-id')) });
    await sidebar.click('[data-endpoint=writeMeetingReport][type=submit]');
    const link = sidebar.locator('[data-testid=report-result] a');
    await link.waitFor();
    await expect(link.textContent()).resolves.toBe('Compte rendu — Atelier — Ségou — 11 mars 2026');
    await page.screenshot({ path: join(ARTIFACTS, 'representation-compte-rendu.png') });
  } finally {
    await opened.close();
  }
});
