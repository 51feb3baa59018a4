/**
 * Partners through the built Code.js: creation with contacts, duplicates, validation (nothing
 * written on error), edition, priority scores, user-reordered columns, concurrent creations,
 * and the Sheets calls of the partners list (searchPartners) at 2,000 partners.
 */
import type { EndpointName, ResultOf } from '../../src/domain/contracts/api';
import type { CallArgs } from '../../src/dev/load-script';
import type { RecordInput, SaveResult } from '../../src/domain/contracts';
import { userInput } from '../../src/domain/records/validate';
import { splitErrorFields } from '../../src/domain/contracts/field-errors';
import { MAX_PAGE } from '../../src/domain/contracts/paging';
import type { TableSpec } from '../../src/domain/schema/field';
import { CONVENTIONS, INTERACTIONS, OPPORTUNITIES, SETTINGS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { forgetSettings } from '../../src/services/settings-store';
import { reorderAsUser, type TestWorkbook } from '../support/workbook';
import { rows as sheetRows, values as sheetValues } from '../support/demo-sheets';
import { nextId, partner, seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin: ADMIN, officer: AWA, otherOfficer: MOUSSA, reader: LECTEUR } = USERS;

/** Partners the tests name (scores below follow from these inputs), among 40. */
const PARTNERS_NAMED = [
  partner({
    name: 'Délégation de l’Union européenne au Mali',
    acronym: 'DUE',
    type: 'PTF / bailleur',
    category: 'Financier',
    alignment: 5,
    potential: 5,
    power: 'Élevé',
    interest: 'Élevé',
  }),
  partner({
    name: 'Agence française de développement',
    acronym: 'AFD',
    type: 'PTF / bailleur',
    category: 'Financier',
    alignment: 4,
    potential: 5,
    power: 'Élevé',
    stage: 'Analyse',
  }),
  partner({
    name: 'ONU Femmes Mali',
    acronym: 'ONU Femmes',
    type: 'PTF / bailleur',
    category: 'Stratégique',
    alignment: 5,
    potential: 4,
    power: 'Élevé',
    interest: 'Élevé',
  }),
];
const seeded = seededPerFile(() => workbookWithPartners([...PARTNERS_NAMED, ...somePartners(37)]));

let wb: PartnersWorkbook;
beforeEach(() => {
  wb = seeded();
});

/** The ID the next partner created gets. */
const nextPartnerId = () => nextId(seeded().partnerIds);

// ---- helpers --------------------------------------------------------------------------------

const values = (sheet: string): unknown[][] => sheetValues(wb, sheet);
/** Data rows as header → value, as the user reads them. */
const rows = (sheet: string): Record<string, unknown>[] => sheetRows(wb, sheet);
const row = (sheet: string, id: string) => rows(sheet).find((r) => r.ID === id)!;
const journal = () => rows('Journal');

/** Loads the settings into the cache (as any earlier call would), then counts from zero. */
function warm(): void {
  wb.call('getSession', [], { user: LECTEUR });
  wb.world.log.reset();
}

function call<K extends EndpointName>(name: K, args: CallArgs<K>, user: string = AWA): ResultOf<K> {
  return wb.call(name, args, { user });
}

function seed(spec: TableSpec, inputs: Record<string, unknown>[]): string[] {
  return wb.world.run(() => {
    const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), ADMIN);
    return SheetTable.open(ctx, spec)
      .insert(inputs.map((r) => userInput(r)))
      .map((r) => String(r.id));
  });
}

function idOf(acronym: string): string {
  return String(rows('Partenaires').find((r) => r.Sigle === acronym)!.ID);
}

/** Everything a failed call must leave as it was. */
function snapshot(): unknown {
  return ['Partenaires', 'Contacts', 'Analyses', 'Journal'].map((s) => values(s));
}

const newPartner = (over: Record<string, unknown> = {}) => ({
  name: 'Association des jeunes pour la citoyenneté active',
  acronym: 'AJCA',
  type: 'OSC',
  category: 'Opérationnel',
  region: 'Kayes',
  alignment: 4,
  potential: 3,
  power: 'Élevé',
  interest: 'Faible',
  email: 'contact@ajca.ml',
  ...over,
});

// ---- creation with contacts -------------------------------------------------------------------

