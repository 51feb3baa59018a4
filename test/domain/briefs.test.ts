/** Meeting brief model: placeholders, values in French, tables, and the checks on the template and arguments. */
import {
  asBriefInput,
  asPartnerId,
  briefTitle,
  buildBriefModel,
  checkTemplate,
  DEFAULT_TEMPLATE,
  placeholderPattern,
  placeholdersIn,
  templateIdFromSettings,
  type BriefData,
} from '../../src/domain/briefs/brief';

const partner = {
  id: 'PAR-0007',
  name: 'Programme des Nations unies pour le développement',
  acronym: 'PNUD',
  type: 'PTF / bailleur',
  category: 'Stratégique',
  country: 'Mali',
  region: 'Bamako',
  sectors: 'Gouvernance, élections',
  stage: 'Collaboration',
  owner: 'awa.traore@ajcad-mali.org',
  priority: 84,
  power: 'Élevé',
  interest: 'Élevé',
  nextDue: '2026-04-01',
};

function data(over: Partial<BriefData> = {}): BriefData {
  return {
    partner,
    interactions: Array.from({ length: 12 }, (_, i) => ({
      id: `INT-${String(i + 1).padStart(4, '0')}`,
      partnerId: 'PAR-0007',
      date: `2026-01-${String(i + 10).padStart(2, '0')}`,
      type: 'Rendez-vous',
      summary: `Échange ${i + 1}`,
      nextSteps: `Suite ${i + 1}`,
    })).concat([{ id: 'INT-0099', partnerId: 'PAR-0001', date: '2026-03-01', type: 'Appel', summary: 'Autre partenaire', nextSteps: '' }]),
    opportunities: [
      { id: 'OPP-0001', partnerId: 'PAR-0007', title: 'Appui électoral', stage: 'Négociation', amount: 1500000, currency: 'XOF', nextDue: '2026-05-02' },
      { id: 'OPP-0002', partnerId: 'PAR-0007', title: 'Projet jeunesse', stage: 'Contact', amount: 10000, currency: 'EUR', nextDue: '2026-03-20' },
      { id: 'OPP-0003', partnerId: 'PAR-0007', title: 'Ancien projet', stage: 'Signée', amount: 5, currency: 'XOF', nextDue: '' },
    ],
    conventions: [
      { id: 'CONV-0001', partnerId: 'PAR-0007' },
      { id: 'CONV-0002', partnerId: 'PAR-0001' },
    ],
    commitments: [
      { id: 'ENG-0001', conventionId: 'CONV-0001', kind: 'Rapport', label: 'Rapport narratif', due: '2026-06-30', party: 'Nous', status: 'À faire' },
      { id: 'ENG-0002', conventionId: 'CONV-0001', kind: 'Versement', label: 'Deuxième tranche', due: '2026-04-15', party: 'Partenaire', status: 'Réalisé' },
      { id: 'ENG-0003', conventionId: 'CONV-0002', kind: 'Livrable', label: 'Autre convention', due: '2026-04-15', party: 'Nous', status: '' },
    ],
    input: { date: '2026-03-01', objectives: 'Présenter le bilan\nObtenir un rendez-vous technique', keyMessages: '' },
    organisation: 'AJCAD Mali',
    author: 'awa.traore@ajcad-mali.org',
    today: '2026-03-12',
    ...over,
  };
}

