/**
 * A generated convention as a reviewer sees it: the Doc made by the built bundle from the default
 * template, rendered through the emulator's HTML export in headless Chromium →
 * test-artifacts/convention.png (and convention-page2.png for the rest of the first pages).
 */
import { seedRows } from '../support/demo-sheets';
import { join } from 'node:path';
import { createDemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import { USERS } from '../support/workbooks';
import { CONTACTS, OPPORTUNITIES, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import type { TableSpec } from '../../src/domain/schema/field';
import { ARTIFACTS, useChromium } from '../support/browser';

const chromium = useChromium();

it('renders a generated convention like a real one (title, parties, articles, commitments table, signatures)', async () => {
  const wb = createDemoWorkbook({ activity: false });
  const seed = (spec: TableSpec, inputs: Record<string, unknown>[]): string[] => seedRows(wb, spec, inputs);
  const [partnerId] = seed(PARTNERS, [{ name: 'Fondation pour la jeunesse sahélienne', acronym: 'FJS', type: 'Fondation', country: 'Mali', region: 'Mopti' }]);
  seed(CONTACTS, [{ partnerId, name: 'Aminata Diallo', role: 'Directrice exécutive', primary: true }]);
  const [opportunityId] = seed(OPPORTUNITIES, [{ partnerId, title: 'Paix et jeunesse à Mopti', stage: 'Négociation' }]);
  seed(SETTINGS, [
    { section: 'Général', key: 'Adresse', value: 'Hamdallaye ACI 2000, Bamako' },
    { section: 'Général', key: 'Ville', value: 'Bamako' },
    { section: 'Général', key: 'Représentant', value: 'Fatoumata Coulibaly' },
    { section: 'Général', key: 'Fonction du représentant', value: 'Directrice exécutive' },
  ]);
  const detail = wb.call(
    'generateConvention',
    [
      {
        partnerId,
        opportunityId,
        type: 'Convention de partenariat',
        startDate: '2026-04-01',
        endDate: '2027-03-31',
        amount: 12500000,
        inKind: 1750000,
        inKindDescription: 'une salle de formation à Mopti et deux véhicules pour les missions de terrain',
        purpose: 'former 500 jeunes leaders de la région de Mopti au dialogue intercommunautaire et à la médiation',
        commitments: [
          { kind: 'Versement', label: 'Première tranche (50 %)', due: '2026-04-15', party: 'Partenaire', owner: USERS.officer, amount: 6250000 },
          { kind: 'Livrable', label: 'Plan de formation validé', due: '2026-05-15', party: 'Nous', owner: USERS.officer },
          { kind: 'Rapport', label: 'Rapport intermédiaire narratif et financier', due: '2026-09-30', party: 'Nous', owner: USERS.otherOfficer },
          { kind: 'Versement', label: 'Seconde tranche (50 %)', due: '2026-10-31', party: 'Partenaire', amount: 6250000 },
          { kind: 'Activité', label: 'Forum régional de la jeunesse', due: '2027-02-20', party: 'Nous', owner: USERS.otherOfficer },
          { kind: 'Rapport', label: 'Rapport final', due: '2027-03-31', party: 'Nous', owner: USERS.officer },
        ],
      },
    ],
    { user: USERS.officer },
  );
  const id = /\/d\/([\w-]+)/.exec(detail.convention.docUrl)![1];
  const html = wb.world.run(() => (DocumentApp.openById(id) as unknown as { _toHtml(): string })._toHtml());
  expect(html).toContain('CONVENTION DE PARTENARIAT');
  expect(html).toContain('douze millions cinq cent mille francs CFA');
  expect(html).not.toMatch(/\{\{/);

  const page = await chromium().newPage({ viewport: { width: 900, height: 1200 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.screenshot({ path: join(ARTIFACTS, 'convention.png'), fullPage: false });
  await page.evaluate(() => window.scrollTo(0, 1150));
  await page.screenshot({ path: join(ARTIFACTS, 'convention-page2.png'), fullPage: false });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.screenshot({ path: join(ARTIFACTS, 'convention-signatures.png'), fullPage: false });
  const rows = await page.locator('table').first().locator('tr').count();
  expect(rows).toBe(7);
  await page.close();
});
