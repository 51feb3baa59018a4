/** Pipeline API through the built Code.js: save, validation, stage moves, board, call counts. */
import { BOARD_PAGE } from '../../src/domain/contracts/paging';
import type { RecordInput } from '../../src/domain/contracts';
import type { ParamsOf, ResultOf } from '../../src/domain/contracts/api';
import { CONVENTIONS, OPPORTUNITIES } from '../../src/domain/schema/tables';
import { reorderAsUser } from '../support/workbook';
import { asTestWorkbook, rowById, seed } from './pipeline-support';
import { rows, values } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

let wb: PartnersWorkbook;
let DUE: string;
let AMDH: string;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  // Partners of three types, no opportunity yet.
  wb = workbookWithPartners([
    partner({ name: 'Délégation de l’Union européenne au Mali', acronym: 'DUE', type: 'PTF / bailleur' }),
    partner({ name: 'Association malienne des droits de l’homme', acronym: 'AMDH', type: 'ONG nationale' }),
    partner({ name: 'Conseil national de la jeunesse du Mali', acronym: 'CNJ', type: 'OSC' }),
  ]);
  [DUE, AMDH] = wb.partnerIds;
  return wb;
});

const { admin: ADMIN, officer: AWA, otherOfficer: MOUSSA, reader: LECTEUR } = USERS;

const save = (input: RecordInput, user: string = AWA) => wb.call('saveOpportunity', [input], { user });
const move = (id: string, stage: ParamsOf<'moveOpportunity'>[1], reason?: string, user: string = AWA) =>
  wb.call('moveOpportunity', reason === undefined ? [id, stage] : [id, stage, reason], { user });
const board = (filter?: ParamsOf<'getBoard'>[0], user: string = LECTEUR) => wb.call('getBoard', filter === undefined ? [] : [filter], { user });
const journal = () => rows(wb, 'Journal').filter((r) => r.Feuille === 'Opportunités');
const linkConvention = (opportunityId: string, partner = DUE) =>
  seed(wb, CONVENTIONS, [{ partnerId: partner, opportunityId, type: 'Accord de subvention', status: 'Brouillon' }]);

