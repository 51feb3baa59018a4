/** Convention drafts (French problems naming field, commitment and column), durations, template data, versions. */
import {
  checkDraft,
  conventionTemplateData,
  durationFr,
  nextVersion,
  organisationInfo,
  type DraftContext,
  type DraftInput,
} from '../../src/domain/conventions/convention';
import { TEMPLATES, TEMPLATE_KEYS, templateForType, templateIdsFromSettings } from '../../src/domain/templates/defaults';
import { checkTemplateDocument } from '../../src/domain/templates/engine';
import { markupRuns } from '../../src/domain/templates/defaults';
import type { TemplateBlock, TemplateDocument } from '../../src/domain/templates/model';

const partner = { id: 'PAR-0001', name: 'Fondation Sahel', acronym: 'FS', type: 'Fondation', region: 'Mopti', country: 'Mali' };
const ctx = (over: Partial<DraftContext> = {}): DraftContext => ({
  partner,
  opportunity: { id: 'OPP-0001', partnerId: 'PAR-0001', title: 'Paix à Mopti' },
  existing: undefined,
  amended: undefined,
  existingCommitmentIds: new Set(),
  ...over,
});
const draft = (over: Partial<DraftInput> = {}): DraftInput => ({
  partnerId: 'PAR-0001',
  opportunityId: 'OPP-0001',
  type: 'Convention de partenariat',
  startDate: '01/03/2026',
  endDate: '2027-02-28',
  amount: '1 500 000' as unknown as number,
  inKind: null,
  purpose: 'former des jeunes.',
  commitments: [{ kind: 'Rapport', label: 'Rapport final', due: '2027-02-28', party: 'Nous' }],
  ...over,
});

const problems = (d: DraftInput, c = ctx()): string[] => {
  try {
    checkDraft(d, c);
    return [];
  } catch (e) {
    return (e as { problems: string[] }).problems;
  }
};

