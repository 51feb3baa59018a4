/**
 * A published report as a director reads it: the sample report written by the real services on
 * the emulator, its Doc laid out on A4 pages in headless Chromium → test-artifacts/report-page1.png
 * (title page) and report-page2.png (synthesis, tables, chart).
 */
import { readFileSync } from 'node:fs';
import { portsFor } from '../../src/server/frame/ports';
import { publishReport, readReportSettings } from '../../src/app/reports/publish';
import { ADMIN, setupWorkbook } from '../support/workbook';
import { REPORT_SAMPLE } from '../support/report-sample';
import { useChromium } from '../support/browser';
import { A4, renderDocPages } from '../support/doc-render';

const chromium = useChromium();

it('renders the first two pages of a published report as A4 PNGs: the title page, then the body with its table and chart', async () => {
  const wb = setupWorkbook();
  const html = wb.world.run(
    () => {
      const ports = portsFor(wb.ctx());
      const { url } = publishReport(ports, readReportSettings(ports), REPORT_SAMPLE, 'mensuel', '2026-03');
      const id = /\/d\/([\w-]+)/.exec(url)![1];
      return (DocumentApp.openById(id) as unknown as { _toHtml(): string })._toHtml();
    },
    { user: ADMIN },
  );
  expect(html).not.toContain('{{');
  const paths = await renderDocPages(chromium(), html, 'report', 2);
  expect(paths.map((p) => p.split('/').pop())).toEqual(['report-page1.png', 'report-page2.png']);
  for (const p of paths) {
    const png = readFileSync(p);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([A4.width, A4.height]);
    // A blank A4 page compresses to about 4 kB: these hold text, a table, an image.
    expect(png.length).toBeGreaterThan(15_000);
  }
});
