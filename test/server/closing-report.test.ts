/**
 * « Clore » through the built bundle: the closing report is a Google Doc made from the editable
 * « Rapport de clôture » template in the partner's folder, every section filled and no field left,
 * its link on the evaluation; the partner's convention Doc and PDF moved into « Archives »; a retry
 * of the same request makes no second Doc.
 */
import { workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { USERS } from '../support/workbooks';

const { officer: AWA } = USERS;

function decidedToClose(): { wb: OpportunityWorkbook; evaluationId: string; docUrl: string; pdfUrl: string } {
  const wb = workbookWithOpportunity();
  const generated = wb.call(
    'generateConvention',
    [
      {
        partnerId: wb.partnerId,
        type: 'Convention de partenariat',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        amount: 1500000,
        inKind: null,
        purpose: 'former 500 jeunes leaders de Mopti',
        commitments: [
          { kind: 'Versement', label: 'Première tranche', due: '2026-02-01', party: 'Partenaire', amount: 750000 },
          { kind: 'Rapport narratif', label: 'Rapport de démarrage', due: '2026-03-01', party: 'Nous' },
        ],
      },
    ],
    { user: AWA },
  );
  const first = generated.commitments.find((c) => c.label === 'Première tranche')!;
  wb.call('markCommitmentDone', [first.id, { doneOn: '2026-02-10', proof: 'https://drive.google.com/file/d/recu/view' }], { user: AWA });
  const evaluation = wb.call('startEvaluation', [wb.partnerId], { user: AWA });
  wb.call('saveEvaluation', [wb.partnerId, { ratings: { governance: 'Vert', results: 'Rouge', finance: 'Orange' } }], { user: AWA });
  return { wb, evaluationId: evaluation.id, docUrl: generated.convention.docUrl, pdfUrl: generated.convention.pdfUrl };
}

it('« Clore » writes the closing report from its template, archives the convention files, once per request', () => {
  const { wb, evaluationId, docUrl, pdfUrl } = decidedToClose();
  const decide = () =>
    wb.callRaw(
      'decideEvaluation',
      [
        evaluationId,
        { decision: 'clore', justification: 'Objectifs non atteints après deux relances.', lessons: 'Suivre les décaissements chaque trimestre.' },
        'clore-0001',
      ],
      { user: AWA },
    ) as { closingReportUrl: string };
  const decided = decide();
  expect(decided.closingReportUrl).toMatch(/^https:\/\/docs\.google\.com\/document\/d\//);
  expect(decide().closingReportUrl).toBe(decided.closingReportUrl);
  expect(wb.call('getEvaluation', [evaluationId], { user: USERS.reader }).closingReportUrl).toBe(decided.closingReportUrl);

  const files = wb.world.drive.files;
  const idOf = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];
  const folderOf = (id: string) => files.get(files.get(id)!.parentIds[0])!;
  const report = wb.world.run(() => DocumentApp.openByUrl(decided.closingReportUrl));
  const drive = {
    name: report.getName(),
    text: wb.world.run(() => report.getBody().getText()),
    folder: folderOf(idOf(decided.closingReportUrl)).name,
    count: [...files.values()].filter((f) => f.name === report.getName() && !f.trashed).length,
    docIn: `${folderOf(folderOf(idOf(docUrl)).id).name}/${folderOf(idOf(docUrl)).name}`,
    pdfIn: folderOf(idOf(pdfUrl)).name,
  };
  expect(drive.count).toBe(1);
  expect(drive.name).toBe(`Rapport de clôture — Fondation pour la jeunesse sahélienne — ${evaluationId}`);
  expect(drive.folder).toContain('Fondation pour la jeunesse sahélienne');
  expect(drive.docIn).toMatch(/Fondation pour la jeunesse sahélienne\/Archives$/);
  expect(drive.pdfIn).toBe('Archives');
  expect(drive.text).not.toMatch(/\{\{|\}\}/);
  for (const expected of [
    'RAPPORT DE CLÔTURE DU PARTENARIAT',
    'du 1er janvier 2026 au 31 décembre 2026',
    'Convention de partenariat',
    'Brouillon',
    // Ours: the start-up report, overdue on 12 March 2026; theirs: the first tranche, 9 days late; each side's exit-plan commitment to come.
    'AJCAD Mali : 3 engagements : 1 en retard, non réalisé, 2 à venir. Taux de respect des échéances : 0 % (0 sur 1 échéance due).',
    'Fondation pour la jeunesse sahélienne : 3 engagements : 1 réalisé en retard, 2 à venir.',
    '0 % (0 sur 1 échéance due)',
    'Décision : Clore. Objectifs non atteints après deux relances.',
    'Suivre les décaissements chaque trimestre.',
    'Rouge',
  ])
    expect(drive.text).toContain(expected);
  expect(drive.text.replace(/\s/g, ' ')).toContain('1 500 000 FCFA');
});
