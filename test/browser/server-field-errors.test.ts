/**
 * A problem only the server sees, shown where the user fixes it: on a slow connection (1.5 s per call),
 * a fiche whose two contacts are both « Principal » passes the sidebar's checks, the server refuses it,
 * and the sidebar shows the refusal beside each contact's « Principal » field with focus on the first,
 * everything typed still there. google.script.run gives the failure handler the message only
 * (https://developers.google.com/apps-script/guides/html/reference/run, withFailureHandler: « an Error
 * object »); the sandbox's does the same, pinned here, so the fields ride in the message's last line.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Sandbox } from '../../src/dev/sandbox/sandbox-server';
import { USERS } from '../support/workbooks';
import { ARTIFACTS, openSidebar, useChromium, useSandbox, type OpenSidebar, SLOW_LINE_MS } from '../support/browser';
import { choosePartner } from '../support/picker';

const chromium = useChromium();
const slowSandbox = useSandbox({ latencyMs: SLOW_LINE_MS });
let opened: OpenSidebar;
let sandbox: Sandbox;
let page: Page;
let sidebar: Frame;

jest.setTimeout(60_000);

beforeEach(async () => {
  opened = await openSidebar(chromium(), USERS.officer, { height: 900, sandbox: slowSandbox() });
  ({ sandbox, page, sidebar } = opened);
});
afterEach(async () => {
  await opened?.close();
});

const NAME = 'Coopérative des maraîchères de Sikasso';
const partnersNamed = () =>
  sandbox.workbook.world.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Partenaires')!
      .getDataRange()
      .getValues()
      .filter((r) => r.includes(NAME)),
  ).length;

it('the sandbox’s google.script.run hands the failure handler an Error carrying the message only, as Google’s does', async () => {
  const seen = await sidebar.evaluate(
    () =>
      new Promise<{ own: string[]; errors: unknown; message: string }>((resolve) => {
        const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => unknown> } } }).google.script.run;
        const runner = run.withFailureHandler((e: Error & { errors?: unknown }) =>
          resolve({ own: Object.getOwnPropertyNames(e).filter((k) => k !== 'stack'), errors: e.errors, message: e.message }),
        ) as Record<string, (...a: unknown[]) => void>;
        runner.savePartner({ name: '', type: 'OSC' }, []);
      }),
  );
  // Its message and its name (the shim's « ScriptError »), nothing the server attached.
  expect(seen.own.sort()).toEqual(['message', 'name']);
  expect(seen.errors).toBeUndefined();
  expect(seen.message).toMatch(/^Partenaires, colonne « Nom » : ce champ est obligatoire\.\n\u2063pacte-champs:\[/);
});

it('two contacts both « Principal »: the server’s refusal beside each one’s field, focus on the first, nothing typed lost', async () => {
  await sidebar.click('[data-action=new-partner]');
  await sidebar.fill('.partner-form [name=name]', NAME);
  await sidebar.selectOption('.partner-form [name=type]', 'OSC');
  const contacts = sidebar.locator('fieldset.contact');
  for (const [i, name] of ['Awa Traoré', 'Mariam Sanogo'].entries()) {
    await sidebar.click('[data-action=add-contact]');
    await contacts.nth(i).locator('[name=name]').fill(name);
    await contacts.nth(i).locator('[name=primary]').selectOption('Oui');
  }
  await sidebar.click('.partner-form button[type=submit]');

  const message = "Un partenaire n'a qu'un contact principal ; n'en cochez qu'un.";
  await contacts.nth(0).locator('.field-error', { hasText: message }).waitFor();
  await expect(contacts.nth(1).locator('.field-error').filter({ hasText: message }).count()).resolves.toBe(1);
  for (const i of [0, 1]) await expect(contacts.nth(i).locator('[name=primary]').getAttribute('aria-invalid')).resolves.toBe('true');
  // Each contact's field is labelled and described by its own label and message, as a screen reader reads them.
  const described = await contacts
    .nth(1)
    .locator('[name=primary]')
    .evaluate((input) => ({
      label: (input as HTMLSelectElement).labels?.[0]?.closest('fieldset') === input.closest('fieldset'),
      message: document.getElementById(input.getAttribute('aria-describedby')!)?.closest('fieldset') === input.closest('fieldset'),
    }));
  expect(described).toEqual({ label: true, message: true });
  // Focus on the first field in error (contact 1's « Principal »); beside the button, what to do, not the message again.
  await expect(sidebar.evaluate(() => document.activeElement?.closest('fieldset.contact') === document.querySelector('fieldset.contact'))).resolves.toBe(true);
  await expect(sidebar.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('primary');
  await expect(sidebar.locator('.partner-form .action-status.failed').textContent()).resolves.toBe(
    'Corrigez les champs signalés en rouge : rien n’a été enregistré.',
  );
  await page.screenshot({ path: join(ARTIFACTS, 'server-field-errors.png') });

  // Everything typed is still there, and nothing was stored.
  await expect(sidebar.inputValue('.partner-form [name=name]')).resolves.toBe(NAME);
  await expect(sidebar.inputValue('.partner-form [name=type]')).resolves.toBe('OSC');
  await expect(contacts.nth(1).locator('[name=name]').inputValue()).resolves.toBe('Mariam Sanogo');
  await expect(contacts.nth(1).locator('[name=primary]').inputValue()).resolves.toBe('Oui');
  expect(partnersNamed()).toBe(0);

  // Fixed, saved: the fields' marks go with the sidebar's own check.
  await contacts.nth(1).locator('[name=primary]').selectOption('Non');
  await sidebar.click('.partner-form button[type=submit]');
  await sidebar.locator('h2.partner-title', { hasText: NAME }).waitFor();
  expect(partnersNamed()).toBe(1);
});

it('an opportunity created at « Signée »: the server’s rule beside « Étape », focused, the form as typed', async () => {
  await sidebar.click('[data-view=pipeline]');
  await sidebar.click('[data-action=new-opportunity]');
  await choosePartner(sidebar, '.opportunity-form', 'Tamani', 'Studio Tamani');
  await sidebar.fill('.opportunity-form [name=title]', 'Émissions sur la redevabilité');
  await sidebar.selectOption('.opportunity-form [name=stage]', 'Signée');
  await sidebar.click('.opportunity-form button[type=submit]');

  const stage = sidebar.locator('.opportunity-form [name=stage]');
  await sidebar.locator('.opportunity-form .field-error', { hasText: 'une opportunité ne peut pas être créée à l' }).waitFor();
  await expect(stage.getAttribute('aria-invalid')).resolves.toBe('true');
  await expect(sidebar.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe('stage');
  await expect(sidebar.inputValue('.opportunity-form [name=title]')).resolves.toBe('Émissions sur la redevabilité');
  await expect(stage.inputValue()).resolves.toBe('Signée');
  await page.screenshot({ path: join(ARTIFACTS, 'server-field-errors-stage.png') });
});
