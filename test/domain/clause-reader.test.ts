import { TEMPLATE_KEYS, TEMPLATES } from '../../src/domain/templates/defaults';
import { notListed, readClauses, type ClauseContext } from '../../src/domain/commitments/clause-reader';

const ctx: ClauseContext = { start: '2026-03-01', end: '2027-02-28', currency: 'XOF' };
const read = (...paragraphs: string[]) => readClauses(paragraphs, ctx);
const one = (paragraph: string) => {
  const found = read(paragraph);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('clause reader: dated obligations', () => {
  test('« au plus tard le 30 juin 2026 »: a deliverable of the partner, on that date', () => {
    const p = one('Le Partenaire s’engage à remettre le plan de travail détaillé au plus tard le 30 juin 2026.');
    expect(p).toMatchObject({ kind: 'Livrable', party: 'Partenaire', due: '2026-06-30', amount: null, everyMonths: null });
    expect(p.label).toBe('Le Partenaire s’engage à remettre le plan de travail détaillé au plus tard le 30 juin 2026');
  });

  test('« avant le 15/09/2026 »: a numeric date', () => {
    expect(one('Le Partenaire transmettra la liste des bénéficiaires avant le 15/09/2026.')).toMatchObject({ due: '2026-09-15', party: 'Partenaire' });
  });

  test('« 1er » as the first of the month', () => {
    expect(one('L’Organisation s’engage à fournir les kits au plus tard le 1er août 2026.')).toMatchObject({ due: '2026-08-01', party: 'Nous' });
  });

  test('« dans un délai de 30 jours à compter de la signature »: counted from the signature, or the start date before it', () => {
    const text = 'L’Organisation s’engage à transmettre le chronogramme dans un délai de 30 jours à compter de la signature.';
    expect(one(text)).toMatchObject({ due: '2026-03-31', party: 'Nous', kind: 'Livrable' });
    expect(readClauses([text], { ...ctx, signature: '2026-03-10' })[0].due).toBe('2026-04-09');
  });

  test('a first tranche at the signature and the balance on a date: two payments with their amounts', () => {
    const found = read('Le partenaire versera une première tranche de 5 000 000 FCFA à la signature et le solde de 3 000 000 FCFA le 31 décembre 2026.');
    expect(found.map((p) => [p.kind, p.party, p.due, p.amount, p.currency])).toEqual([
      ['Versement', 'Partenaire', '2026-03-01', 5_000_000, 'XOF'],
      ['Versement', 'Partenaire', '2026-12-31', 3_000_000, 'XOF'],
    ]);
    expect(found[1].label).toBe('Le solde de 3 000 000 FCFA le 31 décembre 2026');
  });

  test('amounts in euros and with non-breaking spaces', () => {
    expect(one('Le Partenaire versera 12\u202f500 € au plus tard le 30 avril 2026.')).toMatchObject({ amount: 12_500, currency: 'EUR' });
  });

  test('« un rapport narratif et financier trimestriel »: every 3 months over the convention', () => {
    const p = one('Le Partenaire s’engage à produire un rapport narratif et financier trimestriel.');
    expect(p).toMatchObject({ kind: 'Rapport narratif', party: 'Partenaire', everyMonths: 3, due: '2026-06-01', until: '2027-02-28' });
  });

  test('a half-yearly financial report due 15 days after each semester', () => {
    const p = one('Le Partenaire transmettra un rapport financier semestriel dans les 15 jours suivant chaque semestre.');
    expect(p).toMatchObject({ kind: 'Rapport financier', everyMonths: 6, due: '2026-09-16', until: '2027-03-15' });
  });

  test('« rapport final dans les 60 jours suivant la fin »: counted from the end date', () => {
    expect(one('Le Partenaire remettra un rapport final dans les 60 jours suivant la fin de la convention.')).toMatchObject({
      kind: 'Rapport narratif',
      due: '2027-04-29',
    });
  });

  test('« trente (30) jours », the legal way of writing numbers', () => {
    expect(one('Le Partenaire remettra le rapport de démarrage dans un délai de trente (30) jours à compter de la signature.').due).toBe('2026-03-31');
  });

  test('the deadline, not the date of the act it refers to', () => {
    const p = one('Conformément à l’accord signé le 12 janvier 2026, le Partenaire s’engage à remettre le rapport de démarrage au plus tard le 30 juin 2026.');
    expect(p.due).toBe('2026-06-30');
    expect(one('En application de la convention du 2 février 2026, le Partenaire transmettra l’audit le 15 octobre 2026.').due).toBe('2026-10-15');
  });

  test('an article heading and its obligation in one paragraph', () => {
    expect(one('Article 4 : le Partenaire remettra le plan de travail au plus tard le 30 juin 2026.').due).toBe('2026-06-30');
  });

  test('a passive payment « sera versée par l’Organisation »: ours', () => {
    expect(one('La subvention sera versée par l’Organisation au plus tard le 15 mai 2026.')).toMatchObject({ kind: 'Versement', party: 'Nous' });
  });

  test('visibility: the partner is named first', () => {
    expect(one('Le Partenaire s’engage à apposer le logo de l’Organisation sur les supports avant le 01/06/2026.')).toMatchObject({
      kind: 'Visibilité',
      party: 'Partenaire',
    });
  });

  test('several paragraphs, several sentences: each obligation once, in reading order', () => {
    const found = read(
      'Article 5 — Rapports. Le Partenaire remettra le rapport de démarrage au plus tard le 30 juin 2026. Il devra aussi fournir la liste des participants avant le 15/09/2026.',
      'Le Partenaire remettra le rapport de démarrage au plus tard le 30 juin 2026.',
    );
    expect(found.map((p) => p.due)).toEqual(['2026-06-30', '2026-09-15']);
  });

  test('a long sentence is shortened on a word with an ellipsis', () => {
    const p = one(`Le Partenaire s’engage à remettre au plus tard le 30 juin 2026 ${'un document de synthèse très détaillé '.repeat(8)}.`);
    expect(p.label.length).toBeLessThanOrEqual(150);
    expect(p.label.endsWith('…')).toBe(true);
  });
});

describe('clause reader: what is not an obligation', () => {
  test('the closing formula « Fait à Bamako le 12 mars 2026 »', () => {
    expect(read('Fait à Bamako le 12 mars 2026, en deux exemplaires originaux.')).toEqual([]);
  });

  test('an article stating the dates of the convention', () => {
    expect(read('Article 3 — Durée : la présente convention entre en vigueur le 1er mars 2026 et prend fin le 28 février 2027.')).toEqual([]);
    expect(read('La présente convention prend effet le 1er mars 2026.')).toEqual([]);
  });

  test('an obligation without any date', () => {
    expect(read('Le Partenaire s’engage à respecter les procédures de l’Organisation.')).toEqual([]);
  });

  test('a periodic report in a convention without dates', () => {
    expect(readClauses(['Le Partenaire produira un rapport trimestriel.'], { start: '', end: '', currency: 'XOF' })).toEqual([]);
  });

  test('the default templates’ own text (disputes, termination, follow-up meetings) proposes nothing', () => {
    for (const key of TEMPLATE_KEYS) {
      const paragraphs = TEMPLATES[key].blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : b.rows.flat()));
      expect(readClauses(paragraphs, ctx)).toEqual([]);
    }
  });

  test('commitments already listed (same kind, due date and amount) are not proposed again', () => {
    const found = read('Le partenaire versera une première tranche de 5 000 000 FCFA à la signature et le solde de 3 000 000 FCFA le 31 décembre 2026.');
    const listed = [{ kind: 'Versement', due: '2026-12-31', amount: 3_000_000 }];
    expect(notListed(found, listed).map((p) => p.amount)).toEqual([5_000_000]);
    expect(notListed(found, [{ kind: 'Versement', due: '2026-12-31', amount: 1 }])).toHaveLength(2);
  });
});
