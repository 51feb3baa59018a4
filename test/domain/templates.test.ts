/** Template engine: placeholders, conditional sections, repeated rows, problems with their location, formatting kept. */
import { applyPlan, documentText } from '../../src/domain/templates/apply';
import { analyseTemplate, type FillPlan, planFill, problemsMessage, type TemplateData } from '../../src/domain/templates/engine';
import type { Run, TemplateBlock, TemplateDocument, TemplateParagraph, TemplateTable } from '../../src/domain/templates/model';
import { conventionCatalogue } from '../../src/domain/conventions/placeholders';

const catalogue = conventionCatalogue('Convention de partenariat');
const p = (...runs: (string | Run)[]): TemplateParagraph => ({ kind: 'paragraph', runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)) });
const table = (...rows: string[][]): TemplateTable => ({ kind: 'table', rows: rows.map((cells) => ({ cells: cells.map((c) => ({ paragraphs: [p(c)] })) })) });
const doc = (...body: TemplateBlock[]): TemplateDocument => ({ body });

const data = (over: Partial<TemplateData> = {}): TemplateData => ({
  values: {
    'partenaire.nom': 'Fondation Sahel',
    'partenaire.sigle': 'FS',
    'organisation.nom': 'AJCAD Mali',
    'convention.montant': '1 500 000 FCFA',
    'convention.montant_lettres': 'un million cinq cent mille francs CFA',
    'convention.date_debut': '1er mars 2026',
    'convention.date_fin': '28 février 2027',
    'convention.objet': 'former 500 jeunes',
    'convention.contribution_nature': '',
    date: '12 mars 2026',
    ...over.values,
  },
  flags: { contribution_financiere: true, contribution_nature: false, engagements: true, sans_engagement: false, ...over.flags },
  collections: over.collections ?? {
    engagement: [
      { 'engagement.numero': '1', 'engagement.libelle': 'Rapport de démarrage', 'engagement.echeance': '30 avril 2026', 'engagement.montant': '' },
      { 'engagement.numero': '2', 'engagement.libelle': 'Première tranche', 'engagement.echeance': '15 mai 2026', 'engagement.montant': '750 000 FCFA' },
    ],
  },
});

function fill(template: TemplateDocument, d = data()): TemplateDocument {
  const result = planFill(template, catalogue, d);
  if (!result.ok) throw new Error(result.problems.map((x) => `${x.location}: ${x.message}`).join('\n'));
  return applyPlan(template, result.plan);
}

describe('placeholders', () => {
  it('fills values, in body, header and footer, with spaces and any case inside the braces', () => {
    const t: TemplateDocument = {
      body: [p('Entre {{organisation.nom}} et {{ Partenaire.Nom }} ({{partenaire.sigle}}).')],
      header: [p('{{convention.objet}}')],
      footer: [p('Fait le {{date}}')],
    };
    const out = fill(t);
    expect(documentText(out.body)).toBe('Entre AJCAD Mali et Fondation Sahel (FS).');
    expect(documentText(out.header!)).toBe('former 500 jeunes');
    expect(documentText(out.footer!)).toBe('Fait le 12 mars 2026');
  });

  it('keeps the formatting of the first character of a placeholder split across formatting runs', () => {
    const t = doc(p('Partenaire : ', { text: '{{parte', bold: true }, { text: 'naire.nom}}' }, ' (suite)'));
    const out = fill(t).body[0] as TemplateParagraph;
    expect(out.runs).toEqual([{ text: 'Partenaire : ' }, { text: 'Fondation Sahel', bold: true }, { text: ' (suite)' }]);
  });

  it('recognises a placeholder split across two Docs Text elements and edits it by offsets', () => {
    const t = doc(p({ text: 'Montant : {{convention.mon', italic: true, element: 0 }, { text: 'tant}} net', element: 1 }));
    const result = planFill(t, catalogue, data());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.edits).toEqual([{ ref: { section: 'body', block: 0 }, edits: [{ start: 10, end: 32, text: '1 500 000 FCFA' }] }]);
    const out = applyPlan(t, result.plan).body[0] as TemplateParagraph;
    expect(out.runs.map((r) => r.text).join('')).toBe('Montant : 1 500 000 FCFA net');
    expect(out.runs[0]).toEqual({ text: 'Montant : 1 500 000 FCFA', italic: true, element: 0 });
  });

  it('plans one edit per occurrence, right to left in each paragraph, with the value as plain text', () => {
    const t = doc(...Array.from({ length: 3 }, () => p('{{partenaire.nom}} — {{organisation.nom}}')));
    const result = planFill(t, catalogue, data({ values: { 'partenaire.nom': 'Fonds $1 & Cie', 'organisation.nom': 'C:\\dossier\\n' } }));
    expect(result.ok && result.plan.edits[0]).toEqual({
      ref: { section: 'body', block: 0 },
      edits: [
        { start: 21, end: 41, text: 'C:\\dossier\\n' },
        { start: 0, end: 18, text: 'Fonds $1 & Cie' },
      ],
    });
    expect(result.ok && result.plan.edits).toHaveLength(3);
    expect(documentText(applyPlan(t, (result as { plan: FillPlan }).plan).body).split('\n')[0]).toBe('Fonds $1 & Cie — C:\\dossier\\n');
  });
});

