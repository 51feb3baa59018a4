/** getMyWeek through the built Code.js: each user sees their own actions and deadlines for the coming week. */
import type { MyWeek, RecordInput } from '../../src/domain/contracts';
import { COMMITMENTS, CONVENTIONS } from '../../src/domain/schema/tables';
import { _advanceTime, _runSimpleTrigger } from '../../src/dev/emulator/script';
import { reorderAsUser } from '../support/workbook';
import { asTestWorkbook } from './pipeline-support';
import { seedRows } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

/** Awa's week on 13 March: two actions overdue since the day before, three to come. */
const AWA_NEXT_DAY = [
  ['2026-03-10', true],
  ['2026-03-12', true],
  ['2026-03-15', false],
  ['2026-03-19', false],
  ['2026-03-20', false],
];

const { officer: AWA, otherOfficer: MOUSSA, reader: LECTEUR } = USERS;

/** The partners whose actions and deadlines fill the week (named as « Ma semaine » shows them), with their officer. */
const PARTNERS = [
  partner({ name: 'Délégation de l’Union européenne au Mali', acronym: 'DUE', type: 'PTF / bailleur', owner: AWA }),
  partner({ name: 'Ambassade du Royaume des Pays-Bas', acronym: 'NL Mali', type: 'PTF / bailleur', owner: AWA }),
  partner({ name: 'ONU Femmes Mali', acronym: 'ONU Femmes', type: 'PTF / bailleur', owner: AWA }),
  partner({ name: 'Orange Mali', acronym: '', type: 'Secteur privé', owner: MOUSSA }),
  partner({ name: 'Agence française de développement', acronym: 'AFD', type: 'PTF / bailleur', owner: MOUSSA }),
  partner({ name: 'Conseil national de la jeunesse du Mali', acronym: 'CNJ', type: 'OSC', owner: AWA }),
  partner({ name: 'Association des jeunes pour le développement de Kayes', acronym: 'AJDK', type: 'OSC', region: 'Kayes', owner: MOUSSA }),
  partner({ name: 'Open Society Initiative for West Africa', acronym: 'OSIWA', type: 'Fondation', owner: AWA }),
];

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  // Today is 12 mars 2026 in Bamako: the week runs to the 19th included.
  wb = workbookWithPartners(PARTNERS);
  const [DUE, NL, ONU, ORANGE, AFD, CNJ, AJDK, OSIWA] = wb.partnerIds;
  const opp = (input: RecordInput, user: string) => wb.call('saveOpportunity', [input], { user }).id;
  opp({ partnerId: DUE, title: 'Observateurs', stage: 'Négociation', nextAction: 'Envoyer le budget révisé', nextDue: '2026-03-10' }, AWA);
  opp({ partnerId: NL, title: 'Redevabilité', stage: 'Note conceptuelle', nextAction: 'Finaliser la note', nextDue: '2026-03-19' }, AWA);
  opp({ partnerId: ONU, title: 'Femmes leaders', stage: 'Contact', nextAction: 'Atelier', nextDue: '2026-03-20' }, AWA);
  const refused = opp({ partnerId: ORANGE, title: 'Parrainage', stage: 'Contact', nextAction: 'Relancer', nextDue: '2026-03-11' }, AWA);
  wb.call('moveOpportunity', [refused, 'Refusée', 'Budget RSE déjà engagé'], { user: AWA });
  opp({ partnerId: AFD, title: 'Incubateur citoyen', stage: 'Contact', nextAction: 'Rendez-vous', nextDue: '2026-03-18', owner: MOUSSA }, AWA);
  // Partners' next actions come from interactions (CNJ is Awa's, AJDK Moussa's).
  wb.call('logInteraction', [{ partnerId: CNJ, date: '2026-03-05', type: 'Appel', nextSteps: 'Rédiger le projet de MoU', nextDue: '2026-03-12' }], {
    user: AWA,
  });
  wb.call('logInteraction', [{ partnerId: AJDK, date: '2026-03-05', type: 'Mission', nextSteps: 'Restitution à Kayes', nextDue: '2026-03-01' }], {
    user: MOUSSA,
  });
  const [conv] = seedRows(wb, CONVENTIONS, [{ partnerId: OSIWA, type: 'Accord de subvention', status: 'Active' }]);
  seedRows(wb, COMMITMENTS, [
    { conventionId: conv, kind: 'Rapport', label: 'Rapport narratif T1', due: '2026-03-15', owner: AWA, status: 'À faire' },
    { conventionId: conv, kind: 'Versement', label: 'Deuxième tranche', due: '2026-03-09', owner: AWA, status: 'Réalisé' },
    { conventionId: conv, kind: 'Activité', label: 'Forum des jeunes', due: '2026-03-16', owner: MOUSSA, status: 'En cours' },
    { conventionId: conv, kind: 'Livrable', label: 'Étude de base', due: '2026-03-25', owner: MOUSSA, status: 'À faire' },
  ]);
  return wb;
});

