/** The real Sidebar.html in headless Chromium, served by the sandbox against the emulator. */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_PARTNERS, DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, useChromium } from '../support/browser';
import { PARTNER_PAGE } from '../../src/domain/contracts/paging';

const chromium = useChromium();
let sandbox: Sandbox;
let page: Page;

afterEach(async () => {
  await page?.close();
  await sandbox?.close();
});

async function openSidebar(as: string = DEMO_USERS.chargee): Promise<Frame> {
  page = await chromium().newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${sandbox.url}/?as=${encodeURIComponent(as)}`);
  const frame = page.frame({ url: /\/sidebar/ });
  if (!frame) throw new Error('sidebar iframe not found');
  return frame;
}

describe('sidebar in the sandbox', () => {
  it('lists the first page of demo partners, the rest on « Afficher plus », and searches them on the server', async () => {
    sandbox = await startSandbox();
    const sidebar = await openSidebar();
    await sidebar.waitForSelector('[data-testid=partner-list] li');
    expect(await sidebar.locator('li.partner').count()).toBe(PARTNER_PAGE);
    await expect(sidebar.locator('.count').textContent()).resolves.toBe(`${PARTNER_PAGE} affichés sur ${DEMO_PARTNERS.length} partenaires`);
    await page.screenshot({ path: join(ARTIFACTS, 'sidebar-partners.png') });
    await sidebar.click('[data-action=more-partners]');
    // The whole count (« 40 partenaires »), not « 30 affichés sur 40 partenaires » still shown while the page loads.
    await sidebar.locator('.count', { hasText: new RegExp(`^${DEMO_PARTNERS.length} partenaires$`) }).waitFor();
    expect(await sidebar.locator('li.partner').count()).toBe(DEMO_PARTNERS.length);
    expect(await sidebar.isHidden('[data-action=more-partners]')).toBe(true);

    await sidebar.fill('#search', 'segou');
    await sidebar.locator('.count', { hasText: ` sur ${DEMO_PARTNERS.length}` }).waitFor();
    const names = await sidebar.locator('.partner-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Conseil régional de Ségou', 'Plan International Mali']));
    expect(names.every((n) => /Ségou|Plan/.test(n))).toBe(true);
    await expect(sidebar.locator('.count').textContent()).resolves.toMatch(new RegExp(`^${names.length} partenaires? sur ${DEMO_PARTNERS.length}$`));
  });

  it('shows the server refusal in French to a user without a role', async () => {
    sandbox = await startSandbox();
    const sidebar = await openSidebar('inconnu@gmail.com');
    // In place of the views (not in the error banner): the sidebar has nothing else to offer.
    await sidebar.waitForSelector('[data-testid=no-role]');
    expect(await sidebar.locator('#view').textContent()).toContain("Accès refusé : inconnu@gmail.com n'a pas de rôle dans Pacte.");
    expect(await sidebar.locator('li.partner').count()).toBe(0);
  });

  it('prints partner data as text, never as HTML', async () => {
    const hostile = { name: '<img src=x onerror="document.body.dataset.pwned=1">Association', type: 'OSC', region: '<b>Kayes</b>' };
    sandbox = await startSandbox({ partners: [hostile] });
    const sidebar = await openSidebar();
    await sidebar.waitForSelector('li.partner');
    expect(await sidebar.locator('.partner-name').textContent()).toBe(hostile.name);
    expect(await sidebar.locator('li.partner img').count()).toBe(0);
    expect(await sidebar.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
  });

  it("keeps a hostile ?as= address inside the sidebar page's script as a string", async () => {
    sandbox = await startSandbox();
    const as = "x$'</script><script>document.body.dataset.pwned=1</script>@y";
    const html = await (await fetch(`${sandbox.url}/sidebar?as=${encodeURIComponent(as)}`)).text();
    expect(html).not.toContain('</script><script>document.body');
    expect(html).toContain("x$'\\u003c/script>\\u003cscript>document.body.dataset.pwned=1\\u003c/script>@y");
  });
});
