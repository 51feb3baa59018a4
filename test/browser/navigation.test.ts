/**
 * Navigating in the real sidebar (headless Chromium, sandbox, emulator): a slow view the user left
 * never draws over the new one, focus lands on the new view's heading, and the top navigation works
 * from the keyboard as WAI-ARIA tabs (manual activation).
 */
import type { Frame, Page, Route } from 'playwright-core';
import { USERS } from '../support/workbooks';
import { openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';

const chromium = useChromium();
const seededSandbox = useSandbox();
let opened: OpenSidebar;
let page: Page;
let sidebar: Frame;

beforeEach(async () => {
  opened = await openSidebar(chromium(), USERS.officer, { sandbox: seededSandbox() });
  ({ page, sidebar } = opened);
});
afterEach(async () => {
  await opened?.close();
});

/**
 * Holds the sidebar's next google.script.run call to `name` until the test lets it through (as slow
 * as the test needs, with no timer): `arrived` resolves once the call is on its way.
 */
async function hold(name: string): Promise<{ arrived: Promise<void>; release(): Promise<void>; cutNetwork(): Promise<void> }> {
  let route!: Route;
  let arrived!: () => void;
  const arrival = new Promise<void>((resolve) => (arrived = resolve));
  await page.route(
    (url) => url.pathname === `/run/${name}`,
    (r) => {
      route = r;
      arrived();
    },
    { times: 1 },
  );
  return { arrived: arrival, release: () => route.continue(), cutNetwork: () => route.abort('failed') };
}

/** Resolves once the page has run the handlers of a response to `name` (the sandbox counts them). */
const settled = (name: string) =>
  sidebar.waitForFunction((n) => (window as unknown as { sandboxCallsSettled: string[] }).sandboxCallsSettled.includes(n), name);

/** Records whether the campaign list or an error message was ever on screen, from now on. */
const watchForSurveys = () =>
  sidebar.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=campaign-list]')) w.seen.push('campagnes');
      if (!document.getElementById('error')!.hidden) w.seen.push(`erreur : ${document.getElementById('error')!.textContent}`);
    }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
const seen = () => sidebar.evaluate(() => (window as unknown as { seen: string[] }).seen);

const focused = () =>
  sidebar.evaluate(() => ({
    id: document.activeElement?.id ?? '',
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent ?? '',
  }));
const selectedTabs = () => sidebar.locator('[role=tab][aria-selected=true]').evaluateAll((tabs) => tabs.map((t) => t.id));

describe('a view the user left while it was loading', () => {
  /** Opens Enquêtes, and Conventions while the campaigns are still on their way; watches the screen. */
  async function leaveSurveysWhileLoading() {
    await watchForSurveys();
    const campaigns = await hold('listCampaigns');
    await sidebar.click('[data-view=surveys]');
    await campaigns.arrived;
    await sidebar.click('[data-view=conventions]');
    await sidebar.waitForSelector('[data-testid=convention-list] li');
    return campaigns;
  }

  it('never shows its content in the view opened after it, even once its answer arrives', async () => {
    const campaigns = await leaveSurveysWhileLoading();
    await expect(sidebar.locator('h2').allTextContents()).resolves.toEqual(['Conventions']);

    await campaigns.release();
    await settled('listCampaigns');
    expect(await seen()).toEqual([]);
    expect(await sidebar.locator('[data-testid=campaign-list]').count()).toBe(0);
    expect(await sidebar.locator('[data-action=new-campaign]').count()).toBe(0);
    expect(await sidebar.locator('[role=tabpanel]').count()).toBe(1);
    expect(await sidebar.getAttribute('[role=tabpanel]', 'aria-labelledby')).toBe('tab-conventions');
    expect(await selectedTabs()).toEqual(['tab-conventions']);
    expect(await sidebar.locator('[data-testid=convention-list] li').count()).toBeGreaterThan(0);
  });

  it('shows no error for it when its call fails after the user left', async () => {
    const campaigns = await leaveSurveysWhileLoading();

    await campaigns.cutNetwork();
    await settled('listCampaigns');
    expect(await seen()).toEqual([]);
    expect(await sidebar.isHidden('#error')).toBe(true);
  });

  it('still shows a slow answer to the user who waited for it', async () => {
    const campaigns = await hold('listCampaigns');
    await sidebar.click('[data-view=surveys]');
    await campaigns.arrived;
    await campaigns.release();
    await sidebar.waitForSelector('[data-testid=campaign-list] li');
    await expect(sidebar.locator('h2').allTextContents()).resolves.toEqual(['Enquêtes']);
  });
});