describe('checkDraft', () => {
  it('normalises a good draft: French dates and amounts, template from the type', () => {
    const d = checkDraft(draft(), ctx());
    expect(d).toMatchObject({
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      amount: 1500000,
      currency: 'XOF',
      templateKey: 'convention',
      purpose: 'former des jeunes.',
    });
    expect(d.commitments).toEqual([{ id: '', record: expect.objectContaining({ kind: 'Rapport', label: 'Rapport final', due: '2027-02-28', party: 'Nous' }) }]);
    expect(checkDraft(draft({ type: 'Accord de subvention' }), ctx()).templateKey).toBe('financement');
  });

  it('names every problem: partner, opportunity, dates, amounts, type, commitments by number and column', () => {
    const found = problems(
      draft({
        type: 'Contrat',
        startDate: '2026-05-01',
        endDate: '2026-04-01',
        amount: -1,
        inKind: 'beaucoup' as unknown as number,
        purpose: '',
        commitments: [
          { kind: 'Rapport', label: 'ok', due: '2026-05-01' },
          { kind: 'Rapport', label: 'x', due: 'demain', owner: 'pas-un-email' },
        ],
      }),
      ctx({ opportunity: { id: 'OPP-0001', partnerId: 'PAR-0002', title: 'Autre' } }),
    );
    expect(found).toEqual([
      "Convention, champ « Opportunité » : l'opportunité OPP-0001 (« Autre ») appartient à un autre partenaire (PAR-0002).",
      expect.stringMatching(/^Convention, champ « Type » : « Contrat » n'est pas un type connu/),
      'Convention, champ « Date de fin » : le 1er avril 2026 est avant la date de début (1er mai 2026).',
      "Convention, champ « Montant » : « -1 » n'est pas valide (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).",
      "Convention, champ « Contribution en nature (valorisée) » : « beaucoup » n'est pas valide (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).",
      'Convention, champ « Objet » : ce champ est obligatoire (il est repris à l’article 1 du document).',
      "Engagement 2, colonne « Échéance » : « demain » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
      "Engagement 2, colonne « Responsable » : « pas-un-email » n'est pas valide (attendu : une adresse email valide (ex. nom@organisation.org)).",
    ]);
  });

  it('a regenerated convention must exist, belong to the partner and still be a draft; commitment IDs must be its own', () => {
    expect(problems(draft({ id: 'CONV-0009' }))).toEqual([expect.stringContaining('Convention CONV-0009 introuvable')]);
    const signed = { id: 'CONV-0001', partnerId: 'PAR-0001', status: 'Signée' };
    expect(problems(draft({ id: 'CONV-0001' }), ctx({ existing: signed }))).toEqual([expect.stringContaining('créez un avenant')]);
    const draftRow = { id: 'CONV-0001', partnerId: 'PAR-0001', status: 'En validation' };
    expect(problems(draft({ id: 'CONV-0001', commitments: [{ id: 'ENG-0042', label: 'x' }] }), ctx({ existing: draftRow }))).toEqual([
      "Engagement 1 : l'engagement ENG-0042 n'appartient pas à cette convention.",
    ]);
    // An existing commitment may carry only the fields that change.
    const ok = checkDraft(
      draft({ id: 'CONV-0001', commitments: [{ id: 'ENG-0001', label: 'Nouveau libellé' }] }),
      ctx({ existing: draftRow, existingCommitmentIds: new Set(['ENG-0001']) }),
    );
    expect(ok.commitments).toEqual([{ id: 'ENG-0001', record: { label: 'Nouveau libellé' } }]);
  });

  it('an avenant names the convention it amends, of the same partner', () => {
    expect(problems(draft({ type: 'Avenant' }))).toEqual([
      'Convention, champ « Convention modifiée » : un avenant doit nommer la convention qu’il modifie (choisissez-la parmi celles du partenaire).',
    ]);
    const other = { id: 'CONV-0002', partnerId: 'PAR-0002', type: 'Accord de financement' };
    expect(problems(draft({ type: 'Avenant', amends: 'CONV-0002' }), ctx({ amended: other }))).toEqual([
      'Convention, champ « Convention modifiée » : la convention CONV-0002 concerne un autre partenaire.',
    ]);
    const mine = { ...other, partnerId: 'PAR-0001' };
    expect(checkDraft(draft({ type: 'Avenant', amends: 'CONV-0002' }), ctx({ amended: mine })).amends).toBe('CONV-0002');
  });

  it('unknown partner', () => {
    expect(problems(draft({ partnerId: 'PAR-0404' }), ctx({ partner: undefined }))[0]).toBe(
      "Convention, champ « Partenaire » : le partenaire PAR-0404 n'existe pas (ou a été supprimé de la feuille Partenaires).",
    );
  });
});

describe('durationFr', () => {
  it.each([
    ['2026-03-01', '2027-02-28', 'un (1) an'],
    ['2026-01-01', '2027-12-31', 'deux (2) ans'],
    ['2026-04-01', '2026-09-30', 'six (6) mois'],
    ['2026-02-01', '2026-04-30', 'trois (3) mois'],
    ['2026-03-10', '2026-04-20', 'quarante-deux (42) jours'],
    ['2026-03-10', '2026-03-10', 'un (1) jour'],
  ])('%s → %s : %s', (a, b, text) => expect(durationFr(a, b)).toBe(text));
});

describe('template data', () => {
  it('values, conditions and commitment rows in French', () => {
    const d = checkDraft(
      draft({
        inKind: 250000,
        inKindDescription: 'une salle',
        commitments: [{ kind: 'Versement', label: 'Tranche 1', due: '2026-04-15', party: 'Partenaire', amount: 750000 }],
      }),
      ctx(),
    );
    const data = conventionTemplateData({
      draft: d,
      conventionId: 'CONV-0001',
      version: 2,
      status: 'Brouillon',
      partner,
      primaryContact: { name: 'Aminata Diallo', role: 'Directrice' },
      opportunity: { title: 'Paix à Mopti' },
      amended: undefined,
      organisation: organisationInfo([
        { section: 'Général', key: 'Organisation', value: 'AJCAD' },
        { section: 'Général', key: 'Ville', value: 'Bamako' },
      ]),
      author: 'a@b.org',
      today: '2026-03-12',
    });
    expect(data.values).toMatchObject({
      'convention.objet': 'former des jeunes',
      'convention.montant': '1\u00a0500\u00a0000\u00a0FCFA',
      'convention.montant_lettres': 'un million cinq cent mille francs CFA',
      'convention.contribution_nature_lettres': 'deux cent cinquante mille francs CFA',
      'convention.date_debut': '1er mars 2026',
      'convention.duree': 'un (1) an',
      'partenaire.localisation': 'Mopti, Mali',
      'organisation.nom': 'AJCAD',
      'organisation.ville': 'Bamako',
      'convention.version': '2',
      date: '12 mars 2026',
    });
    expect(data.flags).toEqual({
      contribution_financiere: true,
      contribution_nature: true,
      sans_contribution: false,
      engagements: true,
      sans_engagement: false,
      opportunite: true,
      avenant: false,
    });
    expect(data.collections.engagement).toEqual([
      expect.objectContaining({
        'engagement.numero': '1',
        'engagement.partie': 'FS',
        'engagement.echeance': '15 avril 2026',
        'engagement.montant': '750\u00a0000\u00a0FCFA',
        'engagement.responsable': '',
      }),
    ]);
  });
});

describe('default templates and settings', () => {
  const asDocument = (blocks: readonly TemplateBlock[] | readonly unknown[], header: string): TemplateDocument => ({
    body: (blocks as { kind: string; text?: string; rows?: string[][] }[]).map((b): TemplateBlock =>
      b.kind === 'paragraph'
        ? { kind: 'paragraph', runs: markupRuns(b.text ?? '') }
        : { kind: 'table', rows: (b.rows ?? []).map((r) => ({ cells: r.map((c) => ({ paragraphs: [{ kind: 'paragraph', runs: markupRuns(c) }] })) })) },
    ),
    header: [{ kind: 'paragraph', runs: [{ text: header }] }],
  });

  it.each(TEMPLATE_KEYS)('the default template « %s » has no problem', (key) => {
    expect(checkTemplateDocument(asDocument(TEMPLATES[key].blocks, TEMPLATES[key].header), TEMPLATES[key].catalogue)).toEqual([]);
  });

  it('template IDs from Paramètres › Modèles (URLs accepted, accents and apostrophes ignored)', () => {
    expect(
      templateIdsFromSettings([
        { section: 'Modèles', key: 'Convention de partenariat', value: 'https://docs.google.com/document/d/abc_123/edit' },
        { section: 'modeles', key: "Protocole d'accord (MoU)", value: 'xyz' },
        { section: 'Modèles', key: 'Note de rendez-vous', value: 'other' },
      ]),
    ).toEqual({ convention: 'abc_123', mou: 'xyz' });
    expect(templateForType('Avenant')).toBe('avenant');
  });

  it('next version: 1 for a new convention, the row version for one never generated, then one more than any recorded', () => {
    expect(nextVersion(undefined, [])).toBe(1);
    expect(nextVersion({ id: 'CONV-0001', version: 1, docUrl: '' }, [])).toBe(1);
    expect(nextVersion({ id: 'CONV-0001', version: 2, docUrl: 'https://x' }, [{ conventionId: 'CONV-0001', version: 3 }])).toBe(4);
  });
});
