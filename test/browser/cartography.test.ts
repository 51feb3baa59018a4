/**
 * The partner map read in the sidebar's 300 px (headless Chromium, sandbox, emulator): every type,
 * category and quadrant name is shown whole — no header cut short, no word broken across two lines,
 * nothing wider than the sidebar.
 */
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';

const chromium = useChromium();
const seededSandbox = useSandbox();
let opened: OpenSidebar;
let sidebar: Frame;

beforeEach(async () => {
  opened = await openSidebar(chromium(), USERS.officer, { sandbox: seededSandbox() });
  ({ sidebar } = opened);
  await sidebar.click('.tabs .more');
  await sidebar.click('[data-view=map]');
  await sidebar.waitForSelector('[data-testid=quadrants]');
});
afterEach(async () => {
  await opened?.close();
});

/** Words of the view drawn over two lines (a word's characters in more than one line box). */
const brokenWords = () =>
  sidebar.locator('#view').evaluate((root) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index!);
        range.setEnd(node, m.index! + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });

it('shows every type and category name whole, wrapping only between words, within 300 px', async () => {
  const frameWidth = await sidebar.evaluate(() => document.documentElement.clientWidth);
  expect(frameWidth).toBeLessThanOrEqual(300);
  const names = await sidebar.locator('ul.matrix > li > strong, ul.by-category span').allTextContents();
  expect(names.length).toBeGreaterThan(5);
  // Names as the partners' sheet has them: none cut short to fit.
  expect(names.filter((n) => /\.$/.test(n))).toEqual([]);
  expect(await sidebar.locator('ul.by-category span', { hasText: 'Institutionnel' }).count()).toBeGreaterThan(0);
  expect(await brokenWords()).toEqual([]);
  const overflowing = await sidebar
    .locator('#view *')
    .evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'auto').map((e) => e.className || e.tagName),
    );
  expect(overflowing).toEqual([]);
  await opened.page.screenshot({ path: join(ARTIFACTS, 'cartography-300px.png') });
});