describe('focus after navigation', () => {
  it('moves to the heading of the view opened from a tab', async () => {
    await sidebar.click('[data-view=conventions]');
    await sidebar.waitForSelector('[data-testid=convention-list] li');
    expect(await focused()).toMatchObject({ tag: 'H2', text: 'Conventions' });
  });

  it('moves to the heading drawn once the page has loaded (a partner’s page)', async () => {
    const name = await sidebar.locator('li.partner .partner-name').first().textContent();
    await sidebar.click('li.partner');
    await sidebar.waitForSelector('h2.partner-title');
    expect(await focused()).toMatchObject({ tag: 'H2', text: name });
  });
});

describe('top navigation from the keyboard', () => {
  const press = (key: string) => page.keyboard.press(key);

  it('moves between tabs with the arrows, Home and End, and opens the focused one with Enter or Space', async () => {
    // Tab stop: only the selected tab is in the Tab order.
    await expect(sidebar.locator('[role=tab][tabindex="0"]').evaluateAll((t) => t.map((x) => x.id))).resolves.toEqual(['tab-partners']);
    await sidebar.focus('#tab-partners');

    await press('ArrowRight');
    expect((await focused()).id).toBe('tab-pipeline');
    expect(await selectedTabs()).toEqual(['tab-partners']); // manual activation: focus alone opens nothing
    await press('Enter');
    await sidebar.waitForSelector('[data-testid=board] .column');
    expect(await selectedTabs()).toEqual(['tab-pipeline']);
    expect(await sidebar.getAttribute('[role=tabpanel]', 'aria-labelledby')).toBe('tab-pipeline');
    expect(await sidebar.getAttribute('#tab-pipeline', 'aria-controls')).toBe('view-panel');
    expect(await focused()).toMatchObject({ tag: 'H2', text: 'Pipeline' });
    await expect(sidebar.locator('[role=tab][tabindex="0"]').evaluateAll((t) => t.map((x) => x.id))).resolves.toEqual(['tab-pipeline']);

    await sidebar.focus('#tab-pipeline');
    await press('ArrowLeft');
    expect((await focused()).id).toBe('tab-partners');
    // Wraps to the last tab, in the « ⋯ » overflow, which opens to show it: for a chargée, « Importer »
    // (« Rôles (admin) » is hidden from her, and skipped).
    await press('ArrowLeft');
    expect((await focused()).id).toBe('tab-import');
    expect(await sidebar.isVisible('#tab-import')).toBe(true);
    expect(await sidebar.isHidden('#tab-roles')).toBe(true);
    await press('ArrowRight'); // wraps to the first tab; the overflow closes
    expect((await focused()).id).toBe('tab-partners');
    expect(await sidebar.isHidden('.more-menu')).toBe(true);
    await press('End');
    expect((await focused()).id).toBe('tab-import');
    await press('Home');
    expect((await focused()).id).toBe('tab-partners');

    await press('End');
    await press('ArrowLeft');
    expect((await focused()).id).toBe('tab-reports');
    await press('ArrowLeft');
    expect((await focused()).id).toBe('tab-kpis');
    await press('ArrowLeft');
    expect((await focused()).id).toBe('tab-map');
    await press(' ');
    await sidebar.waitForSelector('[data-testid=quadrants]');
    expect(await selectedTabs()).toEqual(['tab-map']);
    expect(await focused()).toMatchObject({ tag: 'H2', text: 'Cartographie' });
    expect(await sidebar.isHidden('.more-menu')).toBe(true);
    // The selected tab is hidden in the closed overflow: the Tab stop falls back on the first tab.
    await expect(sidebar.locator('[role=tab][tabindex="0"]').evaluateAll((t) => t.map((x) => x.id))).resolves.toEqual(['tab-partners']);
  });
});
