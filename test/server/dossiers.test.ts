/**
 * Proposal dossiers through the built bundle: each generated file opened back — the concept
 * note's amount, the logframe's table per kit, the budget's formulas and totals, the plan's months,
 * the risks from the due diligence — and a double click or a retry making one dossier of five files.
 */
import { seedRows } from '../support/demo-sheets';
import { tablesOf } from '../support/doc-read';
import { ANALYSES, OPPORTUNITIES, PARTNERS } from '../../src/domain/schema/tables';
import { budgetTotals, parseMonthLabel } from '../../src/domain/dossiers/layout';
import { logframeHeader } from '../../src/domain/dossiers/templates';
import type { DossierDetail } from '../../src/domain/contracts';
import { seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer, reader } = USERS;
const NB = '\u00a0';

let wb: PartnersWorkbook;
let opps: string[];

const seeded = seededPerFile(() => {
  wb = workbookWithPartners([]);
  const [eu, foundation] = seedRows(wb, PARTNERS, [
    { name: 'Délégation de l’Union européenne', acronym: 'DUE', type: 'PTF / bailleur', owner: officer },
    { name: 'Fondation Sahel Avenir', type: 'Fondation', owner: officer },
  ]);
  seedRows(wb, ANALYSES, [
    { partnerId: foundation, legal: 4, governance: 3, finance: 2, reputation: 4, alignment: 4, risks: 3, comment: 'Comptes 2025 non certifiés' },
  ]);
  opps = seedRows(wb, OPPORTUNITIES, [
    {
      partnerId: eu,
      title: 'Jeunes et emploi à Ségou',
      stage: 'Note conceptuelle',
      amount: 25_000_000,
      currency: 'XOF',
      nextDue: '2026-06-30',
      owner: officer,
      axis: 'Insertion des jeunes',
    },
    { partnerId: foundation, title: 'Radio des jeunes', stage: 'Contact', amount: 20_000, currency: 'EUR', nextDue: '2026-05-15' },
  ]);
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const create = (opp: string, requestId?: string) =>
  wb.call('createDossier', [opp, { start: '2027-01-01', end: '2027-12-31' }, ...(requestId ? [requestId] : [])] as never, { user: officer }) as DossierDetail;

const url = (d: DossierDetail, label: string) => d.files.find((f) => f.label === label)!.url;

function openDoc(u: string) {
  return wb.world.inspect(() => {
    const body = DocumentApp.openByUrl(u).getBody();
    return { text: body.getText(), tables: tablesOf(body) };
  }, officer);
}

function openSheet(u: string) {
  return wb.world.inspect(() => {
    const range = SpreadsheetApp.openByUrl(u).getSheets()[0].getDataRange();
    return { values: range.getValues(), formulas: range.getFormulas() };
  }, officer);
}

function filesIn(folderUrl: string): string[] {
  const id = /folders\/([\w-]+)/.exec(folderUrl)![1];
  return wb.world.inspect(
    () => (Drive!.Files.list({ q: `'${id}' in parents and trashed = false`, fields: 'files(name)' }).files ?? []).map((f) => f.name!).sort(),
    officer,
  );
}

describe('createDossier', () => {
  it('writes the institutional kit’s five files in the partner’s folder: amount in French, logframe with the EU columns, budget by formula', () => {
    const d = create(opps[0]);
    expect(d.kit).toBe('Bailleur institutionnel (UE, AFD…)');
    expect(d.status).toBe('En préparation');
    expect(d.deadline).toBe('30 juin 2026');
    expect(filesIn(d.folderUrl)).toEqual(
      ['Analyse des risques', 'Budget', 'Cadre logique', 'Note conceptuelle', 'Plan de mise en œuvre'].map((w) => `${w} — Jeunes et emploi à Ségou`),
    );

    const note = openDoc(url(d, 'Note conceptuelle'));
    expect(note.text).toContain(`Montant demandé : 25${NB}000${NB}000${NB}FCFA`);
    expect(note.text).toContain('Durée : 12 mois, du 1er janvier 2027 au 31 décembre 2027');
    expect(note.text).toContain('Objectif général : Contribuer à l’axe stratégique « Insertion des jeunes »');
    expect(note.text).toContain('Durabilité et stratégie de sortie');
    expect(note.text).not.toContain('{{');

    const [frame] = openDoc(url(d, 'Cadre logique')).tables;
    expect(frame[0]).toEqual(logframeHeader('institutionnel'));
    expect(frame[0]).toEqual(expect.arrayContaining(['Hypothèses', 'Sources de vérification']));
    expect(frame.slice(1).map((r) => r[0])).toEqual(['Objectif général', 'Objectif spécifique', ...Array(3).fill(['Résultat', 'Activité', 'Activité']).flat()]);
    expect(frame[2][1]).toBe('Jeunes et emploi à Ségou');

    const budget = openSheet(url(d, 'Budget'));
    expect(budget.values[4].slice(0, 6)).toEqual(['Catégorie', 'Libellé', 'Unité', 'Quantité', 'Coût unitaire (FCFA)', 'Total (FCFA)']);
    expect(budget.values[1][1]).toBe(1);
    expect(budget.formulas[5][5]).toBe('=D6*E6');
    expect(budget.formulas[5][9]).toBe('=F6*G6');
    expect(budget.values[5][6]).toBe(1);
    // Ressources humaines: lines 6–8, subtotal on 9; the grand total adds every subtotal.
    expect(budget.values[8][0]).toBe('Sous-total Ressources humaines');
    expect(budget.formulas[8][5]).toBe('=SUM(F6:F8)');
    const subtotalRows = budget.values.flatMap((r, i) => (String(r[0]).startsWith('Sous-total') ? [i + 1] : []));
    expect(subtotalRows).toHaveLength(6);
    const last = budget.values.length - 1;
    expect(budget.values[last][0]).toBe('TOTAL GÉNÉRAL');
    expect(budget.formulas[last][9]).toBe(`=${subtotalRows.map((r) => `J${r}`).join('+')}`);
    expect(budgetTotals(budget.values).donor).toBe(25_000_000);

    const plan = openSheet(url(d, 'Plan de mise en œuvre')).values;
    expect(plan[0].slice(0, 3)).toEqual(['Activité', 'Résultat', 'Responsable']);
    expect(plan[0].slice(3).map((h) => parseMonthLabel(String(h)))).toEqual(Array.from({ length: 12 }, (_, i) => ({ year: 2027, month: i + 1 })));
    for (const row of plan.slice(1)) expect(row.slice(3)).toContain('X');
    expect(plan[1][2]).toBe(officer);
  });

  it('gives a foundation its short note and base logframe, the risks of its due diligence, and a budget in euros', () => {
    const d = create(opps[1]);
    expect(d.kit).toBe('Fondation');
    const note = openDoc(url(d, 'Note conceptuelle')).text;
    expect(note).toContain(`Montant demandé : 20${NB}000,00${NB}€ (soit 13${NB}119${NB}140${NB}FCFA)`);
    expect(note).not.toContain('Contexte et justification');
    expect(openDoc(url(d, 'Cadre logique')).tables[0][0]).toEqual(logframeHeader('fondation'));
    const [risks] = openDoc(url(d, 'Analyse des risques')).tables;
    expect(risks[0]).toEqual(['Risque', 'Probabilité', 'Impact', 'Mesure d’atténuation', 'Responsable']);
    expect(risks[1][0]).toBe('Santé financière fragile (due diligence : 2/5)');
    expect(risks.map((r) => r[0])).toContain('Points de vigilance de la due diligence : Comptes 2025 non certifiés');
    const budget = openSheet(url(d, 'Budget'));
    expect(budget.formulas[1][1]).toBe('=655957/1000');
    expect(budget.values[4][10]).toBe('Total (EUR)');
    expect(budget.formulas[5][10]).toBe('=F6/$B$2');
    expect(budgetTotals(budget.values).donor).toBe(13_119_140);
  });

  it('makes one dossier of five files when clicked twice or retried after a failure', () => {
    wb.world.faults.failAt(3, undefined, { prefixes: ['Drive.Files.create'], after: true });
    expect(() => create(opps[0], 'dossier-request-0001')).toThrow();
    wb.world.faults.disarm();
    const first = create(opps[0], 'dossier-request-0001');
    const second = create(opps[0], 'dossier-request-0002');
    expect(second).toEqual(first);
    expect(filesIn(first.folderUrl)).toHaveLength(5);
    const rows = wb.world.inspect(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dossiers')!.getLastRow(), officer);
    expect(rows).toBe(2);
  });

  it('lets readers see the dossier page and refuses them its creation', () => {
    expect(() => wb.call('createDossier', [opps[0], { start: '2027-01-01', end: '2027-12-31' }] as never, { user: reader })).toThrow(/Accès refusé/);
    const page = wb.call('getDossier', [opps[0]], { user: reader });
    expect(page.suggestedKit).toBe('Bailleur institutionnel (UE, AFD…)');
    expect(page.dossier).toBeNull();
    const made = create(opps[0]);
    // The same dossier; the reader's buttons are not the officer's.
    const seen = wb.call('getDossier', [opps[0]], { user: reader }).dossier!;
    expect({ ...seen, actions: made.actions }).toEqual(made);
    expect([made.actions.askReview, seen.actions.askReview]).toEqual([true, false]);
  });
});
