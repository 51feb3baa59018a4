/**
 * Archiving and restoring from the sidebar on a slow connection (every call 1.5 s more): « Archiver »
 * asks what will happen, archives once on a double click (one Journal entry), takes the row out of
 * what is shown; Partenaires › Archives lists it and « Restaurer » brings it back. A reader is offered
 * neither. The tests wait on what the user sees.
 */
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS, recordBusy } from '../support/browser';

const LATENCY_MS = SLOW_LINE_MS;
const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: LATENCY_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;
let questions: string[];

/** Each test makes a dozen calls of 1.5 s or more. */
jest.setTimeout(120_000);

async function open(user: string): Promise<void> {
  // Every confirmation is accepted, as a user who means it would; each question is kept.
  opened = await openSidebar(chromium(), user, { height: 900, answer: '', sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
  questions = [];
  page.on('dialog', (d) => questions.push(d.message()));
}
afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

const rows = (sheet: string) => sandbox.workbook.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet)!.getDataRange().getValues());
/** The Journal's « archivage » entries for `id`. */
const archivings = (id: string) => rows('Journal').filter((r) => r.includes(id) && r.includes('archivage')).length;
/** The « Archivé le » cell of `id`'s row in `sheet`. */
const archivedAt = (sheet: string, id: string) => {
  const [header, ...data] = rows(sheet);
  return String(data.find((r) => r[header.indexOf('ID')] === id)![header.indexOf('Archivé le')]);
};

/** Two clicks as fast as a user's double click; the button must show it is working. */
async function doubleClick(button: Locator): Promise<void> {
  const working = await recordBusy(button);
  await button.dblclick();
  await working.seen(/^Archivage…$/);
}

async function notice(expected: string | RegExp): Promise<void> {
  await sidebar.locator('#notice:not([hidden])', { hasText: expected }).waitFor();
}

/** The partners list's total, once the whole count shows (not « N affichés sur M » while loading). */
async function partnersTotal(): Promise<number> {
  const count = sidebar.locator('#partners .count', { hasText: /partenaire/ });
  await count.waitFor();
  return Number(/(\d+) partenaires?/.exec((await count.textContent())!)![1]);
}

/** The list's count for `total` partners, all shown or the first page of them. */
const wholeCount = (total: number) => new RegExp(`(^| sur )${total} partenaires$`);

async function openPartner(name: string): Promise<string> {
  await sidebar.fill('#search', name);
  const item = sidebar.locator('li.partner', { hasText: name }).first();
  const id = (await item.getAttribute('data-id'))!;
  await item.click();
  await sidebar.locator('h2.partner-title', { hasText: name }).waitFor();
  return id;
}

async function openArchives(): Promise<void> {
  await sidebar.click('#tab-partners');
  await sidebar.click('[data-action=archives]');
  await sidebar.locator('h2', { hasText: 'Archives' }).waitFor();
  await sidebar.locator('section', { hasText: 'Interactions archivées' }).waitFor();
}

it('a partner archived from its page leaves the list and its count, shows in Archives, and « Restaurer » brings it back', async () => {
  await open(USERS.officer);
  const total = await partnersTotal();
  const id = await openPartner('Studio Tamani');
  const archive = sidebar.locator('.toolbar [data-action=archive]');
  await page.screenshot({ path: join(ARTIFACTS, 'archive-partner-page.png') });

  await doubleClick(archive);
  await notice('Partenaire archivé : « Studio Tamani ». Restaurable depuis Partenaires › Archives.');
  expect(questions).toEqual([
    'Archiver « Studio Tamani » ?\nLe partenaire quittera toutes les listes et tous les comptes ; la ligne reste dans la feuille et peut être restaurée depuis Archives.\nSes contacts sont archivés avec lui et reviennent avec lui.',
  ]);
  await sidebar.locator('#partners .count', { hasText: wholeCount(total - 1) }).waitFor();
  expect(archivings(id)).toBe(1);
  expect(archivedAt('Partenaires', id)).not.toBe('');
  await sidebar.fill('#search', 'Studio Tamani');
  await sidebar.locator('#partners .empty:not([hidden])', { hasText: 'Aucun partenaire ne correspond' }).waitFor();

  await openArchives();
  const archived = sidebar.locator(`[data-sheet=Partenaires] li[data-id="${id}"]`);
  await archived.waitFor();
  expect(await archived.textContent()).toContain('Studio Tamani');
  await page.screenshot({ path: join(ARTIFACTS, 'archive-archives-list.png') });
  await archived.locator('[data-action=restore]').click();
  await notice(`Restauré : ${id} revient dans les listes et les comptes.`);
  await sidebar.locator('section', { hasText: 'Partenaires archivés' }).waitFor();
  await archived.waitFor({ state: 'detached' });
  expect(archivedAt('Partenaires', id)).toBe('');

  await sidebar.click('#tab-partners');
  await sidebar.locator('#partners .count', { hasText: wholeCount(total) }).waitFor();
  await expect(openPartner('Studio Tamani')).resolves.toBe(id);
});

