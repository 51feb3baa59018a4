/**
 * Demo resources mobilised: a USD rate and the annual target in Paramètres, the feed from the demo
 * conventions (their pledges), then receipts and in-kind contributions typed as the chargée and
 * the DAF would — cash in FCFA, EUR and USD, staff days, a venue and transport valued by the grid,
 * and one in CHF waiting for its rate (« taux à saisir »). Call after the demo conventions.
 */
import type { LoadedScript } from '../load-script';
import { SETTINGS } from '../../domain/schema/tables';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { forgetSettings } from '../../services/settings-cache';
import { DEMO_USERS } from './demo-data';

const PLEDGED = ['Signée', 'Active', 'Clôturée', 'Expirée'];

export function seedResources(loaded: LoadedScript): void {
  const { world, call } = loaded;
  world.run(
    () => {
      SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin), SETTINGS).insert([
        { section: 'Taux de change', key: 'USD', value: '600', note: 'Taux du 1er janvier 2026' },
      ]);
      forgetSettings();
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  const user = DEMO_USERS.chargee;
  call('syncResources', [], { user });
  const conventions = call('listConventions', [], { user });
  const pledged = conventions.filter((c) => PLEDGED.includes(c.status));
  if (!pledged.length) throw new Error('Demo resources: no signed convention');
  const [first, second = first] = pledged;
  const others = [...new Set(conventions.map((c) => c.partnerId))].filter((p) => p !== first.partnerId);
  const elsewhere = others[0] ?? first.partnerId;
  const add = (fields: Record<string, unknown>, by: string = user) => call('addResource', [{ status: 'Reçue', ...fields }], { user: by });
  add({ kind: 'Financière', conventionId: first.id, date: '2026-02-20', amount: 30_000_000, currency: 'XOF', label: 'Première tranche reçue' }, DEMO_USERS.daf);
  add({ kind: 'Financière', conventionId: second.id, date: '2026-03-03', amount: 15_000, currency: 'EUR', label: 'Virement de l’avance' }, DEMO_USERS.daf);
  add({ kind: 'Financière', partnerId: elsewhere, date: '2026-01-28', amount: 8_000, currency: 'USD', label: 'Don pour la caravane citoyenne' });
  add({
    kind: 'Financière',
    partnerId: elsewhere,
    date: '2026-04-30',
    amount: 12_000,
    currency: 'USD',
    status: 'Promise',
    label: 'Appui annoncé au forum des jeunes',
  });
  add({ kind: 'Financière', partnerId: elsewhere, date: '2026-02-14', amount: 2_500, currency: 'CHF', label: 'Contribution de la diaspora (taux à saisir)' });
  add({
    kind: 'En nature',
    conventionId: first.id,
    date: '2026-02-10',
    inKindCategory: 'Temps de personnel',
    quantity: 12,
    label: 'Formateurs mis à disposition',
  });
  add({ kind: 'En nature', conventionId: second.id, date: '2026-03-06', inKindCategory: 'Locaux', quantity: 3, label: 'Salle de conférence pour l’atelier' });
  add({ kind: 'En nature', partnerId: elsewhere, date: '2026-03-08', inKindCategory: 'Transport', quantity: 1_200, label: 'Véhicule pour la mission à Mopti' });
  add({
    kind: 'En nature',
    partnerId: elsewhere,
    date: '2026-03-09',
    inKindCategory: 'Médias',
    quantity: 4,
    status: 'Promise',
    label: 'Spots radio sur la campagne',
  });
  add({ kind: 'En nature', partnerId: first.partnerId, date: '2025-11-15', amount: 900_000, inKindCategory: 'Équipement', label: 'Ordinateurs portables' });
}