describe('savePartner: creation with contacts', () => {
  it('creates the partner and its contacts, computes priority and quadrant, and journals each creation', () => {
    warm();
    const { id } = call('savePartner', [
      newPartner(),
      [
        { name: 'Fatoumata Diarra', role: 'Présidente', email: 'F.Diarra@ajca.ml', phone: '+223 76 00 00 01', primary: true },
        { name: 'Ibrahim Coulibaly', role: 'Trésorier', email: 'ib.coulibaly@ajca.ml', language: 'Bambara' },
      ],
    ]);
    expect(id).toBe(nextPartnerId());
    // One read per sheet: Partenaires, Contacts, then Interactions and Conventions for the history, + the Journal's header row.
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(5);
    // Partner, contacts (one block), priority, quadrant, the lifecycle history's first step, and one Journal block for the whole request.
    expect(wb.world.log.count('Range.setValues')).toBe(6);

    const p = row('Partenaires', id);
    // 35 × 4/5 + 25 × 3/5 + 25 × 2/3 (Satisfaire) + 15 × 0 = 59.67
    expect(p).toMatchObject({
      Nom: 'Association des jeunes pour la citoyenneté active',
      Type: 'OSC',
      'Statut du cycle': 'Identification',
      'Score de priorité': 60,
      'Quadrant (pouvoir/intérêt)': 'Satisfaire',
      'Modifié par': AWA,
    });
    const contacts = rows('Contacts').filter((c) => c['ID partenaire'] === id);
    expect(contacts.map((c) => [c.ID, c.Nom, c.Email, c.Principal])).toEqual([
      ['CON-0001', 'Fatoumata Diarra', 'f.diarra@ajca.ml', 'Oui'],
      ['CON-0002', 'Ibrahim Coulibaly', 'ib.coulibaly@ajca.ml', ''],
    ]);
    const created = journal().filter((j) => j.Action === 'création' && j.Utilisateur === AWA);
    expect(created.map((j) => [j.Feuille, j.ID])).toEqual([
      ['Partenaires', id],
      ['Contacts', 'CON-0001'],
      ['Contacts', 'CON-0002'],
    ]);
  });

  it('shows the new partner on its page, in the list and among the contacts', () => {
    const { id } = call('savePartner', [newPartner(), [{ name: 'Ibrahim Coulibaly' }, { name: 'Fatoumata Diarra', primary: true }]]);
    const d = call('getPartner', [id], LECTEUR);
    expect(d.partner).toMatchObject({ id, name: 'Association des jeunes pour la citoyenneté active', priority: 60, quadrant: 'Satisfaire' });
    expect(d.contacts.map((c) => [c.name, c.primary])).toEqual([
      ['Fatoumata Diarra', true],
      ['Ibrahim Coulibaly', false],
    ]);
    expect(d.stageHistory).toEqual([{ stage: 'Identification', at: '2026-03-12T09:00:00', by: AWA }]);
    expect(d.allowedStages).toEqual(['Catégorisation', 'Analyse', 'Clôture']);
    expect(d.analysis).toBeNull();
    expect(call('searchPartners', [{ limit: MAX_PAGE }], LECTEUR).items.find((p) => p.id === id)).toMatchObject({ priority: 60, quadrant: 'Satisfaire' });
    expect(call('searchPartners', [{ query: 'coulibaly' }], LECTEUR).items).toEqual([expect.objectContaining({ id, matchedContacts: ['Ibrahim Coulibaly'] })]);
  });

  it('is refused to a reader, in French', () => {
    expect(() => call('savePartner', [newPartner(), []], LECTEUR)).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
  });
});

// ---- duplicates --------------------------------------------------------------------------------

