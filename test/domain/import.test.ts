/** Partner import, pure part: CSV parsing, column mapping suggestions, row errors and duplicates. */
import { CsvError, detectSeparator, parseCsv } from '../../src/domain/import/csv';
import { missingRequired, resolveMapping, suggestMapping, uniqueHeaders, MappingError } from '../../src/domain/import/mapping';
import { planImport, previewOf, resultOf, normaliseImportValue } from '../../src/domain/import/plan';
import { csvSource, sheetSource } from '../../src/domain/import/source';
import { asImportSource } from '../../src/domain/import/arguments';
import { API } from '../../src/domain/contracts/api';
import { PARTNERS } from '../../src/domain/schema/tables';
import { fieldByKey } from '../../src/domain/schema/field';

describe('parseCsv', () => {
  it('reads a French Excel export: BOM, « ; » separator, CRLF, quotes with « ; », doubled quotes and line breaks', () => {
    const text = '\ufeffNom;Sigle;Notes\r\n"Conseil national; de la jeunesse";CNJ;"Il a dit ""oui"""\r\n\r\nOxfam;;"ligne 1\r\nligne 2"\r\nPlan;PI;fin\r\n';
    const { separator, records } = parseCsv(text);
    expect(separator).toBe(';');
    expect(records).toEqual([
      { line: 1, cells: ['Nom', 'Sigle', 'Notes'] },
      { line: 2, cells: ['Conseil national; de la jeunesse', 'CNJ', 'Il a dit "oui"'] },
      { line: 4, cells: ['Oxfam', '', 'ligne 1\r\nligne 2'] },
      { line: 6, cells: ['Plan', 'PI', 'fin'] },
    ]);
  });

  it('detects comma and tab separators, ignoring separators inside quotes', () => {
    expect(detectSeparator('"a;b;c",Sigle,Type\nx,y,z')).toBe(',');
    expect(detectSeparator('Nom\tSigle\tType')).toBe('\t');
    expect(detectSeparator('Nom')).toBe(';');
    expect(parseCsv('Nom,Sigle\n"Fondation, Orange",FOM').records[1].cells).toEqual(['Fondation, Orange', 'FOM']);
    expect(parseCsv('Nom\tSigle\nOxfam\tOX').records[1].cells).toEqual(['Oxfam', 'OX']);
  });

  it('keeps a last line without newline, and empty trailing cells', () => {
    expect(parseCsv('a;b;c\n1;;').records[1].cells).toEqual(['1', '', '']);
  });

  it('refuses an unclosed quote, naming the line', () => {
    expect(() => parseCsv('Nom;Sigle\nOxfam;OX\n"Plan;PI\n')).toThrow(CsvError);
    expect(() => parseCsv('Nom;Sigle\nOxfam;OX\n"Plan;PI\n')).toThrow("le guillemet ouvert ligne 3 n'est jamais fermé");
  });
});

describe('column mapping', () => {
  it('suggests Pacte fields from French headers and common synonyms, accents and case ignored', () => {
    const headers = [
      'Organisation',
      'Acronyme',
      "Catégorie d'acteur",
      'CATEGORIE',
      'Pays',
      'Ville',
      'Domaines d’intervention',
      'Courriel',
      'Tél.',
      'Site internet',
      'Observations',
      'Colonne perso',
      'Alignement (0-5)',
    ];
    expect(suggestMapping(headers)).toEqual({
      Organisation: 'name',
      Acronyme: 'acronym',
      "Catégorie d'acteur": 'type',
      CATEGORIE: 'category',
      Pays: 'country',
      Ville: 'region',
      'Domaines d’intervention': 'sectors',
      Courriel: 'email',
      'Tél.': 'phone',
      'Site internet': 'website',
      Observations: 'notes',
      'Colonne perso': '',
      'Alignement (0-5)': 'alignment',
    });
  });

  it('maps « Structure » and « Raison sociale » to Nom, but only the first column gets a field', () => {
    expect(suggestMapping(['Structure', 'Raison sociale'])).toEqual({ Structure: 'name', 'Raison sociale': '' });
  });

  it('lets the user override, keeps suggestions for other columns, and refuses a field fed twice', () => {
    const headers = ['Organisation', 'Sigle', 'Nature'];
    expect(resolveMapping(headers, { Nature: '', Sigle: 'notes' })).toEqual({ Organisation: 'name', Sigle: 'notes', Nature: '' });
    expect(() => resolveMapping(headers, { Organisation: 'name', Sigle: 'name' })).toThrow(
      'le champ « Nom » est associé à deux colonnes, « Organisation » et « Sigle »',
    );
    expect(() => resolveMapping(headers, { Inconnue: 'name' })).toThrow(MappingError);
    expect(() => resolveMapping(headers, { Sigle: 'priority' })).toThrow("« priority » n'est pas un champ de Partenaires que l'on peut importer");
  });

  it('names unmapped required fields, and makes headers unique', () => {
    expect(missingRequired({ Organisation: 'name' })).toEqual(['Type']);
    expect(uniqueHeaders(['Nom', '', 'Nom'])).toEqual(['Nom', 'Colonne 2', 'Nom (2)']);
  });
});