describe('conditional sections', () => {
  const t = doc(
    p('Article 1'),
    p('{{#si contribution_nature}}'),
    p('Contribution en nature : {{convention.contribution_nature}}'),
    table(['Bien', 'Valeur']),
    p('{{/si}}'),
    p('Le partenaire verse {{#si contribution_financiere}}{{convention.montant}} ({{convention.montant_lettres}}){{/si}}.'),
    p('{{#si sans_engagement}}Aucun engagement.{{/si}}'),
    p('Fin'),
  );

  it('removes a false section spanning paragraphs and a table, without needing its values', () => {
    const out = fill(t);
    expect(documentText(out.body)).toBe('Article 1\nLe partenaire verse 1 500 000 FCFA (un million cinq cent mille francs CFA).\nFin');
  });

  it('keeps a true section and drops only its markers', () => {
    const out = fill(
      t,
      data({
        values: { 'convention.contribution_nature': '250 000 FCFA' },
        flags: { contribution_nature: true, contribution_financiere: false, sans_engagement: true },
      }),
    );
    expect(documentText(out.body)).toBe('Article 1\nContribution en nature : 250 000 FCFA\nBien\nValeur\nLe partenaire verse .\nAucun engagement.\nFin');
  });

  it('tests any value: a section on partenaire.sigle disappears when the partner has none', () => {
    const s = doc(p('{{partenaire.nom}}{{#si partenaire.sigle}} ({{partenaire.sigle}}){{/si}}, ci-après « le Partenaire »'));
    expect(documentText(fill(s, data({ values: { 'partenaire.sigle': '' } })).body)).toBe('Fondation Sahel, ci-après « le Partenaire »');
    expect(documentText(fill(s).body)).toBe('Fondation Sahel (FS), ci-après « le Partenaire »');
  });

  it('a deleted conditional section (markers removed by the user) is simply text', () => {
    const edited = doc(p('Article 1'), p('Contribution en nature : voir annexe.'), p('Fin'));
    expect(documentText(fill(edited).body).split('\n')).toEqual(['Article 1', 'Contribution en nature : voir annexe.', 'Fin']);
  });
});

describe('repeated rows', () => {
  const t = doc(
    p('Engagements de {{partenaire.nom}} :'),
    table(
      ['N°', 'Engagement', 'Échéance', 'Montant'],
      [
        '{{#chaque engagement}}{{engagement.numero}}',
        '{{engagement.libelle}} ({{partenaire.sigle}})',
        '{{engagement.echeance}}',
        '{{engagement.montant}}{{/chaque}}',
      ],
      ['', 'Total', '', '{{convention.montant}}'],
    ),
  );

  it('copies the row once per commitment, in order, keeping the rows around it', () => {
    const out = fill(t).body[1] as TemplateTable;
    const rows = out.rows.map((r) => r.cells.map((c) => c.paragraphs.map((x) => x.runs.map((y) => y.text).join('')).join('')));
    expect(rows).toEqual([
      ['N°', 'Engagement', 'Échéance', 'Montant'],
      ['1', 'Rapport de démarrage (FS)', '30 avril 2026', '—'],
      ['2', 'Première tranche (FS)', '15 mai 2026', '750 000 FCFA'],
      ['', 'Total', '', '1 500 000 FCFA'],
    ]);
  });

  it('keeps the formatting of the template row in every copy', () => {
    const bold = doc({
      kind: 'table',
      rows: [{ cells: [{ paragraphs: [p({ text: '{{#chaque engagement}}{{engagement.libelle}}{{/chaque}}', bold: true })] }] }],
    });
    const out = fill(bold).body[0] as TemplateTable;
    expect(out.rows.map((r) => r.cells[0].paragraphs[0].runs)).toEqual([
      [{ text: 'Rapport de démarrage', bold: true }],
      [{ text: 'Première tranche', bold: true }],
    ]);
  });

  it('with no commitment, the template rows go (and a table made only of them goes too)', () => {
    const none = data({ collections: { engagement: [] } });
    expect((fill(t, none).body[1] as TemplateTable).rows).toHaveLength(2);
    const only = doc(p('x'), table(['{{#chaque engagement}}{{engagement.libelle}}{{/chaque}}']), p('y'));
    expect(documentText(fill(only, none).body)).toBe('x\ny');
  });

  it('spans several rows from {{#chaque}} to {{/chaque}}', () => {
    const two = doc(table(['{{#chaque engagement}}{{engagement.libelle}}'], ['{{engagement.echeance}}{{/chaque}}']));
    expect(documentText(fill(two).body)).toBe('Rapport de démarrage\n30 avril 2026\nPremière tranche\n15 mai 2026');
  });

  it('places the edits of a cell holding several paragraphs by their offset in the cell text', () => {
    const two = doc({ kind: 'table', rows: [{ cells: [{ paragraphs: [p('{{#chaque engagement}}Réf.'), p('{{engagement.libelle}}{{/chaque}}')] }] }] });
    const result = planFill(two, catalogue, data());
    expect(result.ok && result.plan.repeats[0].items[0]).toEqual([
      { row: 0, cell: 0, paragraph: 0, base: 0, edits: [{ start: 0, end: 22, text: '' }] },
      {
        row: 0,
        cell: 0,
        paragraph: 1,
        base: 27,
        edits: [
          { start: 22, end: 33, text: '' },
          { start: 0, end: 22, text: 'Rapport de démarrage' },
        ],
      },
    ]);
    expect(documentText(fill(two).body)).toBe('Réf.\nRapport de démarrage\nRéf.\nPremière tranche');
  });

  it('names the commitment whose value is missing', () => {
    const d = data({ collections: { engagement: [{ 'engagement.numero': '1', 'engagement.libelle': 'A', 'engagement.echeance': '' }] } });
    const result = planFill(t, catalogue, d);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        placeholder: '{{engagement.echeance}}',
        location: 'tableau 1, ligne 2',
        message: expect.stringMatching(/^Valeur manquante pour \{\{engagement\.echeance\}\} \(engagement 1\)/),
        missing: 'l’échéance de l’engagement (engagement 1)',
      },
    ]);
  });
});

