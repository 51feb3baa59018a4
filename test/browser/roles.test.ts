/**
 * Each role sees only the controls it may use, in the real sidebar (headless Chromium, sandbox with
 * the demo workbook): every control naming an endpoint (`data-endpoint`) is offered exactly when the
 * server's own rule (`mayCall` over the declarations, less what Paramètres withholds: the analysis
 * outside « Approbation ») lets the role call it, on each main screen and in the tabs; decisions only on the step awaiting the user's role; a user with no role reads why.
 */
import { join } from 'node:path';
import type { Frame } from 'playwright-core';
import { mayCall, type EndpointName } from '../../src/domain/contracts/api';
import type { Role } from '../../src/domain/settings/settings';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar } from '../support/browser';

const chromium = useChromium();
const sandbox = useSandbox();
let opened: OpenSidebar | undefined;
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const open = async (user: string): Promise<Frame> => {
  opened = await openSidebar(chromium(), user, { sandbox: sandbox() });
  // The role answered: the controls it may not use are gone for good.
  await opened.sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  return opened.sidebar;
};

/** The endpoints named by the controls on screen (visible), each once, sorted. */
const offered = (sidebar: Frame, within = '#view'): Promise<string[]> =>
  sidebar.evaluate(
    (root) =>
      [
        ...new Set(
          [...document.querySelector(root)!.querySelectorAll<HTMLElement>('[data-endpoint]')]
            .filter((e) => e.checkVisibility())
            .map((e) => e.dataset.endpoint!),
        ),
      ].sort(),
    within,
  );
const visibleTabs = (sidebar: Frame): Promise<string[]> =>
  sidebar.evaluate(() => [...document.querySelectorAll<HTMLElement>('[role=tab]')].filter((t) => !t.hidden).map((t) => t.dataset.view!));

/** The convention of the demo awaiting the DAF (juridique approved it). */
const awaitingDaf = (): string => {
  const list = sandbox().workbook.call('listConventions', [], { user: DEMO_USERS.admin });
  return list.find((c) => c.awaitingRole === 'DAF')!.id;
};

/** What each screen offers a user allowed everything (the admin); a role sees those `mayCall` allows. */
const SCREENS: Record<string, EndpointName[]> = {
  partners: ['savePartner'],
  partner: [
    'archiveRecord',
    'createMeetingBrief',
    'logInteraction',
    'movePartnerStage',
    'saveAnalysis',
    'savePartner',
    'startEvaluation',
    'writeMeetingReport',
  ],
  pipeline: ['moveOpportunity', 'saveOpportunity'],
  // Decisions are the awaited role's only (the server's canDecide), whatever mayCall says.
  convention: ['attachMinutes', 'generateConvention'],
  surveys: ['createCampaign'],
  commitments: ['addCommitment', 'cancelCommitment', 'markCommitmentDone', 'refreshCommitmentBoard'],
  // The demo holds one failed scheduled job: the admin's panel shows it.
  week: ['getMyDigest', 'listJobErrors'],
  events: ['planEvent'],
};
const ALL_TABS = [
  'partners',
  'pipeline',
  'conventions',
  'surveys',
  'commitments',
  'resources',
  'events',
  'week',
  'readiness',
  'watch',
  'report',
  'map',
  'kpis',
  'reports',
  'import',
  'roles',
];
const TAB_ENDPOINT: Record<string, EndpointName> = { watch: 'listWatch', report: 'writeMeetingReport', import: 'importPartners', roles: 'listRoles' };

const ROLES: [Role, string][] = [
  ['admin', DEMO_USERS.admin],
  ['chargé', DEMO_USERS.chargee],
  ['juridique', DEMO_USERS.juridique],
  ['DAF', DEMO_USERS.daf],
  ['DG', DEMO_USERS.dg],
  ['SG', DEMO_USERS.sg],
  ['lecteur', DEMO_USERS.lecteur],
];

describe.each(ROLES)('as %s', (role, user) => {
  it('each screen and the tabs offer exactly what the server lets this role call', async () => {
    const convention = awaitingDaf();
    const sidebar = await open(user);
    const { withheld } = sandbox().workbook.call('getSession', [], { user });
    const expected = (screen: string) => SCREENS[screen].filter((name) => mayCall(name, role) && !withheld.includes(name));
    const seen: Record<string, string[]> = {};

    seen.tabs = await visibleTabs(sidebar);
    seen.partners = await offered(sidebar);
    await sidebar.click('li.partner');
    await sidebar.waitForSelector('h2.partner-title');
    seen.partner = await offered(sidebar);
    await sidebar.click('#tab-pipeline');
    await sidebar.waitForSelector('[data-testid=board] .card');
    seen.pipeline = await offered(sidebar);
    await sidebar.click('#tab-conventions');
    await sidebar.click(`[data-testid=convention-list] li[data-id="${convention}"]`);
    await sidebar.waitForSelector('[data-testid=circuit]');
    seen.convention = await offered(sidebar);
    await opened!.page.screenshot({ path: join(ARTIFACTS, `roles-${role}-convention.png`) });
    const approve = await sidebar.locator('[data-action=approve]').count();
    await sidebar.click('#tab-surveys');
    await sidebar.waitForSelector('[data-testid=campaign-list]');
    seen.surveys = await offered(sidebar);
    await sidebar.click('.more');
    await sidebar.click('#tab-commitments');
    await sidebar.locator('p.count', { hasText: /engagement/ }).waitFor();
    // Every partner's commitments (the default is the user's own, and the admin owns none).
    await sidebar.selectOption('[data-filter=by]', 'partner');
    await sidebar.locator('[data-testid=commitments] li', { hasText: 'Rapport de démarrage' }).waitFor();
    await sidebar.locator('[data-testid=commitments]:not([aria-busy])').waitFor();
    seen.commitments = await offered(sidebar);
    await sidebar.click('.more');
    await sidebar.click('#tab-week');
    await sidebar.waitForSelector('[data-action=whatsapp-digest]');
    seen.week = await offered(sidebar);
    await sidebar.click('.more');
    await sidebar.click('#tab-events');
    await sidebar.waitForSelector('[data-testid=events] li');
    seen.events = await offered(sidebar);

    const decide: string[] = role === 'DAF' ? ['decideValidation'] : [];
    expect(seen).toEqual({
      tabs: ALL_TABS.filter((t) => !TAB_ENDPOINT[t] || mayCall(TAB_ENDPOINT[t], role)),
      partners: expected('partners'),
      partner: expected('partner'),
      pipeline: expected('pipeline'),
      convention: [...expected('convention'), ...decide].sort(),
      surveys: expected('surveys'),
      // « Marquer réalisé » for editors, or beside the user's own open commitments: the demo's other roles own none.
      commitments: expected('commitments').filter((name) => name !== 'markCommitmentDone' || mayCall('cancelCommitment', role)),
      week: expected('week'),
      events: expected('events'),
    });
    // « Approuver » only for the role the step awaits; the analysis for the demo's editors and « Approbation » (DG, admin).
    expect(approve).toBe(role === 'DAF' ? 1 : 0);
    expect(seen.partner.includes('saveAnalysis')).toBe(['admin', 'chargé', 'DG'].includes(role));
  });
});

