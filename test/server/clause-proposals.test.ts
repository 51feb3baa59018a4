/**
 * The obligations a convention's template text holds, through the built bundle: proposed at the
 * generation, two of three added to Engagements (a quarterly report as its occurrences), the third
 * set aside for good, and a repeated request ID creating nothing more.
 */
import { rows } from '../support/demo-sheets';
import { workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { USERS, seededPerFile } from '../support/workbooks';
import { CLAUSES } from '../support/clauses';
import type { ParamsOf } from '../../src/domain/contracts/api';

let wb: OpportunityWorkbook;
type Draft = ParamsOf<'generateConvention'>[0];
const draft = (): Draft => ({
  partnerId: wb.partnerId,
  type: 'Convention de partenariat',
  startDate: '2026-03-01',
  endDate: '2027-02-28',
  amount: 5000000,
  inKind: null,
  purpose: 'former 500 jeunes leaders de Mopti',
  commitments: [],
});

const seeded = seededPerFile(() => {
  wb = workbookWithOpportunity();
  const template = wb.call('prepareTemplates', [], { user: USERS.officer }).find((t) => t.key === 'convention')!;
  wb.world.run(() => {
    const body = DocumentApp.openById(template.docId).getBody();
    for (const clause of CLAUSES) body.appendParagraph(clause);
  });
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const engagements = () => rows(wb, 'Engagements');

describe('obligations found in the text of a generated convention', () => {
  it('three proposed; two added (the quarterly report as its 3 occurrences), the third still proposed, then set aside; a retry adds nothing', () => {
    const generated = wb.call('generateConvention', [draft()], { user: USERS.officer });
    const id = generated.convention.id;
    const proposals = generated.clauseProposals!;
    expect(proposals.map((p) => [p.kind, p.party, p.due, p.amount, p.everyMonths])).toEqual([
      ['Versement', 'Partenaire', '2026-04-30', 5000000, null],
      ['Rapport narratif', 'Partenaire', '2026-06-01', null, 3],
      ['Livrable', 'Nous', '2026-03-31', null, null],
    ]);
    expect(wb.call('getConvention', [id], { user: USERS.reader }).clauseProposals).toEqual(proposals);

    const keys = [proposals[0].key, proposals[1].key];
    const confirm = () => wb.callRaw('confirmClauseCommitments', [id, keys, 'clauses-0001'], { user: USERS.officer });
    const after = confirm() as { clauseProposals: { key: string }[]; commitments: unknown[] };
    const added = engagements().filter((r) => r['ID convention'] === id);
    expect(added.map((r) => [r.Nature, r['Échéance'], r.Montant, r.Partie])).toEqual([
      ['Versement', '2026-04-30', 5000000, 'Partenaire'],
      ...['2026-06-01', '2026-09-01', '2026-12-01'].map((d) => ['Rapport narratif', d, '', 'Partenaire']),
    ]);
    expect(after.clauseProposals.map((p) => p.key)).toEqual([proposals[2].key]);

    confirm();
    const again = wb.call('confirmClauseCommitments', [id, keys], { user: USERS.officer });
    expect(engagements().filter((r) => r['ID convention'] === id)).toHaveLength(added.length);
    expect(again.notice).toContain('Aucun engagement ajouté');

    const dismissed = wb.call('dismissClauseProposal', [id, proposals[2].key], { user: USERS.officer });
    expect(dismissed.clauseProposals).toEqual([]);
    expect(rows(wb, 'Obligations du texte').map((r) => r.Statut)).toEqual(['Ajoutée', 'Ajoutée', 'Écartée']);
  });

  it('a reader may not add them', () => {
    const id = wb.call('generateConvention', [draft()], { user: USERS.officer }).convention.id;
    const [p] = wb.call('getConvention', [id], { user: USERS.reader }).clauseProposals!;
    expect(() => wb.call('confirmClauseCommitments', [id, [p.key]], { user: USERS.reader })).toThrow('Accès refusé');
  });
});