/** A demo partner with contacts and interactions. */
const DUE = 'Délégation de l’Union européenne au Mali';

describe.each([
  ['a contact', 'contacts', 'Contacts', 'Contacts'],
  ['an interaction', 'interactions', 'Interactions', 'Interactions'],
  ['an opportunity', 'opportunities', 'Opportunités', 'Opportunités'],
])('%s archived from the partner page', (_, list, title, sheet) => {
  it('asks, archives once on a double click, leaves the page and its count at once, then comes back from Archives', async () => {
    await open(USERS.officer);
    await openPartner(DUE);
    const heading = sidebar.locator('h3', { hasText: new RegExp(`^${title} \\(`) });
    const before = Number(/\((\d+)\)/.exec((await heading.textContent())!)![1]);
    const item = sidebar.locator(`ul.${list} > li`).first();
    const id = (await item.getAttribute('data-id'))!;

    await doubleClick(item.locator('[data-action=archive]'));
    await notice(/archivée? : « .+ »\. Restaurable depuis Partenaires › Archives\.$/);
    await sidebar.locator(`ul.${list} > li[data-id="${id}"]`).waitFor({ state: 'detached' });
    expect(await heading.textContent()).toBe(`${title} (${before - 1})`);
    expect(questions).toHaveLength(1);
    expect(questions[0]).toMatch(
      /\nL(e |’)\S+ quittera toutes les listes et tous les comptes ; la ligne reste dans la feuille et peut être restaurée depuis Archives\.$/,
    );
    expect(archivings(id)).toBe(1);
    expect(archivedAt(sheet, id)).not.toBe('');

    await openArchives();
    const archived = sidebar.locator(`[data-sheet="${sheet}"] li[data-id="${id}"]`);
    await archived.locator('[data-action=restore]').click();
    await archived.waitFor({ state: 'detached' });
    await notice(`Restauré : ${id} revient dans les listes et les comptes.`);
    expect(archivedAt(sheet, id)).toBe('');
    await sidebar.click('#tab-partners');
    await openPartner(DUE);
    await sidebar.locator(`ul.${list} > li[data-id="${id}"]`).waitFor();
    expect(await heading.textContent()).toBe(`${title} (${before})`);
  });
});

it('an opportunity archived from its card in the pipeline leaves the board once', async () => {
  await open(USERS.officer);
  await sidebar.click('#tab-pipeline');
  const card = sidebar.locator('[data-testid=board] .card').first();
  const id = (await card.getAttribute('data-id'))!;
  await card.locator('[data-action=edit-opportunity]').click();
  await doubleClick(sidebar.locator('.opportunity-form [data-action=archive]'));
  await notice(/^Opportunité archivée : « .+ »\. Restaurable depuis Partenaires › Archives\.$/);
  await sidebar.locator(`[data-testid=board] .card[data-id="${id}"]`).waitFor({ state: 'detached' });
  expect(await sidebar.locator('.opportunity-form').count()).toBe(0);
  expect(questions).toHaveLength(1);
  expect(archivings(id)).toBe(1);
});

it('« Annuler ma dernière modification » right after archiving a contact brings it back on the page', async () => {
  await open(USERS.officer);
  await openPartner(DUE);
  const item = sidebar.locator('ul.contacts > li').first();
  const id = (await item.getAttribute('data-id'))!;
  await item.locator('[data-action=archive]').click();
  await notice(/^Contact archivé/);
  await sidebar.locator(`ul.contacts > li[data-id="${id}"]`).waitFor({ state: 'detached' });
  await sidebar.getByRole('button', { name: 'Annuler ma dernière modification' }).click();
  await sidebar.getByText('Votre dernière modification est annulée.').waitFor();
  await sidebar.locator(`ul.contacts > li[data-id="${id}"]`).waitFor();
  expect(archivedAt('Contacts', id)).toBe('');
});

it('a reader sees Archives but no « Archiver » nor « Restaurer »', async () => {
  const { workbook } = slowSandbox();
  const target = workbook.call('searchPartners', [{ limit: 50 }], { user: DEMO_USERS.admin }).items.find((p) => p.name !== 'Studio Tamani')!.id;
  workbook.call('archiveRecord', ['Partenaires', target], { user: DEMO_USERS.admin });
  await open(DEMO_USERS.lecteur);
  await openPartner('Studio Tamani');
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  expect(await sidebar.locator('[data-action=archive]').count()).toBeGreaterThan(0);
  expect(await sidebar.locator('[data-action=archive]:visible').count()).toBe(0);
  await openArchives();
  await sidebar.locator(`[data-sheet=Partenaires] li[data-id="${target}"]`).waitFor();
  expect(await sidebar.locator('[data-action=restore]').count()).toBeGreaterThan(0);
  expect(await sidebar.locator('[data-action=restore]:visible').count()).toBe(0);
});