const week = (user: string) => wb.call('getMyWeek', [], { user });
const summary = (w: MyWeek) => w.items.map((i) => [i.kind, i.title, i.partnerName, i.due, i.overdue]);

describe('getMyWeek', () => {
  it('gives Awa her overdue and coming items up to the 19th, overdue first then by date', () => {
    const w = week(AWA);
    expect(w).toMatchObject({ today: '2026-03-12', user: AWA });
    expect(summary(w)).toEqual([
      ['opportunité', 'Envoyer le budget révisé — Observateurs', 'Délégation de l’Union européenne au Mali', '2026-03-10', true],
      ['partenaire', 'Rédiger le projet de MoU', 'Conseil national de la jeunesse du Mali', '2026-03-12', false],
      ['engagement', 'Rapport : Rapport narratif T1', 'Open Society Initiative for West Africa', '2026-03-15', false],
      ['opportunité', 'Finaliser la note — Redevabilité', 'Ambassade du Royaume des Pays-Bas', '2026-03-19', false],
    ]);
    expect(JSON.parse(JSON.stringify(w))).toEqual(w);
  });

  it('gives Moussa his own items, and a reader with nothing assigned an empty week', () => {
    expect(summary(week(MOUSSA))).toEqual([
      ['partenaire', 'Restitution à Kayes', 'Association des jeunes pour le développement de Kayes', '2026-03-01', true],
      ['engagement', 'Activité : Forum des jeunes', 'Open Society Initiative for West Africa', '2026-03-16', false],
      ['opportunité', 'Rendez-vous — Incubateur citoyen', 'Agence française de développement', '2026-03-18', false],
    ]);
    expect(week(LECTEUR).items).toEqual([]);
  });

  it('moves with the clock: a day later the 20th comes in', () => {
    wb.world.clock.advance(24 * 3600 * 1000);
    const w = week(AWA);
    expect(w.today).toBe('2026-03-13');
    expect(w.items.map((i) => [i.due, i.overdue])).toEqual(AWA_NEXT_DAY);
  });

  it('refuses a user without a role', () => {
    expect(() => week('inconnu@gmail.com')).toThrow("Accès refusé : inconnu@gmail.com n'a pas de rôle dans Pacte.");
  });

  it('still works with reordered columns and user columns, reading each sheet once, then none while nothing changes', () => {
    const tw = asTestWorkbook(wb);
    reorderAsUser(tw, 'Engagements', 'Responsable', 1, { header: 'Suivi DAF', at: 2 });
    reorderAsUser(tw, 'Opportunités', 'Responsable', 2, { header: 'Remarques', at: 3 });
    wb.world.clock.advance(24 * 3600 * 1000); // a new day: the cache has expired (6 hours at most)
    wb.call('searchPartners', [], { user: LECTEUR }); // settings cached again, as after any first opening
    wb.world.log.reset();
    expect(summary(week(AWA))).toHaveLength(5);
    // Opportunités, Partenaires, Engagements, Conventions, Évaluations, Plan de renforcement, and Veille for its calls' deadlines.
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(7);
    expect(wb.world.log.sheetsCalls()).toBe(1 + 7 * 2); // getActiveSpreadsheet, then getSheetByName + getSheetValues per sheet
    wb.world.log.reset();
    expect(summary(week(AWA))).toHaveLength(5);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(0);
  });

  it('shows at the next opening a deadline saved through Pacte, then one typed by hand once onEdit has fired', () => {
    expect(week(AWA).items).toHaveLength(4);
    const [DUE, , , , , CNJ] = wb.partnerIds;
    wb.call('saveOpportunity', [{ partnerId: DUE, title: 'Forum', stage: 'Contact', nextAction: 'Appeler', nextDue: '2026-03-13' }], { user: AWA });
    expect(summary(week(AWA))).toContainEqual(['opportunité', 'Appeler — Forum', 'Délégation de l’Union européenne au Mali', '2026-03-13', false]);
    const range = wb.world.run(
      () => {
        const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
        const headers = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
        const ids = sheet
          .getRange(1, headers.indexOf('ID') + 1, sheet.getLastRow(), 1)
          .getValues()
          .map(([v]) => v);
        const r = sheet.getRange(ids.indexOf(CNJ) + 1, headers.indexOf('Prochaine action') + 1);
        r.setValue('Préparer la mission');
        return r;
      },
      { user: AWA },
    );
    _runSimpleTrigger(wb.world, 'onEdit', { range, source: range.getSheet().getParent() }, { user: AWA });
    wb.world.log.reset();
    expect(week(AWA).items.map((i) => i.title)).toContain('Préparer la mission');
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(1); // Partenaires only: the other sheets' extracts are kept
  });

  it('shows a Pacte write at the next opening without reading any sheet (a moved date, a new commitment), and never to another user', () => {
    const moussa = week(MOUSSA);
    const note = week(AWA).items.find((i) => i.title === 'Finaliser la note — Redevabilité')!;
    wb.call('saveOpportunity', [{ id: note.id, nextDue: '2026-03-13' }], { user: AWA });
    const [, NL] = wb.partnerIds;
    const draft = { partnerId: NL, type: 'Convention de partenariat', startDate: '2026-04-01', endDate: '2027-03-31', purpose: 'Redevabilité locale.' };
    const label = 'Rapport de démarrage';
    wb.call('generateConvention', [{ ...draft, commitments: [{ kind: 'Rapport', label, due: '2026-03-14', owner: AWA, status: 'À faire' }] }], { user: AWA });
    wb.call('searchPartners', [], { user: LECTEUR }); // the settings the convention dropped cached again, as after any first opening
    wb.world.log.reset();
    const after = week(AWA);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(0);
    expect(summary(after)).toContainEqual(['opportunité', 'Finaliser la note — Redevabilité', 'Ambassade du Royaume des Pays-Bas', '2026-03-13', false]);
    expect(summary(after)).toContainEqual(['engagement', `Rapport : ${label}`, 'Ambassade du Royaume des Pays-Bas', '2026-03-14', false]);
    expect(after.items.map((i) => i.due)).toEqual([...after.items.map((i) => i.due)].sort());
    expect(week(MOUSSA)).toEqual(moussa);
  });

  it('never shows a partner whose saving a protection refused (its row put back, its extract dropped)', () => {
    wb.world.run(
      () => {
        const p = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Contacts')!.protect();
        p.setWarningOnly(false);
        p.removeEditors(p.getEditors());
      },
      { user: USERS.admin },
    );
    const refused = { name: 'Association des jeunes de Ségou', type: 'OSC', owner: AWA, nextAction: 'Signer la charte', nextDue: '2026-03-13' };
    expect(() => wb.call('savePartner', [refused, [{ name: 'Fatoumata Diarra', email: 'f.diarra@ajs.ml' }]], { user: AWA })).toThrow(
      'La feuille « Contacts » est protégée',
    );
    expect(week(AWA).items.map((i) => i.title)).not.toContain('Signer la charte');
  });

  it('follows the days while the hourly job keeps the extracts: a day later the 20th comes in, no sheet read, each user their own', () => {
    _advanceTime(wb.world, 24 * 3600 * 1000); // the dispatcher puts the extracts again every hour
    wb.world.log.reset();
    const w = week(AWA);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(0);
    expect(w.today).toBe('2026-03-13');
    expect(w.items.map((i) => [i.due, i.overdue])).toEqual(AWA_NEXT_DAY);
    expect(summary(week(MOUSSA)).map(([, title]) => title)).toEqual(['Restitution à Kayes', 'Activité : Forum des jeunes', 'Rendez-vous — Incubateur citoyen']);
  });

  it('lists first, for the juridique alone, the convention submitted to the circuit whose step awaits juridique, reading no sheet after the submission', () => {
    expect(week(AWA).approvals).toEqual([]);
    const id = wb.call(
      'generateConvention',
      [
        {
          partnerId: wb.partnerIds[1],
          type: 'Convention de partenariat',
          startDate: '2026-04-01',
          endDate: '2027-03-31',
          purpose: 'Redevabilité locale.',
          amount: 1_000_000,
        },
      ],
      { user: AWA },
    ).convention.id;
    wb.call('submitForValidation', [id], { user: AWA });
    wb.world.log.reset();
    const legal = week(USERS.legal);
    expect(legal.approvals.map((c) => [c.id, c.partnerName, c.status, c.awaitingRole])).toEqual([
      [id, 'Ambassade du Royaume des Pays-Bas', 'En validation', 'juridique'],
    ]);
    // The submission put Conventions' and Validations' extracts again: the week is built from the cache.
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(0);
    // Opened again: still no sheet read.
    wb.world.log.reset();
    expect(week(USERS.legal).approvals.map((c) => c.id)).toEqual([id]);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(0);
    expect(week(USERS.finance).approvals).toEqual([]);
    expect(week(AWA).approvals).toEqual([]);
    expect(week(LECTEUR).approvals).toEqual([]);
    // A decision moves the convention on: the weeks kept in the cache follow.
    wb.call('decideValidation', [id, 1, 'approuver', 'Conforme'], { user: USERS.legal });
    expect(week(USERS.legal).approvals).toEqual([]);
    expect(week(USERS.finance).approvals.map((c) => c.id)).toEqual([id]);
  });
});