describe('buildBriefModel', () => {
  const model = buildBriefModel(data());

  it('titles the note with the partner and the French date', () => {
    expect(model.title).toBe('Note de rendez-vous — Programme des Nations unies pour le développement — 1er mars 2026');
    expect(briefTitle('X', '2026-03-12')).toBe('Note de rendez-vous — X — 12 mars 2026');
  });

  it('fills the context in French, with a dash for what is unknown', () => {
    expect(model.values).toMatchObject({
      'partenaire.nom': 'Programme des Nations unies pour le développement',
      'partenaire.sigle': 'PNUD',
      'partenaire.type': 'PTF / bailleur',
      'partenaire.priorite': '84 / 100',
      'partenaire.quadrant': 'Gérer étroitement',
      'partenaire.prochaine_echeance': '1er avril 2026',
      'partenaire.email': '—',
      date: '1er mars 2026',
      objectifs: 'Présenter le bilan\nObtenir un rendez-vous technique',
      messages_cles: 'À compléter.',
      date_redaction: '12 mars 2026',
    });
  });

  it('lists the 10 newest interactions of this partner, newest first', () => {
    const t = model.tables.historique as { rows: string[][] };
    expect(t.rows[0]).toEqual(['Date', 'Type', 'Compte rendu', 'Suites à donner']);
    expect(t.rows).toHaveLength(11);
    expect(t.rows[1]).toEqual(['21 janvier 2026', 'Rendez-vous', 'Échange 12', 'Suite 12']);
    expect(t.rows[10][2]).toBe('Échange 3');
  });

  it('lists open opportunities soonest first with amounts in FCFA (EUR at 655,957)', () => {
    const t = model.tables.opportunites as { rows: string[][] };
    expect(t.rows).toEqual([
      ['Titre', 'Étape', 'Montant (FCFA)', 'Échéance'],
      ['Projet jeunesse', 'Contact', '6\u00a0559\u00a0570\u00a0FCFA', '20 mars 2026'],
      ['Appui électoral', 'Négociation', '1\u00a0500\u00a0000\u00a0FCFA', '2 mai 2026'],
    ]);
  });

  it('lists open commitments of the partner’s conventions only', () => {
    const t = model.tables.engagements as { rows: string[][] };
    expect(t.rows.slice(1)).toEqual([['Rapport narratif', 'Rapport', 'CONV-0001', 'Nous', '30 juin 2026', 'À faire']]);
  });

  it('says so in a sentence when a table would be empty', () => {
    const empty = buildBriefModel(data({ interactions: [], opportunities: [], commitments: [] }));
    expect(empty.tables.historique).toEqual({ empty: 'Aucune interaction enregistrée avec ce partenaire.' });
    expect(empty.tables.engagements).toEqual({ empty: 'Aucun engagement en cours (conventions du partenaire).' });
  });
});

describe('template placeholders', () => {
  it('finds placeholders, spaces inside braces allowed, and accepts the default template', () => {
    expect(placeholdersIn('{{date}} et {{ partenaire.nom }} puis {{date}}')).toEqual(['date', 'partenaire.nom']);
    expect(() => checkTemplate(DEFAULT_TEMPLATE.map((p) => p.text).join('\n'))).not.toThrow();
    expect(new RegExp(placeholderPattern('partenaire.nom')).test('{{ partenaire.nom }}')).toBe(true);
    expect(new RegExp(placeholderPattern('partenaire.nom')).test('{{partenaireXnom}}')).toBe(false);
  });

  it('names an unknown placeholder in French', () => {
    expect(() => checkTemplate('Bonjour {{partenaire.nom}}, budget {{budget_total}}')).toThrow(
      'Le modèle « Note de rendez-vous » contient un champ inconnu : {{budget_total}}.',
    );
  });

  it('reads the template ID from Paramètres › Modèles, a pasted URL included', () => {
    expect(templateIdFromSettings([{ section: 'Modèles', key: 'Note de rendez-vous', value: 'https://docs.google.com/document/d/abc_123/edit' }])).toBe(
      'abc_123',
    );
    expect(templateIdFromSettings([{ section: 'modeles', key: 'note de rendez-vous', value: 'xyz' }])).toBe('xyz');
    expect(templateIdFromSettings([])).toBe('');
  });
});

describe('brief arguments', () => {
  it('accepts French or ISO dates and refuses anything else in French', () => {
    expect(asBriefInput({ date: '05/03/2026', objectives: ' Bilan ' })).toEqual({ date: '2026-03-05', objectives: 'Bilan', keyMessages: '' });
    expect(asBriefInput(undefined)).toEqual({ date: '', objectives: '', keyMessages: '' });
    expect(() => asBriefInput({ date: '31/02/2026' })).toThrow("Note de rendez-vous, champ « Date » : « 31/02/2026 » n'est pas une date valide");
    expect(() => asBriefInput({ objectives: 12 })).toThrow('champ « Objectifs » : un texte est attendu');
    expect(() => asBriefInput('x')).toThrow('doivent être un objet');
    expect(asPartnerId(' PAR-0007 ')).toBe('PAR-0007');
    expect(() => asPartnerId('OPP-0001')).toThrow("« OPP-0001 » n'est pas un ID de partenaire");
  });
});
