/** Partner import through the built bundle: preview, one-block creation, skipped lines reported, call counts. */
import { byHeader, values as sheetValues } from '../support/demo-sheets';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer: chargee, reader: lecteur } = USERS;
const cnj = () => wb.partnerIds[0];
const radioKledu = () => wb.partnerIds[1];

/** `n` importable partners named Association <from>… (CSV as pasted). */
const csv = (n: number, from: number) =>
  [
    'Nom;Sigle;Type;Région;Alignement (0-5);Pouvoir;Intérêt',
    ...Array.from({ length: n }, (_, i) => `Association ${from + i};A${from + i};OSC;Ségou;${i % 6};Moyen;Élevé`),
  ].join('\n');

let wb: PartnersWorkbook;
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  // Already partners: the files below name them again (by name, without the acronym) and are told so.
  wb = workbookWithPartners([
    partner({ name: 'Conseil national de la jeunesse du Mali', acronym: 'CNJ', type: 'OSC' }),
    partner({ name: 'Radio Klédu', acronym: '', type: 'Média' }),
  ]);
  return wb;
});

const values = (sheet: string): unknown[][] => sheetValues(wb, sheet);
const rowsOf = (sheet: string): Record<string, unknown>[] => byHeader(values(sheet));

const FRENCH_EXCEL = [
  "\ufeffOrganisation;Acronyme;Catégorie d'acteur;Catégorie;Téléphone;Site internet;Colonne perso",
  'Réseau des jeunes de Gao;RJG;OSC;Opérationnel;+223 76 00 00 00;https://rjg.ml;a',
  '"=HYPERLINK(""http://evil.example"";""clic"")";HYP;Fondation;Financier;;;b',
  'Conseil National de la Jeunesse du Mali;;OSC;;;;c',
  'Association X;AX;Ongg;;;;d',
  '"Coopérative ""Femmes; Avenir""";CFA;Secteur privé;;;pas un lien;e',
  'Réseau des jeunes de Gao;;OSC;;;;f',
].join('\r\n');

