/**
 * The diagnostic as a director reads it: generated from the sandbox's demo workbook through the
 * built bundle, its Doc laid out on A4 pages in headless Chromium → test-artifacts/diagnostic-page1.png
 * (title page) to diagnostic-page3.png (synthesis, inventory tables, chart, groups).
 */
import { readFileSync } from 'node:fs';
import { fullWorkbook } from '../support/full-workbook';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { useChromium } from '../support/browser';
import { A4, renderDocPages } from '../support/doc-render';

const chromium = useChromium();

it('renders the first three pages of the demo diagnostic as A4 PNGs', async () => {
  const wb = fullWorkbook();
  const { url } = wb.call('generateDiagnosticReport', [], { user: DEMO_USERS.dg });
  const html = wb.world.run(() => (DocumentApp.openByUrl(url) as unknown as { _toHtml(): string })._toHtml());
  expect(html).not.toContain('{{');
  expect(html).toContain('Graphique 1 — Partenaires par étape du cycle de vie');
  const paths = await renderDocPages(chromium(), html, 'diagnostic', 3);
  expect(paths.map((p) => p.split('/').pop())).toEqual(['diagnostic-page1.png', 'diagnostic-page2.png', 'diagnostic-page3.png']);
  for (const p of paths) {
    const png = readFileSync(p);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([A4.width, A4.height]);
    // A blank A4 page compresses to about 4 kB: these hold text, tables, a chart.
    expect(png.length).toBeGreaterThan(15_000);
  }
}, 120_000);