describe('duplicates', () => {
  it('refuses a likely duplicate (punctuation, accents and case ignored), then creates it when confirmed', () => {
    const onu = idOf('ONU Femmes');
    const before = snapshot();
    expect(() => call('savePartner', [{ name: 'O.N.U femmes', type: 'PTF / bailleur' }, []])).toThrow(
      `Ce partenaire existe peut-être déjà : ONU Femmes Mali (ONU Femmes) — ${onu}, même sigle. Vérifiez, puis confirmez la création si ce n'est pas un doublon.`,
    );
    expect(snapshot()).toEqual(before);
    const { id } = call('savePartner', [{ name: 'O.N.U femmes', type: 'PTF / bailleur' }, [], { confirmDuplicate: true }]);
    expect(row('Partenaires', id).Nom).toBe('O.N.U femmes');
  });

  it("finds the same name, acronym or email, contacts' emails included", () => {
    const { id } = call('savePartner', [newPartner(), [{ name: 'Fatoumata Diarra', email: 'f.diarra@ajca.ml' }]]);
    const check = (input: RecordInput, contacts?: RecordInput[]) =>
      call('checkPartnerDuplicates', contacts ? [input, contacts] : [input]).map((m) => [m.id, m.reason]);
    expect(check({ name: '  Association des Jeunes pour la Citoyenneté-Active ' })).toEqual([[id, 'nom']]);
    expect(check({ name: 'Autre', acronym: 'a.j.c.a' })).toEqual([[id, 'sigle']]);
    expect(check({ name: 'Autre', email: 'F.DIARRA@ajca.ml' })).toEqual([[id, 'email']]);
    expect(check({ name: 'Autre' }, [{ name: 'X', email: 'contact@ajca.ml' }])).toEqual([[id, 'email']]);
    expect(check({ name: 'Association des jeunes pour la citoyenneté active', id })).toEqual([]);
    expect(check({ name: 'Tout à fait nouveau' })).toEqual([]);
  });

  it('refuses a creation whose contact has the email of an existing contact', () => {
    call('savePartner', [newPartner(), [{ name: 'Fatoumata Diarra', email: 'f.diarra@ajca.ml' }]]);
    expect(() => call('savePartner', [{ name: 'Réseau des femmes de Kayes', type: 'OSC' }, [{ name: 'F. Diarra', email: 'f.diarra@ajca.ml' }]])).toThrow(
      `Ce partenaire existe peut-être déjà : Association des jeunes pour la citoyenneté active (AJCA) — ${nextPartnerId()}, même email.`,
    );
  });
});

// ---- validation: nothing written ---------------------------------------------------------------