it('a reader is offered no control that writes on the partners list, a partner, the pipeline, a convention or the surveys', async () => {
  const convention = awaitingDaf();
  const sidebar = await open(DEMO_USERS.lecteur);
  const buttons = () => sidebar.locator('#view button:visible, #view select:visible').allTextContents();
  const seen = [await buttons()];
  await sidebar.click('li.partner');
  await sidebar.waitForSelector('h2.partner-title');
  seen.push(await buttons());
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'roles-lecteur-partner.png') });
  await sidebar.click('#tab-pipeline');
  await sidebar.waitForSelector('[data-testid=board] .card');
  seen.push(await buttons());
  await sidebar.click('#tab-conventions');
  await sidebar.click(`[data-testid=convention-list] li[data-id="${convention}"]`);
  await sidebar.waitForSelector('[data-testid=circuit]');
  seen.push(await buttons());
  await sidebar.click('#tab-surveys');
  await sidebar.waitForSelector('[data-testid=campaign-list]');
  seen.push(await buttons());
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'roles-lecteur-surveys.png') });
  // What is left reads or navigates: pages of a list, the board's filters, back links.
  const writes =
    /Nouve|Créer|Enregistrer|Modifier|Déplacer|Joindre|Soumettre|Approuver|Rejeter|Envoyer|Importer|Générer|version|Consigner|Note de|étape|Archiver|Restaurer/i;
  expect(seen.flat().filter((text) => writes.test(text))).toEqual([]);
});

it('a user with no role reads why in place of the views, with nothing left loading', async () => {
  const page = await chromium().newPage();
  try {
    await page.goto(`${sandbox().url}/?as=${encodeURIComponent('inconnu@exemple.org')}`);
    const sidebar = page.frame({ url: /\/sidebar/ })!;
    const message = sidebar.getByTestId('no-role');
    await message.waitFor();
    expect(await message.textContent()).toBe(
      "Accès refusé : inconnu@exemple.org n'a pas de rôle dans Pacte. Demandez à l'administrateur de Pacte de vous en attribuer un (Pacte → Rôles).",
    );
    await page.screenshot({ path: join(ARTIFACTS, 'roles-stranger.png') });
    expect(await sidebar.getByText('Chargement…').count()).toBe(0);
    expect(await sidebar.isHidden('nav.tabs')).toBe(true);
    expect(await sidebar.isHidden('#error')).toBe(true);
    expect(await sidebar.locator('[data-endpoint]:visible').count()).toBe(0);
  } finally {
    await page.close();
  }
});

it('« À valider par moi » shows the juridique the conventions awaiting juridique, in the list and in Ma semaine', async () => {
  const { workbook } = sandbox();
  // A chargée drafts a convention and submits it: its first step awaits the juridique.
  const draft = workbook.call(
    'generateConvention',
    [
      {
        partnerId: 'PAR-0004',
        type: 'Convention de partenariat',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        amount: 1_000_000,
        purpose: 'Programme commun de formation.',
      },
    ],
    { user: DEMO_USERS.chargee },
  ).convention.id;
  workbook.call('submitForValidation', [draft], { user: DEMO_USERS.chargee });
  const sidebar = await open(DEMO_USERS.juridique);

  await sidebar.click('#tab-conventions');
  const toggle = sidebar.getByRole('button', { name: 'À valider par moi (1)' });
  await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  await expect(sidebar.locator('[data-testid=convention-list] li:visible').evaluateAll((li) => li.map((x) => x.getAttribute('data-id')))).resolves.toEqual([
    draft,
  ]);
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'roles-juridique-awaiting.png') });

  await sidebar.click('.more');
  await sidebar.click('#tab-week');
  const section = sidebar.getByTestId('awaiting-me');
  await section.waitFor();
  expect(await section.locator('h3').textContent()).toBe('À valider par moi (1)');
  await section.getByRole('button', { name: new RegExp(`^${draft} `) }).click();
  await sidebar.waitForSelector('[data-action=approve]');
  await opened!.page.screenshot({ path: join(ARTIFACTS, 'roles-juridique-week.png') });
});
