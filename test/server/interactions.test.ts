/** logInteraction through the built Code.js: the interaction row, its roll-up to partner and opportunity, the Journal. */
import type { RecordInput } from '../../src/domain/contracts';
import { reorderAsUser } from '../support/workbook';
import { asTestWorkbook, rowById } from './pipeline-support';
import { rows, values } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer: AWA, reader: LECTEUR } = USERS;

let wb: PartnersWorkbook;
let DUE: string;
let OXFAM: string;
let opportunity: string;
/** Two partners of Awa's, one with an opportunity in negotiation; seeded once for the file, restored before each test (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([
    partner({ name: 'Délégation de l’Union européenne au Mali', acronym: 'DUE', type: 'PTF / bailleur', owner: AWA }),
    partner({ name: 'Oxfam au Mali', acronym: 'Oxfam', type: 'ONG internationale', owner: AWA }),
  ]);
  [DUE, OXFAM] = wb.partnerIds;
  opportunity = wb.call(
    'saveOpportunity',
    [{ partnerId: DUE, title: 'Jeunes observateurs', stage: 'Négociation', nextAction: 'Préparer le budget', nextDue: '2026-03-14' }],
    { user: AWA },
  ).id;
  return wb;
});

const log = (input: RecordInput, user: string = AWA) => wb.call('logInteraction', [input], { user });
const journal = () => rows(wb, 'Journal');
const everything = () =>
  wb.world.run(() =>
    SpreadsheetApp.getActiveSpreadsheet()
      .getSheets()
      .map((s) => s.getDataRange().getValues()),
  );

const MEETING = {
  date: '11/03/2026',
  type: 'Rendez-vous',
  summary: 'Revue du budget avec la chargée de programme.',
  decisions: 'Le budget doit passer sous 180 millions.',
  nextSteps: 'Envoyer le budget révisé',
  nextDue: '20/03/2026',
};

describe('logInteraction', () => {
  it('appends the interaction and rolls it up to the partner’s and the opportunity’s rows, journaled', () => {
    const journalBefore = journal().length;
    const { id } = log({ ...MEETING, partnerId: DUE, opportunityId: opportunity });
    expect(id).toBe('INT-0001');
    expect(rowById(wb, 'Interactions', id)).toMatchObject({
      Date: '2026-03-11',
      'ID partenaire': DUE,
      'ID opportunité': opportunity,
      Type: 'Rendez-vous',
      'Compte rendu': 'Revue du budget avec la chargée de programme.',
      Décisions: 'Le budget doit passer sous 180 millions.',
      'Suites à donner': 'Envoyer le budget révisé',
      'Échéance des suites': '2026-03-20',
      'Modifié par': AWA,
    });
    expect(rowById(wb, 'Partenaires', DUE)).toMatchObject({
      'Dernière interaction': '2026-03-11',
      'Prochaine action': 'Envoyer le budget révisé',
      'Prochaine échéance': '2026-03-20',
      'Modifié par': AWA,
    });
    expect(rowById(wb, 'Opportunités', opportunity)).toMatchObject({
      'Prochaine action': 'Envoyer le budget révisé',
      Échéance: '2026-03-20',
      Étape: 'Négociation',
    });
    const action = "suites de l'interaction INT-0001";
    expect(
      journal()
        .slice(journalBefore)
        .map((r) => [r.Utilisateur, r.Feuille, r.ID, r.Action, r.Champ, r.Avant, r.Après]),
    ).toEqual([
      [AWA, 'Interactions', id, 'création', '', '', expect.stringContaining('Type : Rendez-vous')],
      [AWA, 'Partenaires', DUE, action, 'Prochaine action', '', 'Envoyer le budget révisé'],
      [AWA, 'Partenaires', DUE, action, 'Prochaine échéance', '', '2026-03-20'],
      [AWA, 'Opportunités', opportunity, action, 'Prochaine action', 'Préparer le budget', 'Envoyer le budget révisé'],
      [AWA, 'Opportunités', opportunity, action, 'Échéance', '2026-03-14', '2026-03-20'],
    ]);
  });

  it('keeps the latest date and plan when an older meeting is recorded afterwards', () => {
    log({ ...MEETING, partnerId: DUE });
    log({ partnerId: DUE, date: '2026-02-02', type: 'Appel', nextSteps: 'Ancienne suite', nextDue: '2026-02-10' });
    expect(rowById(wb, 'Partenaires', DUE)).toMatchObject({
      'Dernière interaction': '2026-03-11',
      'Prochaine action': 'Envoyer le budget révisé',
      'Prochaine échéance': '2026-03-20',
    });
    expect(rows(wb, 'Interactions')).toHaveLength(2);
  });

  it('updates only the date when no next steps are given, and leaves the opportunity alone', () => {
    log({ partnerId: DUE, opportunityId: opportunity, date: '2026-03-12', type: 'Appel', summary: 'Point rapide' });
    expect(rowById(wb, 'Partenaires', DUE)).toMatchObject({ 'Dernière interaction': '2026-03-12', 'Prochaine action': '' });
    expect(rowById(wb, 'Opportunités', opportunity)).toMatchObject({ 'Prochaine action': 'Préparer le budget', Échéance: '2026-03-14' });
  });

  it.each([
    ['an unknown partner', { partnerId: 'PAR-0999' }, "Interactions, colonne « ID partenaire » : aucun partenaire avec l'ID « PAR-0999 » dans Partenaires."],
    [
      'an unknown opportunity',
      { opportunityId: 'OPP-0999' },
      "Interactions, colonne « ID opportunité » : aucune opportunité avec l'ID « OPP-0999 » dans Opportunités.",
    ],
    [
      'another partner’s opportunity',
      { partnerId: 'OXFAM' },
      "Interactions, colonne « ID opportunité » : l'opportunité « OPPORTUNITY » concerne le partenaire",
    ],
    ['a wrong date', { date: '32/03/2026' }, "Interactions, colonne « Date » : « 32/03/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA)."],
    ['a missing date', { date: '' }, 'Interactions, colonne « Date » : ce champ est obligatoire.'],
    [
      'an unknown type',
      { type: 'Dîner' },
      "Interactions, colonne « Type » : « Dîner » n'est pas valide (attendu : une des valeurs : Rendez-vous, Appel, Atelier, Mission, Représentation, Courriel).",
    ],
    ['a wrong follow-up date', { nextDue: 'bientôt' }, "Interactions, colonne « Échéance des suites » : « bientôt » n'est pas valide"],
  ])('refuses %s in French, naming the column, and writes nothing', (_what, over, message) => {
    const input: RecordInput = { ...MEETING, partnerId: DUE, opportunityId: opportunity, ...over };
    // The seeded IDs are known once the workbook is: named in the table, filled in here.
    if (input.partnerId === 'OXFAM') input.partnerId = OXFAM;
    const before = everything();
    expect(() => log(input)).toThrow(message.replace('OPPORTUNITY', opportunity));
    expect(everything()).toEqual(before);
  });

  it('refuses a reader and a non-object', () => {
    expect(() => log({ ...MEETING, partnerId: DUE }, LECTEUR)).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
    expect(() => wb.callRaw('logInteraction', ['PAR-0001'], { user: AWA })).toThrow(
      "Argument « l'interaction » : une fiche (champs : texte, nombre ou booléen ; au plus 200) attendu, reçu « PAR-0001 ».",
    );
    expect(rows(wb, 'Interactions')).toEqual([]);
  });

  it('rolls up into the right cells when users reordered the columns and added their own', () => {
    const tw = asTestWorkbook(wb);
    reorderAsUser(tw, 'Partenaires', 'Prochaine échéance', 2, { header: 'Commentaire interne', at: 3 });
    reorderAsUser(tw, 'Interactions', 'Type', 1, { header: 'Lieu', at: 2 });
    reorderAsUser(tw, 'Opportunités', 'Échéance', 3, { header: 'Mon calcul', at: 5 });
    wb.world.run(() => {
      const ss = SpreadsheetApp.getActiveSpreadsheet();
      ss.getSheetByName('Partenaires')!
        .getRange(2, 3, values(wb, 'Partenaires').length - 1, 1)
        .setValue('à voir');
      ss.getSheetByName('Opportunités')!.getRange(2, 5).setFormula('=LEN(B2)');
    });
    const { id } = log({ ...MEETING, partnerId: DUE, opportunityId: opportunity });
    expect(rowById(wb, 'Partenaires', DUE)).toMatchObject({
      'Prochaine échéance': '2026-03-20',
      'Prochaine action': 'Envoyer le budget révisé',
      'Dernière interaction': '2026-03-11',
      'Commentaire interne': 'à voir',
    });
    expect(rowById(wb, 'Interactions', id)).toMatchObject({ Type: 'Rendez-vous', Lieu: '', Date: '2026-03-11' });
    expect(rowById(wb, 'Opportunités', opportunity)).toMatchObject({ Échéance: '2026-03-20', 'Prochaine action': 'Envoyer le budget révisé' });
    expect(wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Opportunités')!.getRange(2, 5).getFormula())).toBe('=LEN(B2)');
  });
});