describe('invalid input: a French error naming field and row or contact, nothing written', () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>[], string][] = [
    [
      'wrong date',
      { nextDue: '31/02/2026' },
      [],
      "Partenaires, colonne « Prochaine échéance » : « 31/02/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    ],
    [
      'unknown type',
      { type: 'Club de foot' },
      [],
      "Partenaires, colonne « Type » : « Club de foot » n'est pas valide (attendu : une des valeurs : OSC, ONG nationale,",
    ],
    ['negative score', { alignment: -1 }, [], "Partenaires, colonne « Alignement (0-5) » : « -1 » n'est pas valide (attendu : un nombre entre 0 et 5)."],
    ['out-of-range score', { potential: '7' }, [], "Partenaires, colonne « Potentiel (0-5) » : « 7 » n'est pas valide (attendu : un nombre entre 0 et 5)."],
    ['missing name', { name: '  ' }, [], 'Partenaires, colonne « Nom » : ce champ est obligatoire.'],
    [
      'bad contact email',
      {},
      [
        { name: 'Fatoumata Diarra', email: 'f.diarra@ajca.ml' },
        { name: 'Ibrahim Coulibaly', email: 'ibrahim chez ajca' },
      ],
      "Contact 2, colonne « Email » : « ibrahim chez ajca » n'est pas valide (attendu : une adresse email valide (ex. nom@organisation.org)).",
    ],
    ['contact without name', {}, [{ email: 'x@ajca.ml' }], 'Contact 1, colonne « Nom » : ce champ est obligatoire.'],
    [
      'two primary contacts',
      {},
      [{ name: 'A', primary: true }, { name: 'B' }, { name: 'C', primary: 'oui' }],
      "Contacts 1 et 3, colonne « Principal » : un partenaire n'a qu'un contact principal",
    ],
    [
      'stage beyond Analyse',
      { stage: 'Collaboration' },
      [],
      "Partenaires, colonne « Statut du cycle » : un nouveau partenaire commence à l'étape Identification, Catégorisation ou Analyse.",
    ],
  ];

  it.each(cases)('%s', (_label, over, contacts, message) => {
    const before = snapshot();
    expect(() => wb.callRaw('savePartner', [newPartner(over), contacts], { user: AWA })).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it('lists every problem of the partner and its contacts at once, and the next ID is not consumed', () => {
    let error = '';
    try {
      call('savePartner', [newPartner({ type: 'Club', alignment: 9 }), [{ name: 'A', email: 'a@' }]]);
    } catch (e) {
      error = (e as Error).message;
    }
    const lines = [
      "Partenaires, colonne « Type » : « Club » n'est pas valide (attendu : une des valeurs : OSC, ONG nationale, ONG internationale, Collectivité territoriale, Institution publique, PTF / bailleur, Secteur privé, Fondation, Université / recherche, Média, Diaspora, Prescripteur / relais, Cluster ICC, Agence de coopération, Diaspora / relais).",
      "Partenaires, colonne « Alignement (0-5) » : « 9 » n'est pas valide (attendu : un nombre entre 0 et 5).",
      "Contact 1, colonne « Email » : « a@ » n'est pas valide (attendu : une adresse email valide (ex. nom@organisation.org)).",
    ];
    // The message says each problem; its last line names the fields, for the sidebar to show each beside its own.
    const { message, fields } = splitErrorFields(error);
    expect(message.split('\n')).toEqual(lines);
    expect(fields).toEqual([
      { sheet: 'Partenaires', field: 'type', message: lines[0] },
      { sheet: 'Partenaires', field: 'alignment', message: lines[1] },
      { sheet: 'Contacts', field: 'email', positions: [1], message: lines[2] },
    ]);
    expect(call('savePartner', [newPartner(), [{ name: 'A' }]]).id).toBe(nextPartnerId());
  });

  it('names the sheet row when an existing partner is edited', () => {
    const id = idOf('AFD');
    const line = rows('Partenaires').findIndex((r) => r.ID === id) + 2;
    const before = snapshot();
    expect(() => call('savePartner', [{ id, nextDue: '2026-13-01', website: 'afd dot fr' }, []])).toThrow(
      `Partenaires, ligne ${line}, colonne « Prochaine échéance » : « 2026-13-01 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).\nPartenaires, ligne ${line}, colonne « Site web » : « afd dot fr » n'est pas valide (attendu : un lien, par exemple https://exemple.org ou www.exemple.org).`,
    );
    expect(snapshot()).toEqual(before);
  });

  it('names the fields of a refusal as its message says them, raw values taken out; other refusals name none', () => {
    const messageOf = (args: CallArgs<'savePartner'>): string => {
      try {
        call('savePartner', args);
      } catch (e) {
        return (e as Error).message;
      }
      throw new Error('accepté');
    };
    const { message, fields } = splitErrorFields(messageOf([newPartner({ website: 'undefined' }), []]));
    expect(message).toBe(
      "Partenaires, colonne « Site web » : « (vide) » n'est pas valide (attendu : un lien, par exemple https://exemple.org ou www.exemple.org).",
    );
    expect(fields).toEqual([{ sheet: 'Partenaires', field: 'website', message }]);
    // Not a field's problem (a missing record): the message as it is.
    const missing = messageOf([{ id: 'PAR-0999', name: 'X' }, []]);
    expect(splitErrorFields(missing)).toEqual({ message: missing, fields: [] });
  });

  it('checks the arguments themselves (types, IDs)', () => {
    expect(() => wb.callRaw('savePartner', ['AJCA', []], { user: AWA })).toThrow(
      'Argument « le partenaire » : une fiche (champs : texte, nombre ou booléen ; au plus 200) attendu, reçu « AJCA ».',
    );
    expect(() => wb.callRaw('savePartner', [newPartner(), 'Fatoumata'], { user: AWA })).toThrow(
      'Argument « les contacts » : une liste d’au plus 500 éléments attendu, reçu « Fatoumata ».',
    );
    expect(() => call('savePartner', [newPartner(), [{ id: 'CON-0999', name: 'X' }]])).toThrow(
      "Contact 1 : aucun contact avec l'ID « CON-0999 » dans la feuille Contacts.",
    );
    expect(() => call('savePartner', [newPartner(), [{ name: 'X', partnerId: 'PAR-0999' }]])).toThrow(
      "Contact 1, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0999 ».",
    );
    expect(() => call('savePartner', [{ id: 'PAR-0999', name: 'X' }, []])).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-0999 ».");
    expect(() => wb.callRaw('getPartner', [42], { user: LECTEUR })).toThrow('Argument « le partenaire » : un identifiant comme PAR-0001 attendu, reçu 42.');
    expect(() => wb.callRaw('savePartner', [newPartner({ name: { toString: 'x' } } as never), []], { user: AWA })).toThrow(
      'Argument « le partenaire », champ « name » : un texte, un nombre ou un booléen attendu, reçu un objet.',
    );
  });
});

// ---- edition -----------------------------------------------------------------------------------

describe('savePartner: edition', () => {
  it('writes only what changed, updates and adds contacts, and moves the primary flag', () => {
    const { id } = call('savePartner', [newPartner(), [{ name: 'Fatoumata Diarra', primary: true }, { name: 'Ibrahim Coulibaly' }]]);
    const before = journal().length;
    call(
      'savePartner',
      [
        { id, region: 'Kayes', interest: 'Élevé', notes: 'Rencontrés au forum' },
        [
          { id: 'CON-0002', role: 'Trésorier' },
          { name: 'Mariam Keïta', email: 'mariam@ajca.ml', primary: true },
        ],
      ],
      MOUSSA,
    );
    const p = row('Partenaires', id);
    // Interest Élevé: Gérer étroitement → 28 + 15 + 25 = 68.
    expect(p).toMatchObject({
      Intérêt: 'Élevé',
      Notes: 'Rencontrés au forum',
      'Quadrant (pouvoir/intérêt)': 'Gérer étroitement',
      'Score de priorité': 68,
      'Modifié par': MOUSSA,
    });
    const added = journal().slice(before);
    expect(added.map((j) => [j.Feuille, j.ID, j.Action, j.Champ, j.Avant, j.Après])).toEqual([
      ['Partenaires', id, 'modification', 'Intérêt', 'Faible', 'Élevé'],
      ['Partenaires', id, 'modification', 'Notes', '', 'Rencontrés au forum'],
      ['Contacts', 'CON-0003', 'création', '', '', `ID partenaire : ${nextPartnerId()} ; Nom : Mariam Keïta ; Email : mariam@ajca.ml ; Principal : true`],
      ['Contacts', 'CON-0002', 'modification', 'Fonction', '', 'Trésorier'],
      ['Contacts', 'CON-0001', 'modification', 'Principal', 'true', 'false'],
    ]);
    expect(
      call('getPartner', [id])
        .contacts.filter((c) => c.primary)
        .map((c) => c.name),
    ).toEqual(['Mariam Keïta']);
  });

  it('refuses to change the lifecycle stage outside movePartnerStage', () => {
    const id = idOf('AFD');
    expect(() => call('savePartner', [{ id, stage: 'Collaboration' }, []])).toThrow(
      "colonne « Statut du cycle » : l'étape se change depuis la fiche du partenaire",
    );
    expect(() => call('savePartner', [{ id, stage: 'Analyse', region: 'Bamako' }, []])).not.toThrow();
  });

  it("refuses to take over another partner's contact", () => {
    const { id } = call('savePartner', [newPartner(), [{ name: 'Fatoumata Diarra' }]]);
    expect(() => call('savePartner', [{ id: idOf('AFD') }, [{ id: 'CON-0001', name: 'F. Diarra' }]])).toThrow(
      `Contact 1 : le contact CON-0001 appartient à un autre partenaire (${id}).`,
    );
  });
});

// ---- page, priority history -------------------------------------------------------------------

describe('getPartner and priorities', () => {
  it('gathers interactions (newest first, 20 at most), opportunities as cards, one read per sheet', () => {
    const id = idOf('DUE');
    seed(
      INTERACTIONS,
      Array.from({ length: 25 }, (_, i) => ({ date: `2026-02-${String(i + 1).padStart(2, '0')}`, partnerId: id, type: 'Appel', summary: `Appel ${i + 1}` })),
    );
    seed(OPPORTUNITIES, [
      {
        partnerId: id,
        title: 'Programme jeunesse et redevabilité',
        stage: 'Négociation',
        amount: 100000,
        currency: 'EUR',
        probability: 50,
        nextAction: 'Envoyer le budget',
        nextDue: '2026-03-01',
      },
      { partnerId: idOf('AFD'), title: 'Autre', stage: 'Cible' },
    ]);
    warm();
    const d = call('getPartner', [id], LECTEUR);
    // Partenaires, Contacts, Interactions, Opportunités, Analyses, Évaluations, Événements (none held: Participants unread): the history is on the partner's row, the Journal unread.
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(7);
    expect(d.interactions).toHaveLength(20);
    expect(d.interactions[0]).toMatchObject({ date: '2026-02-25', summary: 'Appel 25', type: 'Appel' });
    expect(d.opportunities).toEqual([
      expect.objectContaining({
        title: 'Programme jeunesse et redevabilité',
        partnerName: 'Délégation de l’Union européenne au Mali',
        amountXof: 65595700,
        overdue: true,
      }),
    ]);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });

  it('counts recent interactions and active conventions in the history part of the score', () => {
    const { id } = call('savePartner', [newPartner(), []]);
    expect(row('Partenaires', id)['Score de priorité']).toBe(60);
    seed(INTERACTIONS, [
      { date: '2026-03-01', partnerId: id, type: 'Rendez-vous' },
      { date: '2025-12-01', partnerId: id, type: 'Atelier' },
      { date: '2026-01-10', partnerId: id, type: 'Appel' },
      { date: '2024-06-01', partnerId: id, type: 'Appel' }, // more than a year ago
    ]);
    seed(CONVENTIONS, [{ partnerId: id, type: 'Convention de partenariat', status: 'Active', startDate: '2026-01-01', endDate: '2026-12-31' }]);
    // Saving recomputes: history = ½ × 3/6 + ½ × 1/2 = 0.5 → 59.67 + 7.5 = 67.17.
    call('savePartner', [{ id, notes: 'Convention signée' }, []]);
    expect(row('Partenaires', id)['Score de priorité']).toBe(67);
  });

  it('recomputePriorities rewrites every score after the weights change, in one write per column', () => {
    const first = call('recomputePriorities', []);
    expect(first).toEqual({ updated: 40, total: 40 });
    const due = row('Partenaires', idOf('DUE'));
    // DUE: alignment 5, potential 5, Élevé/Élevé, no history: 35 + 25 + 25 = 85.
    expect(due).toMatchObject({ 'Score de priorité': 85, 'Quadrant (pouvoir/intérêt)': 'Gérer étroitement' });
    wb.world.run(() => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), ADMIN);
      const settings = SheetTable.open(ctx, SETTINGS);
      const weight = settings.all().find((s) => s.record.section === 'Priorité' && s.record.key === 'Potentiel')!;
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Paramètres')!
        .getRange(weight.row, settings.columns.get('value')! + 1, 1, 1)
        .setValues([['0']]);
      forgetSettings();
    });
    warm();
    const second = call('recomputePriorities', [], MOUSSA);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(3);
    expect(wb.world.log.count('Range.setValues')).toBe(1); // quadrants unchanged: only the scores
    expect(second.updated).toBeGreaterThan(30);
    // Without potential: (35 + 25) / 75 = 80.
    expect(row('Partenaires', idOf('DUE'))['Score de priorité']).toBe(80);
    expect(() => call('recomputePriorities', [], LECTEUR)).toThrow('Accès refusé');
  });
});