describe('import plan', () => {
  const existing = [
    { id: 'PAR-0001', name: 'Conseil national de la jeunesse du Mali', acronym: 'CNJ', email: 'contact@cnj.ml' },
    { id: 'PAR-0002', name: 'Oxfam au Mali', acronym: 'Oxfam', email: '' },
  ];
  const csv = [
    "Organisation;Acronyme;Catégorie d'acteur;Catégorie;Email;Téléphone;Prochaine échéance",
    'Réseau des jeunes de Gao;RJG;OSC;Opérationnel;info@rjg.ml;+223 76 00 00 00;15/04/2026',
    'conseil NATIONAL de la jeunesse du mali;;OSC;;;;',
    'Fondation X;FX;Ongg;Financier;pas-un-email;;31/02/2026',
    'Nouvelle asso;C.N.J;OSC;;;;',
    'Autre asso;;PTF;;CONTACT@cnj.ml;;',
    'Réseau des jeunes de  Gao;;OSC;;;;',
    ';SansNom;OSC;;;;',
    '"=HYPERLINK(""http://x"";""y"")";;bailleur;;;;',
  ].join('\n');

  const plan = () => {
    const source = csvSource(csv);
    return { source, plan: planImport(source, resolveMapping(source.headers), existing) };
  };

  it('gives per-row French errors naming the column and what is expected (the row carries its line, said once)', () => {
    const { plan: p } = plan();
    const row = p.rows.find((r) => r.line === 4)!;
    expect(row.errors).toEqual([
      "colonne « Catégorie d'acteur » (Type) : « Ongg » n'est pas valide (attendu : une des valeurs : OSC, ONG nationale, ONG internationale, Collectivité territoriale, Institution publique, PTF / bailleur, Secteur privé, Fondation, Université / recherche, Média, Diaspora, Prescripteur / relais, Cluster ICC, Agence de coopération, Diaspora / relais).",
      "colonne « Email » : « pas-un-email » n'est pas valide (attendu : une adresse email valide (ex. nom@organisation.org)).",
      "colonne « Prochaine échéance » : « 31/02/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).",
    ]);
    expect(p.rows.find((r) => r.line === 8)!.errors).toEqual(['colonne « Organisation » (Nom) : ce champ est obligatoire.']);
  });

  it('flags duplicates of existing partners by folded name, acronym or email, and duplicates within the file', () => {
    const { plan: p } = plan();
    const byLine = new Map(p.rows.map((r) => [r.line, r]));
    expect(byLine.get(3)!.duplicateOf).toBe('PAR-0001'); // name, case and spacing folded
    expect(byLine.get(5)!.duplicateOf).toBe('PAR-0001'); // acronym C.N.J = CNJ
    expect(byLine.get(6)!.duplicateOf).toBe('PAR-0001'); // email, case folded
    expect(byLine.get(7)!).toMatchObject({ duplicateOf: '', duplicateOfLine: 2 }); // same name as line 2
    expect(byLine.get(2)!.record).toMatchObject({
      name: 'Réseau des jeunes de Gao',
      type: 'OSC',
      category: 'Opérationnel',
      email: 'info@rjg.ml',
      phone: '+223 76 00 00 00',
      nextDue: '2026-04-15',
    });
  });

  it('keeps a formula-looking name as text and reads « bailleur » as « PTF / bailleur »', () => {
    const { plan: p } = plan();
    expect(p.rows.find((r) => r.line === 9)!.record).toMatchObject({ name: '=HYPERLINK("http://x";"y")', type: 'PTF / bailleur' });
  });

  it('previews the first rows with counts, and reports every skipped line with its reason', () => {
    const { source, plan: p } = plan();
    const preview = previewOf(source, p);
    expect(preview).toMatchObject({ total: 8, valid: 2, duplicates: 4, invalid: 2, missingFields: [] });
    expect(preview.fields.map((f) => f.key)).toContain('name');
    expect(preview.fields.find((f) => f.key === 'type')!.required).toBe(true);
    const result = resultOf(p, ['PAR-0003', 'PAR-0004'], new Map([['PAR-0001', 'Conseil national de la jeunesse du Mali']]));
    expect(result.created).toBe(2);
    expect(result.skippedDuplicates).toBe(4);
    expect(result.errors).toEqual([
      'Ligne 3 : non importée — doublon de PAR-0001 (Conseil national de la jeunesse du Mali).',
      expect.stringMatching(/^Ligne 4 : non importée — colonne « Catégorie d'acteur » \(Type\) : « Ongg »/),
      'Ligne 5 : non importée — doublon de PAR-0001 (Conseil national de la jeunesse du Mali).',
      'Ligne 6 : non importée — doublon de PAR-0001 (Conseil national de la jeunesse du Mali).',
      'Ligne 7 : non importée — doublon de la ligne 2 du fichier.',
      'Ligne 8 : non importée — colonne « Organisation » (Nom) : ce champ est obligatoire.',
    ]);
    expect(result.skipped!.find((s) => s.line === 4)!.values).toMatchObject({ name: 'Fondation X', type: 'Ongg', email: 'pas-un-email' });
  });

  it('shows at most 50 rows in the preview but counts them all', () => {
    const lines = ['Nom;Type', ...Array.from({ length: 120 }, (_, i) => `Partenaire ${i};OSC`)];
    const source = csvSource(lines.join('\n'));
    const preview = previewOf(source, planImport(source, resolveMapping(source.headers), []));
    expect(preview.rows).toHaveLength(50);
    expect(preview.total).toBe(120);
    expect(preview.valid).toBe(120);
  });

  it('reports an unmapped required field on every row', () => {
    const source = csvSource('Nom;Sigle\nOxfam;OX');
    const p = planImport(source, resolveMapping(source.headers), []);
    expect(p.missing).toEqual(['Type']);
    expect(p.rows[0].errors).toEqual(["le champ obligatoire « Type » n'est associé à aucune colonne."]);
  });

  it('reads a sheet source: line = sheet row, empty rows skipped, numbers kept', () => {
    const source = sheetSource(
      [
        ['Nom', 'Type', 'Alignement'],
        ['A', 'OSC', 4],
        ['', '', ''],
        ['B', 'OSC', 2.5],
      ],
      'Anciens partenaires',
    );
    expect(source.rows.map((r) => r.line)).toEqual([2, 4]);
    const p = planImport(source, resolveMapping(source.headers), []);
    expect(p.rows.map((r) => r.record?.alignment)).toEqual([4, 2.5]);
  });

  it('matches enum values by part or unique prefix only', () => {
    const type = fieldByKey(PARTNERS, 'type');
    expect(normaliseImportValue(type, 'Université')).toEqual({ ok: true, value: 'Université / recherche' });
    expect(normaliseImportValue(type, 'collectivité')).toEqual({ ok: true, value: 'Collectivité territoriale' });
    expect(normaliseImportValue(type, 'ONG').ok).toBe(false); // nationale or internationale: ambiguous
  });
});

describe('import arguments', () => {
  it('accepts one CSV text or one sheet name, and refuses anything else in French', () => {
    expect(asImportSource({ csv: 'Nom' })).toEqual({ csv: 'Nom' });
    expect(asImportSource({ sheetName: 'Feuille 1' })).toEqual({ sheetName: 'Feuille 1' });
    expect(() => asImportSource({ csv: 'a', sheetName: 'b' })).toThrow('un seul des deux');
    // The shapes are the declared schema's (src/domain/contracts/api.ts).
    const [source, mapping] = API.previewImport.args;
    expect(() => source.check('Nom;Type')).toThrow('Argument « la source » : un objet attendu, reçu « Nom;Type ».');
    expect(() => source.check({ csv: 42 })).toThrow('Argument « la source » › « CSV » : un texte d’au plus 5\u00a0000\u00a0000 caractères attendu, reçu 42.');
    expect(() => source.check({ csv: 'x'.repeat(5_000_001) })).toThrow(
      'Argument « la source » › « CSV » : au plus 5\u00a0000\u00a0000 caractères (reçu 5\u00a0000\u00a0001). Découpez le fichier en plusieurs et importez-les l’un après l’autre.',
    );
    expect(mapping.check(undefined)).toBeUndefined();
    expect(() => mapping.check({ Nom: 3 })).toThrow(
      'Argument « la correspondance des colonnes » : un tableau de correspondances (texte → texte, au plus 200) attendu, reçu un objet.',
    );
  });
});

describe('duplicates, as partner creation sees them', () => {
  it('matches a name against an acronym, spaces and punctuation ignored, and contacts’ emails', () => {
    const source = csvSource(['Nom;Sigle;Type;Email', 'ONU Femmes;;OSC;', 'Autre;O.N.U femmes;OSC;', 'Tiers;;OSC;sg@cnj-mali.org', 'Seul;X;OSC;'].join('\n'));
    const p = planImport(
      source,
      resolveMapping(source.headers),
      [{ id: 'PAR-0008', name: 'ONU Femmes Mali', acronym: 'ONU Femmes' }],
      [{ partnerId: 'PAR-0023', email: 'SG@cnj-mali.org' }],
    );
    expect(p.rows.map((r) => r.duplicateOf)).toEqual(['PAR-0008', 'PAR-0008', 'PAR-0023', '']);
  });
});
