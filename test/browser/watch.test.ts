/**
 * « Veille » on a slow connection: the demo's calls (feeds and typed) listed by deadline with their
 * fit explained; the chargée pastes a call, decides « Go » and sees its opportunity created, one only.
 */
import { join } from 'node:path';
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

it('pastes a call, decides « Go » and sees the opportunity created at « Cible »', async () => {
  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, sandbox: slowSandbox() });
  const { sidebar, page } = opened;
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-watch');
  // The feed's call, its fit explained.
  await sidebar
    .locator('[data-testid=watch-call]', { hasText: 'Appel « Jeunes et gouvernance locale » 2026' })
    .locator('.fit', { hasText: 'thème Gouvernance = axe 1' })
    .waitFor();

  await sidebar.fill('[data-testid=watch-paste] textarea', 'Appel Citoyenneté numérique ; Fondation Orange ; 25/04/2026 ; https://fondation.orange.ml/appel');
  await sidebar.click('[data-testid=watch-paste] button[type=submit]');
  await sidebar.locator('[data-testid=watch-paste] [role=status]', { hasText: '1 appel ajouté' }).waitFor();
  const pasted = sidebar.locator('[data-testid=watch-call]', { hasText: 'Appel Citoyenneté numérique' });
  await pasted.waitFor();

  await pasted.locator('[data-action="decide-Go"]').click();
  await pasted.locator('[role=status]', { hasText: /^Opportunité OPP-\d+ créée à l’étape « Cible »\.$/ }).waitFor();
  await pasted.locator('[data-testid=watch-decision]', { hasText: /^Go · opportunité OPP-\d+$/ }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'veille-go.png') });

  const opps = slowSandbox().workbook.call('getBoard', [{ limit: 200 }], { user: DEMO_USERS.chargee });
  const cible = opps.columns.find((c) => c.stage === 'Cible')!;
  expect(cible.cards.filter((c) => c.title === 'Appel Citoyenneté numérique')).toHaveLength(1);
});