// ---- user's own layout ---------------------------------------------------------------------------

describe("a user's own column order", () => {
  it('still reads and writes the right cells after Partenaires columns are moved and one is added', () => {
    const layout = { world: wb.world, sheet: (n: string) => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(n)! } as unknown as TestWorkbook;
    reorderAsUser(layout, 'Partenaires', 'Score de priorité', 2, { header: 'Mon suivi', at: 4 });
    reorderAsUser(layout, 'Partenaires', 'Nom', 9, { header: 'Commentaire perso', at: 1 });
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      sheet.getRange(2, 1, 2, 1).setValues([['à relancer'], ['ok']]);
    });
    const { id } = call('savePartner', [newPartner(), [{ name: 'Fatoumata Diarra' }]]);
    call('savePartner', [{ id, interest: 'Moyen' }, []]);
    call('recomputePriorities', []);
    const p = row('Partenaires', id);
    expect(p).toMatchObject({
      Nom: 'Association des jeunes pour la citoyenneté active',
      'Score de priorité': 68,
      'Quadrant (pouvoir/intérêt)': 'Gérer étroitement',
      'Commentaire perso': '',
      'Mon suivi': '',
    });
    expect(
      rows('Partenaires')
        .slice(0, 2)
        .map((r) => r['Commentaire perso']),
    ).toEqual(['à relancer', 'ok']);
    expect(row('Partenaires', idOf('DUE'))['Score de priorité']).toBe(85);
    expect(call('searchPartners', [{ limit: MAX_PAGE }]).items.find((x) => x.id === id)).toMatchObject({
      name: 'Association des jeunes pour la citoyenneté active',
      priority: 68,
      quadrant: 'Gérer étroitement',
      type: 'OSC',
    });
    expect(call('getPartner', [id]).contacts.map((c) => c.name)).toEqual(['Fatoumata Diarra']);
  });
});

