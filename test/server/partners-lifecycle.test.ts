/**
 * Lifecycle moves and due diligence through the built Code.js: stage rules, Journal entries,
 * analysis scores (critical weakness cap), decisions reserved to the approval roles.
 */
import type { EndpointName, ParamsOf, ResultOf } from '../../src/domain/contracts/api';
import type { CallArgs } from '../../src/dev/load-script';
import { SETTINGS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { forgetSettings } from '../../src/services/settings-store';
import { rows as sheetRows, values as sheetValues } from '../support/demo-sheets';
import { seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin: ADMIN, officer: AWA, reader: LECTEUR, finance: DAF } = USERS;
const DG = 'dg@ajcad-mali.org';

let wb: PartnersWorkbook;
let id: string;

const values = (sheet: string): unknown[][] => sheetValues(wb, sheet);
const rows = (sheet: string): Record<string, unknown>[] => sheetRows(wb, sheet);

function call<K extends EndpointName>(name: K, args: CallArgs<K>, user: string = AWA): ResultOf<K> {
  return wb.call(name, args, { user });
}

const move = (stage: ParamsOf<'movePartnerStage'>[1], note?: string, user: string = AWA) =>
  call('movePartnerStage', note === undefined ? [id, stage] : [id, stage, note], user);
const stage = () => rows('Partenaires').find((r) => r.ID === id)!['Statut du cycle'];
const transitions = () => rows('Journal').filter((j) => j.ID === id && (j.Action === 'transition' || j.Action === 'note'));
const snapshot = () => ['Partenaires', 'Analyses', 'Journal'].map((s) => values(s));

const GOOD = { legal: 5, governance: 4, finance: 4, reputation: 4, alignment: 5, risks: 3 };

/** A DG given their role on the Rôles screen by the administrator. */
const addDg = () => call('setRole', [DG, 'DG'], ADMIN);

/** A partner Awa creates, seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithPartners([]);
  id = call('savePartner', [{ name: 'Association des jeunes pour la citoyenneté active', acronym: 'AJCA', type: 'OSC' }, []]).id;
  return wb;
});

describe('movePartnerStage', () => {
  it('moves forward several stages up to Analyse, then one at a time; each move journaled with who, when, before → after', () => {
    move('Analyse');
    expect(stage()).toBe('Analyse');
    const before = snapshot();
    expect(() => move('Formalisation')).toThrow(
      `${id} : On ne peut avancer de plusieurs étapes d'un coup qu'au début du cycle (jusqu'à « Analyse ») : passez d'abord à « Approbation ».`,
    );
    expect(snapshot()).toEqual(before);
    wb.world.clock.advance(24 * 3600 * 1000);
    move('Approbation');
    expect(transitions().map((j) => [j.Horodatage, j.Utilisateur, j.Champ, j.Avant, j.Après])).toEqual([
      ['2026-03-12T09:00:00', AWA, 'Statut du cycle', 'Identification', 'Analyse'],
      ['2026-03-13T09:00:00', AWA, 'Statut du cycle', 'Analyse', 'Approbation'],
    ]);
    const d = call('getPartner', [id], LECTEUR);
    expect(d.stageHistory.map((h) => [h.stage, h.at.slice(0, 10), h.by])).toEqual([
      ['Identification', '2026-03-12', AWA],
      ['Analyse', '2026-03-12', AWA],
      ['Approbation', '2026-03-13', AWA],
    ]);
    expect(d.blockedStages.Formalisation).toBe(
      "L'étape « Formalisation » exige une analyse de due diligence approuvée (décision « Approuvé » dans l'analyse du partenaire).",
    );
  });

  it('refuses Formalisation before the analysis is approved, and allows it after the DG approves', () => {
    move('Analyse');
    move('Approbation');
    const before = snapshot();
    expect(() => move('Formalisation')).toThrow("exige une analyse de due diligence approuvée (décision « Approuvé » dans l'analyse du partenaire).");
    expect(snapshot()).toEqual(before);

    call('saveAnalysis', [id, GOOD, null, '']);
    expect(() => move('Formalisation')).toThrow('exige une analyse de due diligence approuvée');
    addDg();
    call('saveAnalysis', [id, GOOD, 'Approuvé', 'Dossier complet.'], DG);
    expect(call('getPartner', [id]).allowedStages).toContain('Formalisation');
    move('Formalisation');
    move('Collaboration');
    expect(stage()).toBe('Collaboration');
  });

  it('requires a note to close, and journals the note with the move', () => {
    expect(() => move('Clôture')).toThrow('Clôture : indiquez le motif de la clôture dans la note (obligatoire).');
    expect(() => move('Clôture', '   ')).toThrow('indiquez le motif');
    wb.callRaw('movePartnerStage', [id, 'cloture', 'Association dissoute en 2026.'], { user: AWA });
    expect(stage()).toBe('Clôture');
    expect(transitions().map((j) => [j.Action, j.Avant, j.Après])).toEqual([
      ['transition', 'Identification', 'Clôture'],
      ['note', 'Identification', 'Association dissoute en 2026.'],
    ]);
    expect(call('getPartner', [id]).stageHistory.at(-1)).toMatchObject({ stage: 'Clôture', note: 'Association dissoute en 2026.' });
  });

  it('checks its arguments and the role', () => {
    expect(() => wb.callRaw('movePartnerStage', [id, 'Signature'], { user: AWA })).toThrow(
      'Argument « le statut du cycle » : une valeur parmi : Identification, Catégorisation, Analyse, Approbation, Formalisation, Collaboration, Évaluation, Renouvellement, Clôture attendu, reçu « Signature ».',
    );
    expect(() => move('Identification')).toThrow("Le partenaire est déjà à l'étape « Identification ».");
    expect(() => call('movePartnerStage', ['PAR-0999', 'Analyse'])).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-0999 ».");
    expect(() => wb.callRaw('movePartnerStage', [id, 3], { user: AWA })).toThrow(
      'Argument « le statut du cycle » : une valeur parmi : Identification, Catégorisation, Analyse, Approbation, Formalisation, Collaboration, Évaluation, Renouvellement, Clôture attendu, reçu 3.',
    );
    expect(() => move('Analyse', undefined, LECTEUR)).toThrow('Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).');
    expect(stage()).toBe('Identification');
  });
});

describe('saveAnalysis', () => {
  it('saves the scores with the weighted score, and updates the same analysis until it is decided', () => {
    const a = call('saveAnalysis', [id, GOOD, null, 'Visite du siège faite.']);
    // Key (×2): (1 + 0.75 + 0.75) × 2 = 5; others: 0.75 + 1 + 0.5 = 2.25; 7.25 / 9 = 80.6
    expect(a).toMatchObject({ id: 'ANA-0001', score: 81, weaknesses: [], decision: '', comment: 'Visite du siège faite.' });
    expect(rows('Analyses')).toEqual([
      expect.objectContaining({ ID: 'ANA-0001', 'ID partenaire': id, 'Statut juridique (1-5)': 5, 'Risques (1-5)': 3, 'Score pondéré': 81, Décision: '' }),
    ]);
    call('saveAnalysis', [id, { ...GOOD, risks: 5 }, null, 'Visite du siège faite.']);
    expect(rows('Analyses')).toHaveLength(1);
    expect(rows('Analyses')[0]['Score pondéré']).toBe(86);
    expect(
      rows('Journal')
        .filter((j) => j.Feuille === 'Analyses' && j.Action === 'modification')
        .map((j) => [j.Champ, j.Avant, j.Après]),
    ).toEqual([['Risques (1-5)', '3', '5']]);
  });

  it('caps the score at 40 on a critical weakness, and lists it', () => {
    const a = call('saveAnalysis', [id, { ...GOOD, finance: 2 }, null, '']);
    expect(a).toMatchObject({ score: 40, weaknesses: ['Santé financière'] });
    expect(rows('Analyses')[0]['Score pondéré']).toBe(40);
    expect(call('getPartner', [id]).analysis).toMatchObject({ score: 40, weaknesses: ['Santé financière'] });
  });

  it("refuses a decision from a 'chargé', accepts it from the DG configured in Paramètres", () => {
    call('saveAnalysis', [id, GOOD, null, '']);
    const before = snapshot();
    expect(() => call('saveAnalysis', [id, GOOD, 'Approuvé', ''])).toThrow(
      'Accès refusé : la décision (Approuvé, À revoir, Refusé) est réservée aux rôles DG, admin (Paramètres › Approbation ; votre rôle : chargé). Laissez la décision vide pour enregistrer les notes.',
    );
    expect(() => call('saveAnalysis', [id, GOOD, 'Approuvé', ''], DG)).toThrow(`Accès refusé : ${DG} n'a pas de rôle dans Pacte.`);
    expect(snapshot()).toEqual(before);

    addDg();
    const a = call('saveAnalysis', [id, GOOD, 'approuvé', ''], DG);
    expect(a).toMatchObject({ id: 'ANA-0001', decision: 'Approuvé', decidedBy: DG, decidedOn: '2026-03-12' });
    expect(rows('Analyses')).toEqual([expect.objectContaining({ Décision: 'Approuvé', 'Décidé par': DG, 'Date de décision': '2026-03-12' })]);
    expect(
      rows('Journal')
        .filter((j) => j.Action === 'décision')
        .map((j) => [j.Utilisateur, j.Champ, j.Après]),
    ).toEqual([
      [DG, 'Décision', 'Approuvé'],
      [DG, 'Décidé par', DG],
      [DG, 'Date de décision', '2026-03-12'],
    ]);
    // The chargée sends the form back with the decision unchanged: allowed (no new decision).
    expect(() => call('saveAnalysis', [id, GOOD, 'Approuvé', 'Relu.'])).not.toThrow();
  });

  it('follows the approval roles of Paramètres › Approbation', () => {
    wb.world.run(() => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), ADMIN);
      const settings = SheetTable.open(ctx, SETTINGS);
      const line = settings.all().find((s) => s.record.section === 'Approbation')!;
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Paramètres')!
        .getRange(line.row, settings.columns.get('value')! + 1, 1, 1)
        .setValues([['DAF']]);
      forgetSettings();
    });
    expect(() => call('saveAnalysis', [id, GOOD, 'Refusé', ''], ADMIN)).toThrow('réservée aux rôles DAF (Paramètres › Approbation ; votre rôle : admin)');
    expect(call('saveAnalysis', [id, GOOD, 'Refusé', 'Hors mandat.'], DAF)).toMatchObject({ decision: 'Refusé', decidedBy: DAF });
    expect(() => call('saveAnalysis', [id, GOOD, null, ''], LECTEUR)).toThrow(
      "Accès refusé : l'analyse est réservée aux rôles admin, chargé, DAF (votre rôle : lecteur).",
    );
  });

  it('needs a comment to approve despite a critical weakness, and the key criteria rated', () => {
    addDg();
    const before = snapshot();
    expect(() => call('saveAnalysis', [id, { ...GOOD, legal: 1 }, 'Approuvé', ''], DG)).toThrow(
      'Analyse, colonne « Commentaire » : une approbation malgré la faiblesse critique (Statut juridique) doit être justifiée par un commentaire.',
    );
    expect(() => call('saveAnalysis', [id, { reputation: 5 }, 'Approuvé', 'ok'], DG)).toThrow("Analyse : pour approuver, notez d'abord les critères clés");
    expect(snapshot()).toEqual(before);
    expect(call('saveAnalysis', [id, { ...GOOD, legal: 1 }, 'Approuvé', 'Récépissé en cours de renouvellement.'], DG)).toMatchObject({
      decision: 'Approuvé',
      score: 40,
    });
  });

  it('starts a new analysis when the scores of a decided one change, which withdraws the approval', () => {
    addDg();
    call('saveAnalysis', [id, GOOD, 'Approuvé', ''], DG);
    move('Analyse');
    move('Approbation');
    const a = call('saveAnalysis', [id, { ...GOOD, finance: 1 }, null, 'Audit défavorable.']);
    expect(a).toMatchObject({ id: 'ANA-0002', decision: '', score: 40 });
    expect(rows('Analyses').map((r) => [r.ID, r.Décision])).toEqual([
      ['ANA-0001', 'Approuvé'],
      ['ANA-0002', ''],
    ]);
    expect(() => move('Formalisation')).toThrow('exige une analyse de due diligence approuvée');
  });

  it('refuses invalid scores and decisions in French, naming the column, with nothing written', () => {
    const before = snapshot();
    expect(() => call('saveAnalysis', [id, { ...GOOD, legal: 7 }, null, ''])).toThrow(
      "Analyses, colonne « Statut juridique (1-5) » : « 7 » n'est pas valide (attendu : un nombre entre 1 et 5).",
    );
    expect(() => call('saveAnalysis', [id, { ...GOOD, risks: -2, finance: 0 }, null, ''])).toThrow(
      "Analyses, colonne « Santé financière (1-5) » : « 0 » n'est pas valide (attendu : un nombre entre 1 et 5).\nAnalyses, colonne « Risques (1-5) » : « -2 » n'est pas valide (attendu : un nombre entre 1 et 5).",
    );
    expect(() => call('saveAnalysis', [id, { ...GOOD, solvabilite: 3 }, null, ''])).toThrow(
      'Analyse : critère inconnu « solvabilite » (attendu : legal, governance, finance, reputation, alignment, risks).',
    );
    expect(() => call('saveAnalysis', [id, GOOD, 'Peut-être', ''])).toThrow(
      "Analyses, colonne « Décision » : « Peut-être » n'est pas valide (attendu : une des valeurs : Approuvé, À revoir, Refusé).",
    );
    expect(() => wb.callRaw('saveAnalysis', [id, [5, 4], null, ''], { user: AWA })).toThrow(
      'Argument « la grille de notes » : une fiche (champs : texte, nombre ou booléen ; au plus 200) attendu, reçu une liste.',
    );
    expect(() => call('saveAnalysis', ['PAR-0999', GOOD, null, ''])).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-0999 ».");
    expect(snapshot()).toEqual(before);
  });

  it("works for the organisation's own readiness self-assessment (the organisation recorded as a partner)", () => {
    const self = call('savePartner', [{ name: 'AJCAD Mali (auto-évaluation)', type: 'OSC', notes: 'Notre organisation' }, []]).id;
    expect(
      call('saveAnalysis', [self, { legal: 4, governance: 3, finance: 2, reputation: 4, alignment: 5, risks: 3 }, null, 'Avant la due diligence de la DUE']),
    ).toMatchObject({
      score: 40,
      weaknesses: ['Santé financière'],
    });
  });
});
