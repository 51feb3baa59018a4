/**
 * « Ma semaine » on a slow connection (every call 1.5 s more): the chargée's « Copier pour
 * WhatsApp » shows the very text getMyDigest gives her, with its counts, and copies it (or, where
 * the clipboard is refused, selects it and says to press Ctrl+C); the admin sees the failures of
 * scheduled jobs with their stack behind a toggle, while an officer and a reader neither see nor ask for them.
 */
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;

jest.setTimeout(120_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

/** Ma semaine opened as `user`, once its items or its empty sentence show; the endpoints it asked for. */
async function openWeek(user: string): Promise<{ sidebar: Frame; asked: string[] }> {
  opened = await openSidebar(chromium(), user, { height: 1100, sandbox: slowSandbox() });
  const { sidebar, page } = opened;
  const asked: string[] = [];
  page.on('request', (r) => {
    const name = /\/run\/(\w+)/.exec(r.url())?.[1];
    if (name) asked.push(name);
  });
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-week');
  await sidebar.locator('[data-testid=my-week], #view-panel p.empty').first().waitFor();
  return { sidebar, asked };
}

it('« Copier pour WhatsApp » shows the chargée’s digest as getMyDigest gives it, with its counts, and copies it', async () => {
  const { sidebar } = await openWeek(DEMO_USERS.chargee);
  const expected = slowSandbox().workbook.call('getMyDigest', [], { user: DEMO_USERS.chargee });
  expect(expected.counts.late).toBeGreaterThan(0);
  expect(expected.counts.week).toBeGreaterThan(0);
  await sidebar.click('[data-action=whatsapp-digest]');
  const box = sidebar.locator('[data-testid=whatsapp-text]');
  await box.waitFor();
  expect(await box.inputValue()).toBe(expected.text);
  expect(await box.getAttribute('readonly')).not.toBeNull();
  const { late, week, month } = expected.counts;
  await sidebar.locator('[data-testid=whatsapp-digest] p.count', { hasText: `${late} en retard · ${week} cette semaine · ${month} dans 30 jours` }).waitFor();

  await sidebar.click('[data-action=copy-whatsapp]');
  const status = sidebar.locator('[data-testid=copy-status]', { hasText: /^(Copié|Texte sélectionné : faites Ctrl\+C)$/ });
  await status.waitFor();
  if ((await status.textContent()) !== 'Copié') {
    // Refused clipboard: the whole text is selected, ready for Ctrl+C.
    const selected = await box.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, document.activeElement === t]);
    expect(selected).toEqual([0, expected.text.length, true]);
  }
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'digest-whatsapp.png') });
});

it('where the clipboard is refused (a sandboxed iframe), the whole text is selected and the user told to press Ctrl+C', async () => {
  const { sidebar } = await openWeek(DEMO_USERS.chargee);
  await sidebar.evaluate(() =>
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('refusé', 'NotAllowedError')) },
    }),
  );
  await sidebar.click('[data-action=whatsapp-digest]');
  const box = sidebar.locator('[data-testid=whatsapp-text]');
  await sidebar.click('[data-action=copy-whatsapp]');
  await sidebar.locator('[data-testid=copy-status]', { hasText: 'Texte sélectionné : faites Ctrl+C' }).waitFor();
  const text = await box.inputValue();
  expect(text).toMatch(/^\*Pacte — engagements au 12 mars 2026\*/);
  expect(await box.evaluate((t: HTMLTextAreaElement) => [t.selectionStart, t.selectionEnd, document.activeElement === t])).toEqual([0, text.length, true]);
});

it('the admin sees the failed scheduled job with its stack behind a toggle', async () => {
  const { sidebar } = await openWeek(DEMO_USERS.admin);
  const [failure] = slowSandbox().workbook.call('listJobErrors', [{ offset: 0, limit: 5 }], { user: DEMO_USERS.admin }).errors;
  const panel = sidebar.locator('[data-testid=job-errors]');
  await panel.locator('h3', { hasText: 'Erreurs des tâches planifiées' }).waitFor();
  await panel.locator('p', { hasText: /^1 tâche planifiée a échoué depuis le 12 mars 2026 à \d\d:\d\d/ }).waitFor();
  const item = panel.locator('li', { hasText: `· ${failure.job}` });
  await item.locator('div', { hasText: failure.message }).waitFor();
  const stack = item.locator('details pre');
  expect(await stack.isVisible()).toBe(false);
  await item.locator('summary', { hasText: 'Pile d’appels' }).click();
  await stack.waitFor();
  expect(await stack.textContent()).toBe(failure.stack);
  expect(await panel.locator('[data-action=more-job-errors]').isVisible()).toBe(false);
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'job-errors.png') });
});

it.each([
  ['an officer', DEMO_USERS.chargee],
  ['a reader', DEMO_USERS.lecteur],
])('%s neither sees nor asks for the failures of scheduled jobs; the reader has the WhatsApp copy too', async (_who, user) => {
  const { sidebar, asked } = await openWeek(user);
  await sidebar.locator('[data-action=whatsapp-digest]').waitFor();
  expect(await sidebar.locator('[data-testid=job-errors]').count()).toBe(0);
  expect(asked).toContain('getMyWeek');
  expect(asked).not.toContain('listJobErrors');
});