describe('problems, before anything is generated', () => {
  const problems = (t: TemplateDocument) => analyseTemplate(t, catalogue).problems;

  it('unknown placeholder, with its paragraph number (tables not counted) and a suggestion', () => {
    const t = doc(p('Titre'), table(['a']), p('Entre {{partenaire.nomm}} et nous'));
    expect(problems(t)).toEqual([
      { placeholder: '{{partenaire.nomm}}', location: 'paragraphe 2', message: expect.stringContaining('vouliez-vous dire {{partenaire.nom}}') },
    ]);
  });

  it('unclosed and mismatched blocks', () => {
    expect(problems(doc(p('{{#si contribution_nature}}'), p('texte')))).toEqual([
      { placeholder: '{{#si contribution_nature}}', location: 'paragraphe 1', message: expect.stringContaining("n'est jamais fermé") },
    ]);
    expect(problems(doc(p('texte {{/si}}')))[0]).toMatchObject({ placeholder: '{{/si}}', message: expect.stringContaining("n'a pas été ouvert") });
    const mismatched = problems(doc(table(['{{#chaque engagement}}{{#si engagements}}{{engagement.libelle}}{{/chaque}}'])));
    expect(mismatched.map((x) => x.location)).toEqual(['tableau 1, ligne 1', 'tableau 1, ligne 1', 'tableau 1, ligne 1']);
    expect(mismatched[0].message).toContain('ne correspond pas au bloc ouvert {{#si engagements}}');
  });

  it('commitment fields outside a repeated row, #chaque outside a table, stray braces, unknown condition', () => {
    const t = doc(p('{{engagement.libelle}}'), p('{{#chaque engagement}}'), p('{{/chaque}}'), p('Bonjour {{partenaire.nom'), p('{{#si riche}}x{{/si}}'));
    const found = problems(t);
    expect(found.map((x) => [x.placeholder, x.location])).toEqual([
      ['{{engagement.libelle}}', 'paragraphe 1'],
      ['{{#chaque engagement}}', 'paragraphe 2'],
      ['Bonjour {{partenaire.nom', 'paragraphe 4'],
      ['{{#si riche}}', 'paragraphe 5'],
    ]);
  });

  it('a multi-paragraph section needs its markers alone in their paragraphs', () => {
    expect(problems(doc(p('Début {{#si engagements}}'), p('x'), p('{{/si}}')))[0]).toMatchObject({
      location: 'paragraphe 1',
      message: expect.stringContaining('seul dans son paragraphe'),
    });
  });

  it('missing values are reported with their location, only where the text is kept', () => {
    const t = doc(p('Objet : {{convention.objet}}'), p('{{#si contribution_nature}}'), p('{{convention.contribution_nature}}'), p('{{/si}}'), {
      kind: 'table',
      rows: [],
    });
    const result = planFill(t, catalogue, data({ values: { 'convention.objet': ' ' } }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((x) => [x.placeholder, x.location])).toEqual([['{{convention.objet}}', 'paragraphe 1']]);
    expect(problemsMessage(catalogue, result.problems)).toMatch(
      /^Pour générer « Convention de partenariat », complétez d'abord : l’objet de la convention\. Aucun document n'a été créé\.$/,
    );
  });

  it('header and footer locations', () => {
    expect(analyseTemplate({ body: [p('')], footer: [p('{{inconnu}}')] }, catalogue).problems[0].location).toBe('pied de page, paragraphe 1');
  });
});

describe('plan on the last paragraph', () => {
  it('clears the last paragraph of a section instead of removing it (Docs keeps one)', () => {
    const result = planFill(doc(p('a'), p('{{#si sans_engagement}}'), p('b'), p('{{/si}}')), catalogue, data());
    expect(result.ok && result.plan.removals).toEqual([
      { section: 'body', block: 3, clear: true },
      { section: 'body', block: 2, clear: false },
      { section: 'body', block: 1, clear: false },
    ]);
  });
});