describe('saveOpportunity', () => {
  it('creates an opportunity with the partner’s name and type, the stage’s default probability, and a Journal row', () => {
    const { id } = save({
      partnerId: DUE,
      title: 'Budget participatif des jeunes',
      stage: 'note conceptuelle',
      amount: '25 000',
      currency: 'EUR',
      nextDue: '20/03/2026',
      axis: 'Gouvernance et citoyenneté active',
    });
    expect(id).toBe('OPP-0001');
    expect(rowById(wb, 'Opportunités', id)).toMatchObject({
      'ID partenaire': DUE,
      Partenaire: 'Délégation de l’Union européenne au Mali',
      'Type de partenaire': 'PTF / bailleur',
      Titre: 'Budget participatif des jeunes',
      Étape: 'Note conceptuelle',
      'Montant demandé': 25000,
      Devise: 'EUR',
      'Probabilité (%)': 40,
      Échéance: '2026-03-20',
      Responsable: AWA,
      'Modifié par': AWA,
    });
    expect(journal()).toEqual([expect.objectContaining({ Utilisateur: AWA, Feuille: 'Opportunités', ID: id, Action: 'création' })]);
  });

  it('defaults the currency to FCFA, keeps a probability the user gave, and updates only what changed', () => {
    const { id } = save({ partnerId: DUE, title: 'Forum', stage: 'Contact', amount: 3_000_000, probability: 35 });
    expect(rowById(wb, 'Opportunités', id)).toMatchObject({ Devise: 'XOF', 'Probabilité (%)': 35 });
    const before = journal().length;
    save({ id, partnerId: AMDH, title: 'Forum national' });
    expect(rowById(wb, 'Opportunités', id)).toMatchObject({
      'ID partenaire': AMDH,
      Partenaire: 'Association malienne des droits de l’homme',
      'Type de partenaire': 'ONG nationale',
      Titre: 'Forum national',
      Étape: 'Contact',
    });
    expect(
      journal()
        .slice(before)
        .map((r) => [r.Action, r.Champ, r.Avant, r.Après]),
    ).toEqual([
      ['modification', 'ID partenaire', DUE, AMDH],
      ['modification', 'Titre', 'Forum', 'Forum national'],
    ]);
  });

  it.each([
    ['an unknown partner', { partnerId: 'PAR-9999' }, "Opportunités, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-9999 » dans Partenaires."],
    [
      'a negative amount',
      { amount: '-5 000' },
      "Opportunités, colonne « Montant demandé » : « -5 000 » n'est pas valide (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).",
    ],
    [
      'a wrong date',
      { nextDue: '31/02/2026' },
      "Opportunités, colonne « Échéance » : « 31/02/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    ],
    [
      'an unknown stage',
      { stage: 'Gagnée' },
      "Opportunités, colonne « Étape » : « Gagnée » n'est pas valide (attendu : une des valeurs : Cible, Contact, Note conceptuelle, Négociation, Signature, Signée, Abandonnée, Refusée).",
    ],
    [
      'a probability over 100',
      { probability: 150 },
      "Opportunités, colonne « Probabilité (%) » : « 150 » n'est pas valide (attendu : un nombre entre 0 et 100).",
    ],
    ['an unknown currency', { currency: 'XYZ' }, "Opportunités, colonne « Devise » : « XYZ » n'est pas une devise reconnue ; exemples : FCFA, EUR, USD, GBP."],
    ['a missing title', { title: '' }, 'Opportunités, colonne « Titre » : ce champ est obligatoire.'],
    ['a creation as « Signée »', { stage: 'Signée' }, "Opportunités, colonne « Étape » : une opportunité ne peut pas être créée à l'étape « Signée »."],
    ['an abandon without reason', { stage: 'Abandonnée' }, 'Opportunités, colonne « Motif (abandon/refus) » : indiquez le motif'],
    [
      'a value that is not text',
      { amount: { $gt: 0 } },
      "Argument « l'opportunité », champ « amount » : un texte, un nombre ou un booléen attendu, reçu un objet.",
    ],
  ])('refuses %s with a French message naming the field, writing nothing', (_what, over, message) => {
    const before = wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getDataRange().getValues()),
    );
    // Sent raw: the last case is an object no signature allows.
    expect(() => wb.callRaw('saveOpportunity', [{ partnerId: DUE, title: 'Projet', stage: 'Cible', ...over }], { user: AWA })).toThrow(message);
    const after = wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getDataRange().getValues()),
    );
    expect(after).toEqual(before);
  });

  it('refuses an unknown ID, and a reader', () => {
    expect(() => save({ id: 'OPP-0042', title: 'X' })).toThrow("Opportunités : aucun enregistrement avec l'ID « OPP-0042 ».");
    expect(() => save({ partnerId: DUE, title: 'Projet', stage: 'Cible' }, LECTEUR)).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
    expect(rows(wb, 'Opportunités')).toEqual([]);
  });
});