// ---- concurrency -------------------------------------------------------------------------------

describe('concurrent creations', () => {
  it('never share an ID: the second waits for the lock held by the first, is told to retry, then gets the next ID', () => {
    const save = wb.context.savePartner as (...a: unknown[]) => SaveResult;
    const first = wb.world.begin({ user: AWA });
    let second: SaveResult | Error | null = null;
    const previous = wb.world.log.guard;
    let interleaved = false;
    // Moussa's call starts while Awa's is writing (ID allocated, row not yet written).
    wb.world.log.guard = (name) => {
      previous?.(name);
      if (interleaved || name !== 'Range.setValues') return;
      interleaved = true;
      const other = wb.world.begin({ user: MOUSSA });
      try {
        second = save({ name: 'Réseau des jeunes de Ségou', type: 'OSC' }, []);
      } catch (e) {
        second = e as Error;
      }
      wb.world.end(other);
      wb.world.enter(first);
    };
    let mine: SaveResult;
    try {
      mine = save(newPartner(), []);
    } finally {
      wb.world.log.guard = previous;
      wb.world.end(first);
    }
    expect(interleaved).toBe(true);
    expect(mine.id).toBe(nextPartnerId());
    expect((second as unknown as Error).message).toBe(
      "Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.",
    );
    expect(rows('Partenaires').filter((r) => r.Nom === 'Réseau des jeunes de Ségou')).toEqual([]);
    // The retry gets the next ID.
    const retry = call('savePartner', [{ name: 'Réseau des jeunes de Ségou', type: 'OSC' }, []], MOUSSA);
    expect(retry.id).toBe(nextId([nextPartnerId()]));
    const ids = rows('Partenaires').map((r) => r.ID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never share an ID when the second user opened the form before the first saved', () => {
    const awa = wb.world.begin({ user: AWA });
    (wb.context.getSession as () => unknown)();
    const moussa = wb.world.begin({ user: MOUSSA });
    (wb.context.getSession as () => unknown)();
    wb.world.enter(awa);
    const a = (wb.context.savePartner as (...x: unknown[]) => SaveResult)(newPartner(), []);
    wb.world.enter(moussa);
    const b = (wb.context.savePartner as (...x: unknown[]) => SaveResult)({ name: 'Réseau des jeunes de Ségou', type: 'OSC' }, []);
    wb.world.end(moussa);
    wb.world.end(awa);
    expect([a.id, b.id]).toEqual([nextPartnerId(), nextId([nextPartnerId()])]);
  });
});

// ---- performance --------------------------------------------------------------------------------

describe('the partners list at 2,000 partners', () => {
  it('costs at most 3 Sheets calls, with priority and quadrant', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({
      name: `Partenaire ${String(i).padStart(4, '0')}`,
      type: 'OSC',
      alignment: i % 6,
      potential: (i * 7) % 6,
      power: ['Faible', 'Moyen', 'Élevé'][i % 3],
      interest: ['Élevé', 'Faible'][i % 2],
    }));
    wb = workbookWithPartners(many);
    warm();
    expect(call('recomputePriorities', []).total).toBe(2000);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(3);
    expect(wb.world.log.count('Range.setValues')).toBe(2);
    wb.world.log.reset();
    const list = call('searchPartners', [{}], LECTEUR);
    expect(wb.world.log.sheetsCalls()).toBeLessThanOrEqual(3);
    expect(list).toMatchObject({ total: 2000, all: 2000, offset: 0 });
    // Partner 5: alignment 5, potential 5, Élevé / Faible (Satisfaire): 35 + 25 + 16.67 = 76.67.
    expect(list.items.find((p) => p.name === 'Partenaire 0005')).toMatchObject({ priority: 77, quadrant: 'Satisfaire' });
  });
});
