/**
 * Demo conventions, generated through Pacte's own API as the officers would: a convention de
 * partenariat (v1 then v2 with revised commitments) and a protocole d'accord, with a PV attached.
 * Needs the demo activity (opportunities); call after createDemoWorkbook's seeding.
 */
import type { LoadedScript } from '../load-script';
import { MAX_PAGE } from '../../domain/contracts/paging';
import { PARTNERS } from '../../domain/schema/tables';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { DEMO_USERS } from './demo-data';

export function seedDemoConventions(loaded: LoadedScript): string[] {
  const user = DEMO_USERS.chargee;
  const partners = loaded.world.run(() =>
    SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin), PARTNERS)
      .all()
      .map((s) => s.record),
  );
  // Every card: the demo's opportunities are looked up by title.
  const board = loaded.call('getBoard', [{ limit: MAX_PAGE }], { user });
  const cards = board.columns.flatMap((c) => c.cards);
  const byTitle = (title: string) => {
    const card = cards.find((c) => c.title === title);
    if (!card) throw new Error(`Demo conventions: opportunity « ${title} » not found`);
    return card;
  };
  const partnerOf = (acronym: string) => {
    const p = partners.find((x) => x.acronym === acronym || x.name === acronym);
    if (!p) throw new Error(`Demo conventions: partner ${acronym} not found`);
    return String(p.id);
  };

  const ddc = byTitle('Budgets participatifs à Ségou et Sikasso');
  /** The financing agreement's terms, the same in both versions. */
  const terms = {
    partnerId: ddc.partnerId,
    opportunityId: ddc.id,
    type: 'Accord de financement',
    startDate: '2026-04-01',
    endDate: '2027-03-31',
    amount: 120_000_000,
    inKind: 4_500_000,
    inKindDescription: 'les locaux de l’Organisation à Ségou et l’appui de dix animateurs bénévoles',
    purpose: 'accompagner la mise en place de budgets participatifs dans douze communes des régions de Ségou et Sikasso',
  };
  const v1 = loaded.call(
    'generateConvention',
    [
      {
        ...terms,
        commitments: [
          { kind: 'Versement', label: 'Première tranche (40 %)', due: '2026-04-15', party: 'Partenaire', amount: 48_000_000 },
          { kind: 'Livrable', label: 'Diagnostic participatif des douze communes', due: '2026-06-30', party: 'Nous', owner: user },
          { kind: 'Rapport', label: 'Rapport intermédiaire narratif et financier', due: '2026-09-30', party: 'Nous', owner: user },
          { kind: 'Versement', label: 'Deuxième tranche (40 %)', due: '2026-10-31', party: 'Partenaire', amount: 48_000_000 },
          { kind: 'Versement', label: 'Solde (20 %)', due: '2027-03-31', party: 'Partenaire', amount: 24_000_000 },
          { kind: 'Rapport', label: 'Rapport final', due: '2027-03-31', party: 'Nous', owner: user },
        ],
      },
    ],
    { user },
  );
  const [first, second] = v1.commitments;
  loaded.call(
    'generateConvention',
    [
      {
        id: v1.convention.id,
        ...terms,
        commitments: [
          { id: first.id },
          { id: second.id, due: '2026-07-15' },
          ...v1.commitments.slice(2).map((c) => ({ id: c.id })),
          { kind: 'Activité', label: 'Atelier de restitution avec les maires', due: '2027-02-15', party: 'Nous', owner: DEMO_USERS.charge },
        ],
      },
    ],
    { user },
  );
  loaded.call(
    'attachMinutes',
    [
      v1.convention.id,
      { kind: 'PV', title: 'Réunion de négociation avec la DDC', date: '2026-03-05', body: 'Les Parties ont arrêté le budget et l’échéancier des versements.' },
    ],
    { user },
  );

  const onu = byTitle('Femmes leaders dans les conseils communaux');
  const mou = loaded.call(
    'generateConvention',
    [
      {
        partnerId: onu.partnerId || partnerOf('ONU Femmes'),
        opportunityId: onu.id,
        type: 'Protocole d’accord (MoU)',
        startDate: '2026-05-01',
        endDate: '2028-04-30',
        amount: null,
        inKind: null,
        purpose: 'renforcer la participation des jeunes femmes aux conseils communaux',
        commitments: [
          { kind: 'Activité', label: 'Atelier de co-construction du programme', due: '2026-05-20', party: 'Nous', owner: user },
          { kind: 'Livrable', label: 'Note conceptuelle conjointe', due: '2026-06-30', party: 'Partenaire' },
        ],
      },
    ],
    { user },
  );
  return [v1.convention.id, mou.convention.id];
}