describe('moveOpportunity', () => {
  let id: string;
  beforeEach(() => {
    id = save({ partnerId: DUE, title: 'Budget participatif', stage: 'Négociation', amount: 10_000_000 }).id;
  });

  it('refuses « Signée » until a convention is linked to the opportunity, then signs it at 100 %', () => {
    expect(() => move(id, 'Signée')).toThrow(
      "impossible de passer à « Signée » sans convention. Créez d'abord la convention ou liez-la à cette opportunité (feuille Conventions, colonne « ID opportunité »).",
    );
    expect(rowById(wb, 'Opportunités', id).Étape).toBe('Négociation');
    linkConvention('OPP-0099'); // another opportunity's convention does not count
    expect(() => move(id, 'Signée')).toThrow('sans convention');
    linkConvention(id);
    // Without capital: not a declared step, yet read as Signée.
    const card = wb.callRaw<ResultOf<'moveOpportunity'>>('moveOpportunity', [id, 'signée'], { user: AWA });
    expect(card).toMatchObject({ id, stage: 'Signée', probability: 100, amountXof: 10_000_000, overdue: false });
    expect(rowById(wb, 'Opportunités', id)).toMatchObject({ Étape: 'Signée', 'Probabilité (%)': 100 });
    expect(
      journal()
        .slice(-2)
        .map((r) => [r.Action, r.Champ, r.Avant, r.Après]),
    ).toEqual([
      ["changement d'étape", 'Étape', 'Négociation', 'Signée'],
      ["changement d'étape", 'Probabilité (%)', '60', '100'],
    ]);
  });

  it('refuses to abandon without a reason, and stores the reason given', () => {
    expect(() => move(id, 'Abandonnée')).toThrow(
      "Opportunités, colonne « Motif (abandon/refus) » : indiquez le motif pour passer l'opportunité à « Abandonnée ».",
    );
    expect(() => move(id, 'Refusée', '   ')).toThrow('indiquez le motif');
    expect(rowById(wb, 'Opportunités', id).Étape).toBe('Négociation');
    move(id, 'Abandonnée', 'Le bailleur a réorienté ses priorités');
    expect(rowById(wb, 'Opportunités', id)).toMatchObject({
      Étape: 'Abandonnée',
      'Motif (abandon/refus)': 'Le bailleur a réorienté ses priorités',
      'Probabilité (%)': 0,
    });
  });

  it('lets a closed opportunity be reopened by an admin only, clearing the reason', () => {
    move(id, 'Refusée', 'Dossier incomplet');
    expect(() => move(id, 'Note conceptuelle')).toThrow(
      "Opportunités, colonne « Étape » : l'opportunité est « Refusée » ; seul un administrateur peut la rouvrir ou la déplacer vers « Note conceptuelle ».",
    );
    const card = move(id, 'Note conceptuelle', undefined, ADMIN);
    expect(card).toMatchObject({ stage: 'Note conceptuelle', probability: 40 });
    expect(rowById(wb, 'Opportunités', id)['Motif (abandon/refus)']).toBe('');
    expect(
      journal()
        .filter((r) => r.Action === 'réouverture')
        .map((r) => [r.Utilisateur, r.Champ]),
    ).toEqual([
      [ADMIN, 'Étape'],
      [ADMIN, 'Probabilité (%)'],
      [ADMIN, 'Motif (abandon/refus)'],
    ]);
  });

  it('allows moving back, journaled as such', () => {
    move(id, 'Contact');
    expect(journal().at(-2)).toMatchObject({
      Utilisateur: AWA,
      ID: id,
      Action: 'retour à une étape antérieure',
      Champ: 'Étape',
      Avant: 'Négociation',
      Après: 'Contact',
    });
  });

  it('refuses bad arguments in French: unknown stage, unknown ID, a reader', () => {
    // What a page could send but no signature allows: an unknown step, a number as ID.
    expect(() => wb.callRaw('moveOpportunity', [id, 'Gagnée'], { user: AWA })).toThrow(
      "Argument « l'étape » : une valeur parmi : Cible, Contact, Note conceptuelle, Négociation, Signature, Signée, Abandonnée, Refusée attendu, reçu « Gagnée ».",
    );
    expect(() => move('OPP-0404', 'Contact')).toThrow("Opportunités : aucun enregistrement avec l'ID « OPP-0404 ».");
    expect(() => wb.callRaw('moveOpportunity', [7, 'Contact'], { user: AWA })).toThrow(
      "Argument « l'opportunité » : un identifiant comme OPP-0001 attendu, reçu 7.",
    );
    expect(() => move(id, 'Contact', undefined, LECTEUR)).toThrow('Accès refusé');
    expect(rowById(wb, 'Opportunités', id).Étape).toBe('Négociation');
  });
});

