/** The « Aide » dialog covers every view of the sidebar: one section per tab, in the tab's own words. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP_HTML } from '../../src/domain/help/help-page';
import { HELP_VIEWS, VIEW_HELP } from '../../src/domain/help/view-help';

const SIDEBAR = readFileSync(join(__dirname, '../../src/client/sidebar.html'), 'utf8');
/** The sidebar's tabs as the user sees them: view → label. */
const tabs = new Map([...SIDEBAR.matchAll(/role="tab"[^>]*data-view="(\w+)"[^>]*>([^<]+)</g)].map((m) => [m[1], m[2].replace(/\s+/g, ' ').trim()]));

it('has a section for every tab of the sidebar, titled as the tab', () => {
  expect(tabs.size).toBeGreaterThanOrEqual(8);
  expect([...tabs.keys()].sort()).toEqual([...HELP_VIEWS].sort());
  for (const [view, label] of tabs) {
    expect(VIEW_HELP[view as keyof typeof VIEW_HELP].title).toBe(label);
    expect(HELP_HTML).toContain(`<h4>${label}</h4>`);
  }
});

it('explains the conventions circuit and the surveys, which staff asked about', () => {
  expect(HELP_HTML).toContain('juridique → DAF → DG/SG');
  expect(HELP_HTML).toMatch(/Enquêtes<\/h4>\n<p>[^<]*NPS/);
  expect(HELP_HTML).toContain('quota quotidien de Gmail');
});
