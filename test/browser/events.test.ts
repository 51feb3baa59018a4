/**
 * « Événements » in the real sidebar on a slow connection: the sandbox's upcoming workshop listed
 * and the past OpenDay under « Passés »; an officer plans an event with the CNJ (searched by name)
 * and a guest, sends the invitations (one e-mail each, a second click sends none), records who
 * came, and the event is « Tenu ».
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { _outbox } from '../../src/dev/emulator/mail/mail-state';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';
import { choosePartner } from '../support/picker';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar | undefined;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

jest.setTimeout(120_000);

afterEach(async () => {
  await opened?.close();
  opened = undefined;
});

it('plans an event, sends the invitations once, records the attendance: the event is « Tenu »', async () => {
  // Every confirmation is accepted, as a user who means it would.
  opened = await openSidebar(chromium(), DEMO_USERS.chargee, { height: 1400, answer: '', sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
  await sidebar.waitForSelector('body:not(.role-pending)', { state: 'attached' });
  await sidebar.click('.more');
  await sidebar.click('#tab-events');
  await sidebar.locator('[data-testid=events] li', { hasText: 'Atelier Bilan et perspectives' }).waitFor();
  await sidebar.click('[data-when=past]');
  await sidebar.locator('[data-testid=events] li', { hasText: 'Journée portes ouvertes AJCAD 2026' }).filter({ hasText: 'Tenu' }).waitFor();

  await sidebar.click('[data-action=plan-event]');
  const form = '[data-testid=event-form]';
  await sidebar.fill(`${form} input[name=title]`, 'Restitution de l’étude « jeunes & emploi »');
  await sidebar.selectOption(`${form} select[name=type]`, 'Restitution');
  await sidebar.fill(`${form} input[name=date]`, '2026-03-12');
  await sidebar.fill(`${form} input[name=time]`, '10:00');
  await sidebar.fill(`${form} input[name=place]`, 'Bamako, Maison des jeunes');
  await choosePartner(sidebar, form, 'Conseil national', 'CNJ');
  await sidebar.click('[data-action=add-event-partner]');
  await sidebar.locator(`${form} ul.chosen li`, { hasText: 'Conseil national de la jeunesse' }).waitFor();
  await sidebar.fill(`${form} input[name=guestName]`, 'Kadiatou Diallo');
  await sidebar.fill(`${form} input[name=guestEmail]`, 'kadiatou@exemple.ml');
  await sidebar.click('[data-action=add-event-guest]');
  await sidebar.locator(`${form} ul.chosen li`, { hasText: 'Kadiatou Diallo' }).waitFor();
  await sidebar.click(`${form} button[type=submit]`);

  // The event's page: its participants, the CNJ's contact and the guest.
  await sidebar.locator('h2', { hasText: 'Restitution de l’étude « jeunes & emploi »' }).waitFor();
  const people = sidebar.locator('[data-testid=attendance] li');
  await people.filter({ hasText: 'Kadiatou Diallo' }).waitFor();
  await people.filter({ hasText: 'sg@cnj-mali.org' }).waitFor();

  const invitations = () => _outbox(sandbox.workbook.world).filter((m) => m.subject.startsWith('Invitation : Restitution'));
  await sidebar.click('[data-action=send-invitations]');
  await sidebar.locator('.action-status', { hasText: /^Invitations : 2 envoyées\.$/ }).waitFor();
  await sidebar.locator('[data-testid=event-status]', { hasText: 'Invitations envoyées' }).waitFor();
  await sidebar.click('[data-action=send-invitations]');
  await sidebar.locator('.action-status', { hasText: 'Invitations : 2 déjà envoyées (pas renvoyées).' }).waitFor();
  expect(
    invitations()
      .flatMap((m) => m.to)
      .sort(),
  ).toEqual(['kadiatou@exemple.ml', 'sg@cnj-mali.org']);

  await people.filter({ hasText: 'sg@cnj-mali.org' }).locator('select').selectOption('Présent');
  await people.filter({ hasText: 'Kadiatou Diallo' }).locator('select').selectOption('Excusé');
  await sidebar.click('form[aria-label="Présence"] button[type=submit]');
  await sidebar.locator('.action-status', { hasText: 'Présence enregistrée : 1 présent sur 2 invités.' }).waitFor();
  await sidebar.locator('[data-testid=event-status]', { hasText: 'Tenu' }).waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'events-attendance.png') });
});