describe('at 5,000 opportunities', () => {
  const N = 5000;
  const OWNERS = [AWA, MOUSSA];
  let ids: string[];
  beforeEach(() => {
    const partners = wb.partnerIds;
    ids = seed(
      wb,
      OPPORTUNITIES,
      Array.from({ length: N }, (_, i) => ({
        partnerId: partners[i % partners.length],
        title: `Opportunité ${i + 1}`,
        stage: ['Cible', 'Contact', 'Note conceptuelle', 'Négociation', 'Signature'][i % 5],
        amount: 1000,
        currency: i % 2 ? 'EUR' : 'XOF',
        probability: 50,
        nextDue: `2026-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        owner: OWNERS[i % 2],
      })),
    );
  });

  it('builds the board with 3 Sheets calls once the settings are cached, with the right totals', () => {
    board();
    wb.world.log.reset();
    const b = board();
    expect(wb.world.log.sheetsCalls()).toBe(3); // getActiveSpreadsheet, getSheetByName, getSheetValues
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(1);
    // Each stage holds 1,000 opportunities: 500 in XOF (1 000) and 500 in EUR (655 957), all at 50 %.
    for (const c of b.columns.slice(0, 5))
      expect(c).toMatchObject({ count: 1000, total: 500 * 1000 + 500 * 655_957, weighted: (500 * 1000 + 500 * 655_957) / 2 });
    expect(b.columns.slice(5).every((c) => c.count === 0)).toBe(true);
    const cible = b.columns[0].cards;
    expect(cible[0]).toMatchObject({ overdue: true, nextDue: '2026-03-01' });
    // The first cards of a column only, overdue ones first.
    expect(cible).toHaveLength(BOARD_PAGE);
    expect(cible.findIndex((c) => !c.overdue)).toBe(cible.some((c) => !c.overdue) ? cible.filter((c) => c.overdue).length : -1);
    expect(b.owners).toEqual([AWA, MOUSSA].sort());
    expect(b.partnerTypes).toContain('PTF / bailleur');
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);

    const mine = board({ owner: MOUSSA, partnerType: 'PTF / bailleur' });
    expect(mine.columns.flatMap((c) => c.cards).every((c) => c.owner === MOUSSA && c.partnerType === 'PTF / bailleur')).toBe(true);
    expect(() => wb.callRaw('getBoard', [{ owner: 12 }], { user: LECTEUR })).toThrow(
      'Argument « le filtre » › « responsable » : un texte d’au plus 254 caractères attendu, reçu 12.',
    );
  });

  it('moves one opportunity writing only its changed cells and one Journal block', () => {
    const target = ids[2499]; // stage Signature (2499 % 5 = 4), probability 50
    const before = values(wb, 'Opportunités');
    const journalBefore = values(wb, 'Journal').length;
    wb.call('getSession', [], { user: AWA }); // settings cached, as after the sidebar opens
    wb.world.log.reset();
    const card = move(target, 'Refusée', 'Pas de financement cette année');
    expect(card).toMatchObject({ id: target, stage: 'Refusée', probability: 0 });
    // One run on the row (Pacte's columns are contiguous: Étape … Modifié par, the cells between
    // rewritten with their own values) + one Journal block + the move added to « Historique des étapes ».
    expect(wb.world.log.count('Range.setValues')).toBe(3);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(2); // Opportunités + the Journal's header row
    const after = values(wb, 'Opportunités');
    const header = before[0].map(String);
    const row = after.findIndex((r) => r[0] === target);
    const changed: string[] = [];
    after.forEach((r, i) => {
      if (i !== row) expect(r).toEqual(before[i]);
      else r.forEach((v, c) => (JSON.stringify(v) !== JSON.stringify(before[i][c]) ? changed.push(header[c]) : null));
    });
    expect(changed.sort()).toEqual(['Historique des étapes', 'Modifié le', 'Modifié par', 'Motif (abandon/refus)', 'Probabilité (%)', 'Étape'].sort());
    const added = rows(wb, 'Journal').slice(journalBefore - 1);
    expect(added.map((r) => r.Champ)).toEqual(['Étape', 'Probabilité (%)', 'Motif (abandon/refus)']);
    expect(new Set(added.map((r) => `${r.Horodatage} ${r.ID} ${r.Action}`))).toEqual(new Set([`${added[0].Horodatage} ${target} changement d'étape`]));
  });
});

describe('columns moved by users', () => {
  it('still creates, moves and shows opportunities when Pacte’s columns are reordered around a user column', () => {
    const id = save({ partnerId: DUE, title: 'Avant', stage: 'Cible', amount: 1_000_000 }).id;
    const tw = asTestWorkbook(wb);
    reorderAsUser(tw, 'Opportunités', 'Étape', 2, { header: 'Notes perso', at: 4 });
    reorderAsUser(tw, 'Partenaires', 'Type', 1, { header: 'Mon suivi', at: 3 });
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Opportunités')!;
      sheet.getRange(2, 4).setFormula('=1+1');
    });
    const second = save({ partnerId: AMDH, title: 'Après', stage: 'Contact', amount: 500 }).id;
    move(id, 'Contact');
    const b = board();
    // Neither has a due date: sorted by title (« Après » before « Avant »).
    expect(b.columns[1].cards.map((c) => [c.id, c.partnerName, c.partnerType])).toEqual([
      [second, 'Association malienne des droits de l’homme', 'ONG nationale'],
      [id, 'Délégation de l’Union européenne au Mali', 'PTF / bailleur'],
    ]);
    expect(b.columns[1]).toMatchObject({ count: 2, total: 1_000_500, weighted: 200_100 });
    expect(values(wb, 'Opportunités')[0].slice(0, 4)).toEqual(['ID', 'Étape', 'ID partenaire', 'Notes perso']);
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Opportunités')!.getRange(2, 4).getFormula())).toBe('=1+1');
    expect(rowById(wb, 'Opportunités', second)).toMatchObject({
      Étape: 'Contact',
      'Notes perso': '',
      Partenaire: 'Association malienne des droits de l’homme',
    });
  });
});
