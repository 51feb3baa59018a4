/**
 * The monthly and annual reports as a director reads them: generated through the bundle from the
 * report workbook, their Docs laid out on A4 pages in headless Chromium → test-artifacts/
 * rapport-mensuel-page1..3.png and rapport-annuel-page1..3.png.
 */
import { readFileSync } from 'node:fs';
import type { GeneratedReport } from '../../src/domain/contracts';
import { useChromium } from '../support/browser';
import { A4, renderDocPages } from '../support/doc-render';
import { reportWorkbook } from '../support/report-workbook';
import { USERS } from '../support/workbooks';

const chromium = useChromium();

it('renders the first pages of the March 2026 monthly report and of the 2025 annual report as A4 PNGs', async () => {
  const wb = reportWorkbook();
  for (const [name, req] of [
    ['rapport-mensuel', { kind: 'mensuel', year: 2026, month: 3 }],
    ['rapport-annuel', { kind: 'annuel', year: 2025 }],
  ] as const) {
    const made = wb.call('generateReport', [req], { user: USERS.admin }) as GeneratedReport;
    const html = wb.world.run(() => (DocumentApp.openById(/\/d\/([\w-]+)/.exec(made.url)![1]) as unknown as { _toHtml(): string })._toHtml(), {
      user: USERS.admin,
    });
    expect(html).not.toContain('{{');
    const paths = await renderDocPages(chromium(), html, name, 3);
    expect(paths.map((p) => p.split('/').pop())).toEqual([1, 2, 3].map((n) => `${name}-page${n}.png`));
    for (const p of paths) {
      const png = readFileSync(p);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([A4.width, A4.height]);
      // A blank A4 page compresses to about 4 kB: these hold the title page, text, tables, charts.
      expect(png.length).toBeGreaterThan(15_000);
    }
  }
});