describe('previewImport', () => {
  it('detects « ; », suggests the mapping from French headers, and shows per-line errors and duplicates', () => {
    const p = wb.call('previewImport', [{ csv: FRENCH_EXCEL }], { user: chargee });
    expect(p.separator).toBe(';');
    expect(p.headers[0]).toBe('Organisation');
    expect(p.mapping).toMatchObject({
      Organisation: 'name',
      Acronyme: 'acronym',
      "Catégorie d'acteur": 'type',
      Catégorie: 'category',
      Téléphone: 'phone',
      'Site internet': 'website',
      'Colonne perso': '',
    });
    expect(p).toMatchObject({ total: 6, valid: 2, duplicates: 2, invalid: 2, missingFields: [] });
    const line = (n: number) => p.rows.find((r) => r.line === n)!;
    expect(line(4).duplicateOf).toBe(cnj());
    expect(line(7)).toMatchObject({ duplicateOf: '', duplicateOfLine: 2 });
    expect(line(5).errors).toEqual([
      expect.stringMatching(/^colonne « Catégorie d'acteur » \(Type\) : « Ongg » n'est pas valide \(attendu : une des valeurs : OSC, /),
    ]);
    expect(line(6).errors).toEqual([
      "colonne « Site internet » (Site web) : « pas un lien » n'est pas valide (attendu : un lien, par exemple https://exemple.org ou www.exemple.org).",
    ]);
    expect(line(6).values.name).toBe('Coopérative "Femmes; Avenir"');
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('follows the user’s mapping and says which required field is not mapped', () => {
    const p = wb.call('previewImport', [{ csv: FRENCH_EXCEL }, { "Catégorie d'acteur": '' }], { user: chargee });
    expect(p.mapping["Catégorie d'acteur"]).toBe('');
    expect(p.missingFields).toEqual(['Type']);
    expect(p.valid).toBe(0);
  });

  it('refuses bad arguments and users who may not edit, in French, before reading anything', () => {
    expect(() => wb.callRaw('previewImport', ['Nom;Type'], { user: chargee })).toThrow('Argument « la source » : un objet attendu, reçu « Nom;Type ».');
    expect(() => wb.call('previewImport', [{ csv: 'Nom;Type\nA;OSC' }, { Nom: 'priority' }], { user: chargee })).toThrow(
      "« priority » n'est pas un champ de Partenaires que l'on peut importer",
    );
    expect(() => wb.call('previewImport', [{ csv: 'Nom;Type\nA;OSC' }], { user: lecteur })).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
    expect(() => wb.call('previewImport', [{ csv: 'Nom;Type\n"A;OSC' }], { user: chargee })).toThrow("le guillemet ouvert ligne 2 n'est jamais fermé");
  });
});

describe('importPartners', () => {
  it('creates the valid, non-duplicate rows as typed (formulas and phone numbers as text) and reports every skipped line', () => {
    const before = rowsOf('Partenaires').length;
    const journalBefore = values('Journal').length;
    const preview = wb.call('previewImport', [{ csv: FRENCH_EXCEL }], { user: chargee });
    const r = wb.call('importPartners', [{ csv: FRENCH_EXCEL }, preview.mapping], { user: chargee });
    expect(r.created).toBe(2);
    expect(r.ids).toHaveLength(2);
    expect(r.skippedDuplicates).toBe(2);
    expect(r.errors).toEqual([
      `Ligne 4 : non importée — doublon de ${cnj()} (Conseil national de la jeunesse du Mali).`,
      expect.stringMatching(/^Ligne 5 : non importée — colonne « Catégorie d'acteur » \(Type\) : « Ongg »/),
      "Ligne 6 : non importée — colonne « Site internet » (Site web) : « pas un lien » n'est pas valide (attendu : un lien, par exemple https://exemple.org ou www.exemple.org).",
      'Ligne 7 : non importée — doublon de la ligne 2 du fichier.',
    ]);
    expect(r.skipped!.map((s) => s.line)).toEqual([4, 5, 6, 7]);
    expect(r.skipped![2].values).toMatchObject({ name: 'Coopérative "Femmes; Avenir"', website: 'pas un lien' });

    const partners = rowsOf('Partenaires');
    expect(partners).toHaveLength(before + 2);
    const gao = partners.find((p) => p.ID === r.ids[0])!;
    expect(partners.find((p) => p.ID === r.ids[1])).toMatchObject({ 'Score de priorité': '', 'Quadrant (pouvoir/intérêt)': '' });
    expect(gao).toMatchObject({
      Nom: 'Réseau des jeunes de Gao',
      Sigle: 'RJG',
      Type: 'OSC',
      Catégorie: 'Opérationnel',
      Téléphone: '+223 76 00 00 00',
      'Site web': 'https://rjg.ml',
      'Modifié par': chargee,
    });
    const hyp = partners.find((p) => p.ID === r.ids[1])!;
    expect(hyp.Nom).toBe('=HYPERLINK("http://evil.example";"clic")');
    const formulas = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!.getDataRange().getFormulas());
    expect(formulas.flat().filter(Boolean)).toEqual([]);

    const journal = values('Journal').slice(journalBefore);
    expect(journal).toHaveLength(2);
    expect(journal.map((j) => j[3])).toEqual(r.ids);
    expect(journal.every((j) => j[4] === 'création' && j[1] === chargee)).toBe(true);
  });

  it('computes the priority score and quadrant of the imported partners, as a creation does', () => {
    const csv = 'Nom;Type;Alignement (0-5);Potentiel (0-5);Pouvoir;Intérêt\nFonds sahélien;Fondation;4;3;élevé;faible';
    const r = wb.call('importPartners', [{ csv }, {}], { user: chargee });
    const p = rowsOf('Partenaires').find((x) => x.ID === r.ids[0])!;
    expect(p).toMatchObject({ Pouvoir: 'Élevé', Intérêt: 'Faible', 'Quadrant (pouvoir/intérêt)': 'Satisfaire' });
    expect(p['Score de priorité']).toBe(60); // (35 × 0.8 + 25 × 0.6 + 25 × 2/3 + 0) / 100
  });

  it('writes nothing when a required field is not mapped, and says which', () => {
    const before = values('Partenaires');
    const journal = values('Journal');
    expect(() => wb.call('importPartners', [{ csv: FRENCH_EXCEL }, { "Catégorie d'acteur": '' }], { user: chargee })).toThrow(
      "Import impossible : associez une colonne au champ obligatoire « Type ». Rien n'a été importé.",
    );
    expect(values('Partenaires')).toEqual(before);
    expect(values('Journal')).toEqual(journal);
  });

  it('imports 1,000 rows in one execution with the same number of Sheets writes as 10 rows', () => {
    wb.world.log.reset();
    const small = wb.call('importPartners', [{ csv: csv(10, 0) }, {}], { user: chargee });
    const smallCalls = {
      sheets: wb.world.log.sheetsCalls(),
      setValues: wb.world.log.count('Range.setValues'),
      reads: wb.world.log.count('Sheet.getSheetValues'),
      snapshot: wb.world.log.snapshot(),
    };
    wb.world.log.reset();
    const big = wb.call('importPartners', [{ csv: csv(1000, 100) }, {}], { user: chargee });
    const bigCalls = {
      sheets: wb.world.log.sheetsCalls(),
      setValues: wb.world.log.count('Range.setValues'),
      reads: wb.world.log.count('Sheet.getSheetValues'),
      snapshot: wb.world.log.snapshot(),
    };
    expect(small.created).toBe(10);
    expect(big.created).toBe(1000);
    expect(big.errors).toEqual([]);
    // Blocks: the new rows, the Journal, then the priority and quadrant columns. Reads: Partenaires,
    // Contacts (their emails), and Interactions and Conventions (history of the priority score).
    expect(bigCalls.setValues).toBe(4);
    expect(bigCalls.reads).toBe(5); // + the Journal's header row
    // The only extra calls: Partenaires and Journal grow (insertRowsAfter) to hold 1,000 more rows.
    const extra = Object.fromEntries(
      Object.entries(bigCalls.snapshot)
        .filter(([k, n]) => n !== (smallCalls.snapshot[k] ?? 0))
        .map(([k, n]) => [k, n - (smallCalls.snapshot[k] ?? 0)]),
    );
    expect(extra).toEqual({ 'Sheet.insertRowsAfter': 2 });
    expect(bigCalls.sheets).toBe(smallCalls.sheets + 2);
    console.log(`importPartners, 1,000 rows: ${bigCalls.sheets} Sheets calls (10 rows: ${smallCalls.sheets}); ${JSON.stringify(bigCalls.snapshot)}`);
    expect(rowsOf('Partenaires')).toHaveLength(wb.partnerIds.length + 1010);
    expect(values('Journal').filter((j) => j[4] === 'création' && String(j[3]).startsWith('PAR-'))).toHaveLength(wb.partnerIds.length + 1010);
  });
});

describe('a large import sent with a request ID, as the sidebar sends it', () => {
  it('imports 1,000 rows, and the same request retried returns the same result without a second copy', () => {
    const requestId = 'import-1000-rows-test';
    const first = wb.call('importPartners', [{ csv: csv(1000, 300) }, {}, requestId], { user: chargee });
    expect(first.created).toBe(1000);
    const again = wb.call('importPartners', [{ csv: csv(1000, 300) }, {}, requestId], { user: chargee });
    expect(again.created).toBe(1000);
    expect(rowsOf('Partenaires')).toHaveLength(wb.partnerIds.length + 1000);
  });
});

describe('defaults and line errors', () => {
  it('gives an imported partner the fiche’s country (Mali) when its file says none, and keeps the one it names', () => {
    const file = ['Nom;Type;Pays', 'Association Kati;OSC;', 'Jeunes de Dakar;OSC;Sénégal'].join('\n');
    const r = wb.call('importPartners', [{ csv: file }, { Nom: 'name', Type: 'type', Pays: 'country' }], { user: chargee });
    const countries = r.ids.map((id) => rowsOf('Partenaires').find((p) => p.ID === id)!.Pays);
    expect(countries).toEqual(['Mali', 'Sénégal']);
    const without = wb.call('importPartners', [{ csv: 'Nom;Type\nAssociation Sikasso;OSC' }, { Nom: 'name', Type: 'type' }], { user: chargee });
    expect(rowsOf('Partenaires').find((p) => p.ID === without.ids[0])!.Pays).toBe('Mali');
  });

  it('a line with several errors names its line once, then each column', () => {
    const file = ['Nom;Type;Email', 'Association Koulikoro;Club;pas-un-email'].join('\n');
    const p = wb.call('previewImport', [{ csv: file }], { user: chargee });
    expect(p.rows[0]).toMatchObject({ line: 2 });
    expect(p.rows[0].errors.join(' ')).not.toMatch(/Ligne/);
    const r = wb.call('importPartners', [{ csv: file }, p.mapping], { user: chargee });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0].match(/Ligne/g)).toHaveLength(1);
    expect(r.errors[0]).toMatch(
      /^Ligne 2 : non importée — colonne « Type » : « Club » n'est pas valide .* colonne « Email » : « pas-un-email » n'est pas valide/,
    );
  });
});

describe('import from a sheet of the workbook', () => {
  beforeEach(() => {
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Ancien fichier');
      sheet.getRange(1, 1, 4, 4).setValues([
        ['Raison sociale', 'Sigle', 'Type de partenaire', 'Prochaine échéance'],
        ['Mairie de Gao', 'MG', 'Collectivité', new Date('2026-04-15T00:00:00Z')],
        ['', '', '', ''],
        ['Radio Klédu', '', 'Média', ''],
      ]);
    });
  });

  it('lists only the sheets that are not Pacte’s', () => {
    expect(wb.call('listImportableSheets', [], { user: chargee })).toEqual(['Ancien fichier']);
  });

  it('imports from it in one read, sheet rows as line numbers, dates kept', () => {
    const r = wb.call('importPartners', [{ sheetName: 'Ancien fichier' }, {}], { user: chargee });
    expect(r.created).toBe(1);
    expect(r.errors).toEqual([`Ligne 4 : non importée — doublon de ${radioKledu()} (Radio Klédu).`]);
    const gao = rowsOf('Partenaires').find((p) => p.ID === r.ids[0])!;
    expect(gao).toMatchObject({ Nom: 'Mairie de Gao', Type: 'Collectivité territoriale' });
    expect(gao['Prochaine échéance']).toBeInstanceOf(Object);
    const p = wb.call('previewImport', [{ sheetName: 'Ancien fichier' }], { user: chargee });
    expect(p.rows[0].values.nextDue).toBe('2026-04-15');
  });

  it('refuses a Pacte sheet or an unknown sheet', () => {
    expect(() => wb.call('previewImport', [{ sheetName: 'Partenaires' }], { user: chargee })).toThrow('« Partenaires » est une feuille de Pacte');
    expect(() => wb.call('previewImport', [{ sheetName: 'Nulle part' }], { user: chargee })).toThrow('la feuille « Nulle part » est introuvable');
  });
});
