/**
 * A dossier from its checks to the funder's decision, through the built bundle: its files made
 * wrong in the emulator and each problem found at its place, the review blocked, the files fixed,
 * the two review steps (programme direction, DAF) with their e-mails, the submission moving the
 * opportunity, the refusal closing it — and the KPIs counting the dossier submitted and decided.
 */
import { seedRows, records } from '../support/demo-sheets';
import { OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import type { DossierChecks, DossierDetail, KpiPanel } from '../../src/domain/contracts';
import { USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { admin, officer, finance, reader } = USERS;
const DG = 'dg@ajcad-mali.org';

let wb: PartnersWorkbook;
let opp: string;

beforeAll(() => {
  wb = workbookWithPartners([]);
  wb.call('setRole', [DG, 'DG'], { user: admin });
  const [foundation] = seedRows(wb, PARTNERS, [{ name: 'Fondation Sahel Avenir', type: 'Fondation', owner: officer }]);
  [opp] = seedRows(wb, OPPORTUNITIES, [
    { partnerId: foundation, title: 'Radio des jeunes', stage: 'Contact', amount: 20_000, currency: 'EUR', nextDue: '2026-05-15' },
  ]);
}, 60_000);

const url = (d: DossierDetail, label: string) => d.files.find((f) => f.label === label)!.url;
// Drive's drive.file reaches the Sheets the app made for this user only (the emulator's per-user reading): the officer who generated the dossier checks it.
const check = (d: DossierDetail) => wb.call('checkDossier', [d.id], { user: officer }) as DossierChecks;
const located = (c: DossierChecks) => c.problems.map((p) => `${p.place} : ${p.message}`);

/** Edits the dossier's files as a user would in Docs and Sheets. */
function edit(d: DossierDetail, wrong: boolean) {
  wb.world.inspect(() => {
    const note = DocumentApp.openByUrl(url(d, 'Note conceptuelle')).getBody();
    const amount = note.getParagraphs().find((p) => p.getText().startsWith('Montant demandé'))!;
    amount.setText(wrong ? 'Montant demandé : 20 000 € (soit 12 500 000 FCFA)' : 'Montant demandé : 20 000 € (soit 13 119 140 FCFA)');
    const table = DocumentApp.openByUrl(url(d, 'Cadre logique')).getBody().getTables()[0];
    for (let r = 1; r < table.getNumRows(); r++)
      if (table.getCell(r, 0).getText() === 'Résultat' && !(wrong && table.getCell(r, 1).getText().startsWith('R2'))) {
        table.getCell(r, 2).setText('Auditeurs atteints');
        table.getCell(r, 4).setText('10 000');
      }
    const budget = SpreadsheetApp.openByUrl(url(d, 'Budget')).getSheets()[0];
    budget.getRange('H6').setValue(wrong ? '20%' : '0%');
    const plan = SpreadsheetApp.openByUrl(url(d, 'Plan de mise en œuvre')).getSheets()[0];
    plan.getRange(1, 16, 3, 1).setValues(wrong ? [['M13 (janv. 2028)'], [''], ['X']] : [[''], [''], ['']]);
  }, officer);
}

describe('a dossier checked, reviewed, submitted and decided', () => {
  it('goes from its located problems to the funder’s refusal, the opportunity and the KPIs following', () => {
    const d = wb.call('createDossier', [opp, { start: '2027-01-01', end: '2027-12-31' }], { user: officer }) as DossierDetail;

    // As generated: the logframe's results have no indicator yet.
    expect(located(check(d))).toEqual(
      [1, 2, 3].map((n) => expect.stringMatching(new RegExp(`^Cadre logique, tableau 1, ligne \\d+ : le résultat R${n} n’a pas d’indicateur avec une cible$`))),
    );

    edit(d, true);
    const wrong = check(d);
    expect(located(wrong)).toEqual([
      'Budget, ligne 6 (Catégorie Activités) : les parts bailleur, cofinancement et nature totalisent 120 % ; attendu 100 %',
      expect.stringMatching(/^Note conceptuelle, paragraphe « Montant demandé » : 12.500.000.FCFA, le budget totalise 13.119.140.FCFA$/),
      expect.stringMatching(/^Cadre logique, tableau 1, ligne \d+ : le résultat R2 n’a pas d’indicateur avec une cible$/),
      expect.stringMatching(
        /^Plan de mise en œuvre, ligne 3 \(Activité « A1.1 — à préciser »\) : marquée en « M13 \(janv. 2028\) », hors de la période du projet/,
      ),
    ]);
    expect(wrong.problems.map((p) => p.url)).toEqual([url(d, 'Budget'), url(d, 'Note conceptuelle'), url(d, 'Cadre logique'), url(d, 'Plan de mise en œuvre')]);
    expect(() => wb.call('submitDossierForReview', [d.id], { user: officer })).toThrow(/Revue interne impossible : 4 problème\(s\)[\s\S]*Budget, ligne 6/);

    edit(d, false);
    expect(check(d)).toEqual({ problems: [], warnings: [] });
    const asked = wb.call('submitDossierForReview', [d.id], { user: officer }) as DossierDetail;
    expect([asked.status, asked.review.map((s) => s.state)]).toEqual(['En revue interne', ['en attente', 'à venir']]);

    // The DAF waits for the programme direction; a change request needs its comment.
    expect(() => wb.call('decideDossierReview', [d.id, 'approuver', ''], { user: finance })).toThrow(
      /l’étape « Direction de programme » est décidée par le rôle DG/,
    );
    expect(() => wb.call('decideDossierReview', [d.id, 'demander des modifications', ''], { user: DG })).toThrow(/indiquez dans le commentaire/);
    const programme = wb.call('decideDossierReview', [d.id, 'approuver', 'Cohérent', 'rid-review-1'], { user: DG }) as DossierDetail;
    expect(wb.call('decideDossierReview', [d.id, 'approuver', 'Cohérent', 'rid-review-1'], { user: DG })).toEqual(programme);
    expect(programme.review.map((s) => s.state)).toEqual(['approuvée', 'en attente']);
    expect(programme.actions.decideReview).toBe(false);
    const ready = wb.call('decideDossierReview', [d.id, 'approuver', ''], { user: finance }) as DossierDetail;
    expect([ready.status, ready.reviewLog.length]).toEqual(['Prêt à soumettre', 3]);
    expect(ready.reviewLog[1]).toMatch(/Direction de programme : approuvé · dg@ajcad-mali.org · Cohérent$/);
    const mails = records(wb, MAIL_LOG).map((m) => [m.to, m.subject]);
    expect(mails).toEqual([
      [DG, 'Pacte — dossier à revoir : Radio des jeunes'],
      [finance, 'Pacte — dossier à revoir : Radio des jeunes'],
      [officer, 'Pacte — dossier prêt à soumettre : Radio des jeunes'],
    ]);

    const submitted = wb.call('recordDossierSubmission', [d.id, { date: '2026-03-12', channel: 'portail', reference: 'FSA-2026-17' }], {
      user: officer,
    }) as DossierDetail;
    expect([submitted.status, submitted.submission]).toEqual(['Soumis', 'Soumis le 12 mars 2026 (portail, réf. FSA-2026-17)']);
    const stageOf = () => records(wb, OPPORTUNITIES).find((o) => o.id === opp)!;
    expect(stageOf().stage).toBe('Note conceptuelle');

    expect(() => wb.call('recordFunderDecision', [d.id, { decision: 'refusé', date: '2026-03-12' }], { user: officer })).toThrow(/motif du refus/);
    const refused = wb.call('recordFunderDecision', [d.id, { decision: 'refusé', date: '2026-03-12', reason: 'Hors priorités 2026' }], {
      user: officer,
    }) as DossierDetail;
    expect([refused.status, refused.decision]).toEqual(['Refusé', 'Refusé le 12 mars 2026 : Hors priorités 2026']);
    expect([stageOf().stage, stageOf().reason]).toEqual(['Refusée', 'Hors priorités 2026']);

    const kpis = wb.call('getKpis', [{ period: { kind: 'month', date: '2026-03-12' } }], { user: reader }) as KpiPanel;
    const kpi = (key: string) => kpis.items.find((i) => i.key === key)!;
    expect([kpi('dossiersSubmitted').value, kpi('conversionRate').value, kpi('conversionRate').count]).toEqual([1, 0, 1]);
  });
});
