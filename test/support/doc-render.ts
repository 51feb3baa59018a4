/**
 * A Google Doc as its reader sees it: the emulator's HTML export (dev/emulator/document/html.ts,
 * one `.page` per page break) laid out on A4 pages in headless Chromium — blocks that overflow a
 * page move to the next one, as Docs flows text — and the first pages saved as PNGs.
 *
 * API: `renderDocPages(browser, html, name, pages)` → the PNG paths written,
 * `test-artifacts/<name>-page<n>.png` (n from 1), each 794 × 1123 pixels (A4 at 96 dpi).
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { ARTIFACTS } from './browser';

export const A4 = { width: 794, height: 1123 };

const PAGE_CSS = `body { background: #fff; } .page { width: ${A4.width}px; height: ${A4.height}px; min-height: 0; overflow: hidden; margin: 0 auto; position: relative; }`;

/** Moves the blocks past the bottom margin of each page to a new page after it (a block taller than a page stays). */
function paginate(pageHeight: number): number {
  const pages = (): HTMLElement[] => Array.from(document.querySelectorAll<HTMLElement>('.page'));
  for (let i = 0; i < pages().length; i++) {
    const page = pages()[i];
    const main = page.querySelector('main')!;
    const footer = page.querySelector('footer');
    const padding = parseFloat(getComputedStyle(page).paddingBottom);
    const limit = page.getBoundingClientRect().top + pageHeight - padding - (footer ? footer.getBoundingClientRect().height : 0);
    const blocks = Array.from(main.children) as HTMLElement[];
    let first = blocks.findIndex((b, k) => k > 0 && b.getBoundingClientRect().bottom > limit);
    if (first < 0) continue;
    // Headings (Docs' heading styles keep with next) and centred captions go with the block they introduce.
    const introduces = (b: HTMLElement): boolean =>
      /^H[1-6]$/.test(b.tagName) || (b.tagName === 'P' && b.style.textAlign === 'center' && !b.querySelector('img'));
    // At most a heading and a caption: a caption above is a table's, not the previous chart's (below it).
    if (first > 1 && introduces(blocks[first - 1]) && blocks[first].tagName === 'TABLE') first--;
    if (first > 1 && /^H[1-6]$/.test(blocks[first - 1].tagName)) first--;
    // A block taller than a page under only its heading and caption stays (Docs splits a long table across pages; here it is cut at the margin): the blocks after it move.
    const overflowing = blocks.findIndex((b, k) => k > 0 && b.getBoundingClientRect().bottom > limit);
    if (blocks.slice(0, first).every(introduces)) first = overflowing + 1;
    if (first >= blocks.length) continue;
    const next = page.cloneNode(true) as HTMLElement;
    const nextMain = next.querySelector('main')!;
    nextMain.replaceChildren(...blocks.slice(first));
    page.after(next);
  }
  return pages().length;
}

export async function renderDocPages(browser: Browser, html: string, name: string, pages: number): Promise<string[]> {
  const page = await browser.newPage({ viewport: { width: A4.width + 40, height: A4.height }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.addStyleTag({ content: PAGE_CSS });
  const count = await page.evaluate(paginate, A4.height);
  const paths: string[] = [];
  for (let n = 0; n < Math.min(pages, count); n++) {
    const path = join(ARTIFACTS, `${name}-page${n + 1}.png`);
    await page.locator('.page').nth(n).screenshot({ path });
    paths.push(path);
  }
  await page.close();
  return paths;
}
