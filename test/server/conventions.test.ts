/**
 * Conventions from templates through the built bundle: the generated Doc (text, tables,
 * formatting), its PDF, versions v1/v2 kept, commitments in Engagements, Journal, validation
 * errors, user-edited and broken templates, minutes, and the Docs call counts.
 */
import { snapshotWorld } from '../../src/dev/emulator';
import type { ParamsOf } from '../../src/domain/contracts/api';
import type { TableSpec } from '../../src/domain/schema/field';
import { CONVENTIONS, OPPORTUNITIES, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { byHeader, values, seedRows } from '../support/demo-sheets';
import { DOCS_CALL_PREFIXES } from '../support/docs-calls';
import { tablesOf } from '../support/doc-read';
import { FOUNDATION, workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { ORGANISATION, USERS, seededPerFile } from '../support/workbooks';

let wb: OpportunityWorkbook;
let partnerId: string;
let otherPartnerId: string;
let opportunityId: string;
let otherOpportunityId: string;

const PARTNER_NAME = FOUNDATION.name;

const seed = (spec: TableSpec, inputs: Record<string, unknown>[]): string[] => seedRows(wb, spec, inputs);

const sheet = (name: string): unknown[][] => values(wb, name);
const rowsOf = (name: string): Record<string, unknown>[] => byHeader(sheet(name));
const journal = () => rowsOf('Journal');
const driveCount = () => wb.world.drive.files.size;

const commitments = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    kind: i % 3 === 0 ? 'Versement' : i % 3 === 1 ? 'Rapport' : 'Livrable',
    label: i === 0 ? 'Première tranche' : `Engagement n° ${i + 1}`,
    due: `2026-${String(4 + (i % 8)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    party: i % 2 ? 'Nous' : 'Partenaire',
    owner: USERS.officer,
    amount: i % 3 === 0 ? 500000 : '',
  }));

type ConventionInput = ParamsOf<'generateConvention'>[0];
const draft = (over: Partial<ConventionInput> = {}): ConventionInput => ({
  partnerId,
  opportunityId,
  type: 'Convention de partenariat',
  startDate: '2026-03-01',
  endDate: '2027-02-28',
  amount: 1500000,
  inKind: null,
  purpose: 'former 500 jeunes leaders de Mopti au dialogue intercommunautaire',
  commitments: [
    { kind: 'Versement', label: 'Première tranche', due: '2026-04-15', party: 'Partenaire', owner: USERS.officer, amount: 750000 },
    { kind: 'Rapport', label: 'Rapport intermédiaire', due: '30/09/2026', party: 'Nous', owner: USERS.otherOfficer },
    { kind: 'Livrable', label: 'Forum régional de la jeunesse', due: '2026-12-10', party: 'Nous' },
  ],
  ...over,
});

const generate = (d: ConventionInput, user: string = USERS.officer) => wb.call('generateConvention', [d], { user });

interface DocView {
  name: string;
  text: string;
  header: string;
  tables: string[][][];
  folder: string;
  parentFolder: string;
  boldAt: (needle: string) => boolean | null;
}

const docId = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];

function openDoc(url: string): DocView {
  return wb.world.inspect(() => {
    const doc = DocumentApp.openById(docId(url));
    const body = doc.getBody();
    const tables = tablesOf(body);
    const folder = DriveApp.getFileById(doc.getId()).getParents().next();
    const boldAt = (needle: string): boolean | null => {
      const found = body.findText(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      return found ? found.getElement().asText().isBold(found.getStartOffset()) : null;
    };
    return {
      name: doc.getName(),
      text: body.getText(),
      header: doc.getHeader()?.getText() ?? '',
      tables,
      folder: folder.getName(),
      parentFolder: folder.getParents().next().getName(),
      boldAt,
    };
  }, USERS.officer);
}

const filesIn = (folderName: string): string[] =>
  wb.world.inspect(() => {
    const folder = DriveApp.getFoldersByName(folderName).next();
    const out: string[] = [];
    const it = folder.getFiles();
    while (it.hasNext()) out.push(it.next().getName());
    return out.sort();
  });

const templateId = (key: string) => wb.call('listTemplates', [], { user: USERS.officer }).find((t) => t.key === key)!.docId;

/** Seeded once for the file; every test starts from this state, restored. */
const seeded = seededPerFile(() => {
  wb = workbookWithOpportunity();
  ({ partnerId, opportunityId } = wb);
  // Another partner with its own opportunity: a convention must not draw on it.
  [otherPartnerId] = seed(PARTNERS, [{ name: 'Mairie de Ségou', type: 'Collectivité territoriale', region: 'Ségou', country: 'Mali' }]);
  [otherOpportunityId] = seed(OPPORTUNITIES, [{ partnerId: otherPartnerId, title: 'Maison des jeunes', stage: 'Contact' }]);
  seed(SETTINGS, [
    { section: 'Général', key: 'Adresse', value: 'Hamdallaye ACI 2000, Bamako' },
    { section: 'Général', key: 'Ville', value: 'Bamako' },
    { section: 'Général', key: 'Représentant', value: 'Fatoumata Coulibaly' },
    { section: 'Général', key: 'Fonction du représentant', value: 'Directrice exécutive' },
  ]);
  wb.world.log.reset();
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

describe('generateConvention', () => {
  it('creates v1: Doc in the partner folder, filled in French, commitments table, bold kept, PDF, sheets and Journal', () => {
    const detail = generate(draft());
    const id = detail.convention.id;
    expect(id).toMatch(/^CONV-\d{4}$/);
    expect(detail.convention).toMatchObject({
      partnerId,
      partnerName: PARTNER_NAME,
      opportunityId,
      type: 'Convention de partenariat',
      version: 1,
      status: 'Brouillon',
      amount: 1500000,
    });
    expect(detail.versions).toEqual([
      {
        version: 1,
        docUrl: detail.convention.docUrl,
        pdfUrl: detail.convention.pdfUrl,
        generatedBy: USERS.officer,
        generatedAt: expect.stringMatching(/^2026-03-12/),
      },
    ]);
    expect(detail.commitments.map((c) => [c.label, c.due, c.status])).toEqual([
      ['Première tranche', '2026-04-15', 'À venir'],
      ['Rapport intermédiaire', '2026-09-30', 'À venir'],
      ['Forum régional de la jeunesse', '2026-12-10', 'À venir'],
    ]);

    const doc = openDoc(detail.convention.docUrl);
    expect(doc.name).toBe(`${id} v1 — ${PARTNER_NAME} — Convention de partenariat`);
    expect(doc.folder).toBe(`${partnerId} ${PARTNER_NAME}`);
    expect(doc.parentFolder).toBe(`Pacte — ${ORGANISATION}`);
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
    expect(doc.text).toContain('CONVENTION DE PARTENARIAT');
    expect(doc.text).toContain(`entre ${ORGANISATION} et ${PARTNER_NAME}`);
    expect(doc.text).toContain(`N° ${id} — version 1 du 12 mars 2026`);
    expect(doc.text).toContain(
      `${ORGANISATION}, ayant son siège à Hamdallaye ACI 2000, Bamako, agissant par l’intermédiaire de Fatoumata Coulibaly, Directrice exécutive`,
    );
    expect(doc.text).toContain(
      `${PARTNER_NAME} (FJS), Fondation ayant son siège à Mopti, Mali, agissant par l’intermédiaire de Aminata Diallo, Directrice exécutive`,
    );
    expect(doc.text).toContain('Considérant les échanges menés entre les Parties dans le cadre de l’initiative « Paix et jeunesse à Mopti » ;');
    expect(doc.text).toContain('en vue de : former 500 jeunes leaders de Mopti au dialogue intercommunautaire.');
    expect(doc.text).toContain('prend effet le 1er mars 2026 et prend fin le 28 février 2027, soit un (1) an.');
    expect(doc.text).toContain('d’un montant de 1\u00a0500\u00a0000\u00a0FCFA (un million cinq cent mille francs CFA)');
    expect(doc.text).not.toContain('Contribution en nature.');
    expect(doc.text).not.toContain('aucun transfert financier');
    expect(doc.text).not.toContain('plan de travail annexé');
    expect(doc.text).toContain('Fait à Bamako, le ____________________');
    expect(doc.header).toBe(`${ORGANISATION} · Convention de partenariat ${id} · version 1`);

    const [commitmentsTable, signatures] = doc.tables;
    expect(commitmentsTable).toEqual([
      ['N°', 'Nature', 'Engagement', 'Partie', 'Échéance', 'Montant'],
      ['1', 'Versement', 'Première tranche', 'FJS', '15 avril 2026', '750\u00a0000\u00a0FCFA'],
      ['2', 'Rapport', 'Rapport intermédiaire', ORGANISATION, '30 septembre 2026', '—'],
      ['3', 'Livrable', 'Forum régional de la jeunesse', ORGANISATION, '10 décembre 2026', '—'],
    ]);
    expect(signatures[0]).toEqual([`Pour ${ORGANISATION}`, `Pour ${PARTNER_NAME}`]);
    expect(signatures[1]).toEqual(['Fatoumata Coulibaly', 'Aminata Diallo']);
    // Bold placeholders stay bold: the commitment labels, the parties' names, the amount.
    expect(doc.boldAt('Forum régional de la jeunesse')).toBe(true);
    expect(doc.boldAt('Rapport intermédiaire')).toBe(true);
    expect(doc.boldAt('30 septembre 2026')).toBeFalsy();
    expect(doc.boldAt('1\u00a0500\u00a0000\u00a0FCFA')).toBe(true);
    expect(doc.boldAt('un million cinq cent mille')).toBeFalsy();

    expect(filesIn(`${partnerId} ${PARTNER_NAME}`)).toEqual([
      `${id} v1 — ${PARTNER_NAME} — Convention de partenariat`,
      `${id} v1 — ${PARTNER_NAME} — Convention de partenariat.pdf`,
    ]);
    const pdf = wb.world.inspect(() => DriveApp.getFileById(docId(detail.convention.pdfUrl.replace('/file/d/', '/d/'))).getMimeType());
    expect(pdf).toBe('application/pdf');

    const conv = rowsOf('Conventions').find((r) => r.ID === id)!;
    expect(conv).toMatchObject({
      'ID partenaire': partnerId,
      Version: 1,
      Statut: 'Brouillon',
      'Lien Doc': detail.convention.docUrl,
      'Lien PDF': detail.convention.pdfUrl,
      Objet: draft().purpose,
      Devise: 'XOF',
    });
    expect(rowsOf('Engagements').filter((r) => r['ID convention'] === id)).toHaveLength(3);
    const versions = rowsOf('Versions');
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ 'ID convention': id, Version: 1, Modèle: 'Convention de partenariat', 'Généré par': USERS.officer });
    expect(versions[0]['Données utilisées']).toBe(
      `modèle « Convention de partenariat » ; partenaire ${partnerId} ${PARTNER_NAME} ; opportunité ${opportunityId} ; du 1er mars 2026 au 28 février 2027 ; montant 1\u00a0500\u00a0000\u00a0FCFA ; 3 engagements`,
    );
    const generation = journal().filter((j) => j.Action === 'génération' && j.ID === id);
    expect(generation.map((j) => [j.Utilisateur, j.Champ])).toEqual([
      [USERS.officer, 'Lien Doc'],
      [USERS.officer, 'Lien PDF'],
      [USERS.officer, 'version 1'],
    ]);
    expect(generation.find((j) => j.Champ === 'version 1')!.Après).toContain(`« ${id} v1 — ${PARTNER_NAME} — Convention de partenariat »`);
    expect(generation.find((j) => j.Champ === 'version 1')!.Après).toContain('3 engagements');
    // Templates created on first use, recorded in Paramètres › Modèles.
    expect(
      rowsOf('Paramètres')
        .filter((r) => r.Section === 'Modèles')
        .map((r) => r['Clé']),
    ).toEqual(['Convention de partenariat']);
  });

  it('v2 keeps v1 (Doc and PDF untouched), goes back to Brouillon, replaces the commitments and journals it', () => {
    const v1 = generate(draft());
    const id = v1.convention.id;
    wb.world.run(() =>
      SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin), CONVENTIONS).update(id, { status: 'En validation' }),
    );
    const [first, second, third] = v1.commitments;
    const v2 = generate(
      draft({
        id,
        amount: 2000000,
        commitments: [
          { id: first.id, label: 'Première tranche (révisée)', amount: 1000000 },
          { id: second.id },
          { kind: 'Activité', label: 'Atelier de lancement', due: '2026-05-05', party: 'Nous' },
        ],
      }),
    );
    expect(v2.convention).toMatchObject({ id, version: 2, status: 'Brouillon', amount: 2000000 });
    expect(v2.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(v2.convention.docUrl).not.toBe(v1.convention.docUrl);
    expect(v2.versions[0].docUrl).toBe(v1.convention.docUrl);

    const old = openDoc(v1.convention.docUrl);
    expect(old.name).toBe(`${id} v1 — ${PARTNER_NAME} — Convention de partenariat`);
    expect(old.text).toContain('un million cinq cent mille francs CFA');
    const doc = openDoc(v2.convention.docUrl);
    expect(doc.name).toBe(`${id} v2 — ${PARTNER_NAME} — Convention de partenariat`);
    expect(doc.text).toContain(`N° ${id} — version 2`);
    expect(doc.text).toContain('(deux millions de francs CFA)');
    expect(doc.tables[0].slice(1).map((r) => [r[2], r[5]])).toEqual([
      ['Première tranche (révisée)', '1\u00a0000\u00a0000\u00a0FCFA'],
      ['Rapport intermédiaire', '—'],
      ['Atelier de lancement', '—'],
    ]);
    expect(filesIn(`${partnerId} ${PARTNER_NAME}`)).toHaveLength(4);

    const engagements = rowsOf('Engagements').filter((r) => r['ID convention'] === id);
    expect(engagements.map((r) => [r.ID, r['Libellé'], r.Statut])).toEqual([
      [first.id, 'Première tranche (révisée)', 'À venir'],
      [second.id, 'Rapport intermédiaire', 'À venir'],
      [third.id, 'Forum régional de la jeunesse', 'Annulé'],
      [expect.stringMatching(/^ENG-/), 'Atelier de lancement', 'À venir'],
    ]);
    expect(v2.commitments.find((c) => c.id === third.id)!.status).toBe('Annulé');
    const j = journal();
    expect(j.filter((e) => e.ID === first.id && e.Action === 'version 2').map((e) => [e.Champ, e.Avant, e['Après']])).toEqual([
      ['Libellé', 'Première tranche', 'Première tranche (révisée)'],
      ['Montant', '750000', '1000000'],
    ]);
    expect(j.find((e) => e.ID === third.id && e.Action === 'retiré de la version 2')).toMatchObject({ Avant: 'À venir', Après: 'Annulé' });
    expect(j.find((e) => e.ID === third.id && e.Champ === 'Motif d’annulation')).toMatchObject({ Après: 'retiré en v2' });
    expect(j.filter((e) => e.ID === id && e.Action === 'version 2').map((e) => e.Champ)).toEqual(
      expect.arrayContaining(['Version', 'Statut', 'Montant', 'Lien Doc', 'Lien PDF']),
    );
    expect(rowsOf('Versions').map((r) => r.Version)).toEqual([1, 2]);
  });

  it('refuses a bad draft with every problem named (commitment and column), and writes nothing', () => {
    generate(draft());
    wb.call('prepareTemplates', [], { user: USERS.officer });
    const before = {
      conventions: sheet('Conventions').length,
      engagements: sheet('Engagements').length,
      files: driveCount(),
      journal: sheet('Journal').length,
    };
    const bad = draft({
      opportunityId: otherOpportunityId,
      startDate: '2026-06-01',
      endDate: '2026-05-01',
      amount: -5,
      commitments: [
        ...(draft().commitments ?? []).slice(0, 1),
        { kind: 'Rapport', label: 'Rapport final', due: '31/02/2026' },
        { kind: 'Cadeau', label: '', due: '2026-07-01' },
      ],
    });
    let message = '';
    try {
      generate(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(
      `Convention, champ « Opportunité » : l'opportunité ${otherOpportunityId} (« Maison des jeunes ») appartient à un autre partenaire (${otherPartnerId}).`,
    );
    expect(message).toContain('Convention, champ « Date de fin » : le 1er mai 2026 est avant la date de début (1er juin 2026).');
    expect(message).toContain(
      "Convention, champ « Montant » : « -5 » n'est pas valide (attendu : un montant entre 0 et 1 000 000 000 000, par exemple 1 500 000 ou 12,5 millions).",
    );
    expect(message).toContain("Engagement 2, colonne « Échéance » : « 31/02/2026 » n'est pas valide (attendu : une date au format JJ/MM/AAAA).");
    expect(message).toContain("Engagement 3, colonne « Nature » : « Cadeau » n'est pas valide");
    expect(message).toContain('Engagement 3, colonne « Libellé » : ce champ est obligatoire.');
    expect(() => generate(draft({ partnerId: 'PAR-9999' }))).toThrow("Convention, champ « Partenaire » : le partenaire PAR-9999 n'existe pas");
    // What a page could send but no signature allows.
    expect(() => wb.callRaw('generateConvention', [{ ...draft(), commitments: 'x' }], { user: USERS.officer })).toThrow(
      'Argument « la convention » › « les engagements » : une liste d’au plus 500 éléments attendu, reçu « x ».',
    );
    expect(() => generate(draft({ type: 'Accord de financement', amount: null }))).toThrow(
      "Pour générer « Accord de financement », complétez d'abord : le montant.",
    );
    expect({
      conventions: sheet('Conventions').length,
      engagements: sheet('Engagements').length,
      files: driveCount(),
      journal: sheet('Journal').length,
    }).toEqual(before);
  });

  it('only editors generate; readers get a French refusal', () => {
    expect(() => generate(draft(), USERS.reader)).toThrow(/Accès refusé : cette action est réservée aux rôles admin, chargé/);
    expect(wb.call('listConventions', [], { user: USERS.reader })).toEqual([]);
  });
});

describe('templates edited by the organisation', () => {
  const edit = (key: string, fn: (body: GoogleAppsScript.Document.Body) => void) =>
    wb.world.run(
      () => {
        const doc = DocumentApp.openById(templateId(key));
        fn(doc.getBody());
        doc.saveAndClose();
      },
      { user: USERS.officer },
    );

  const paragraphIndex = (body: GoogleAppsScript.Document.Body, start: string): number => {
    for (let i = 0; i < body.getNumChildren(); i++) if (body.getChild(i).asParagraph().getText().startsWith(start)) return i;
    throw new Error(`no paragraph starting with ${start}`);
  };

  it('moved placeholders, a placeholder split across formatting runs and Text elements, a deleted conditional section', () => {
    wb.call('prepareTemplates', [], { user: USERS.officer });
    edit('convention', (body) => {
      // Moved: the purpose sentence goes to the end of the preamble, reworded by the user.
      const i = paragraphIndex(body, 'La présente convention a pour objet');
      body.removeChild(body.getChild(i));
      const moved = body.insertParagraph(paragraphIndex(body, 'Il a été convenu'), '');
      // Split across formatting runs: "{{conven" bold, "tion.objet}}" plain (one Text element).
      moved.setText('Objet convenu : {{convention.objet}} — signé avec {{partenaire.nom}}.');
      moved.editAsText().setBold(16, 23, true);
      // Split across two Text elements.
      const split = body.insertParagraph(paragraphIndex(body, 'Il a été convenu'), 'Montant : {{convention.mon');
      split.appendText('tant}} versé au partenaire').setItalic(true);
      // Deleted conditional section: the user removed the « sans engagement » sentence and its markers.
      body.removeChild(body.getChild(paragraphIndex(body, '{{#si sans_engagement}}')));
    });
    expect(wb.call('checkTemplate', ['convention'], { user: USERS.officer })).toEqual([]);

    const detail = generate(draft({ commitments: [] }));
    const doc = openDoc(detail.convention.docUrl);
    expect(doc.text).toContain(
      'Objet convenu : former 500 jeunes leaders de Mopti au dialogue intercommunautaire — signé avec Fondation pour la jeunesse sahélienne.',
    );
    expect(doc.text).toContain('Montant : 1\u00a0500\u00a0000\u00a0FCFA versé au partenaire');
    expect(doc.text).not.toContain('plan de travail annexé');
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
    // The bold first character of the split placeholder: the whole value is bold, the rest is not.
    expect(doc.boldAt('former 500 jeunes')).toBe(true);
    expect(doc.boldAt('— signé avec')).toBeFalsy();
    // No commitment: the commitments table and its section are gone, the signature table remains.
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0][0]).toEqual([`Pour ${ORGANISATION}`, `Pour ${PARTNER_NAME}`]);
  });

  it('a broken template is refused with each placeholder and its location; nothing is created', () => {
    wb.call('prepareTemplates', [], { user: USERS.officer });
    edit('convention', (body) => {
      body.insertParagraph(paragraphIndex(body, 'Article 1 — Objet') + 1, 'Le partenaire {{partenaire.nomm}} accepte.');
      body.insertParagraph(paragraphIndex(body, 'Article 2 — Durée') + 1, '{{#si contribution_nature}}');
      const table = body.getTables()[0].asTable();
      table.getCell(1, 4).editAsText().setText('{{engagement.echeance}} {{/si}}');
    });
    const problems = wb.call('checkTemplate', ['convention'], { user: USERS.officer });
    expect(problems.map((p) => [p.placeholder, p.location])).toEqual([
      ['{{partenaire.nomm}}', expect.stringMatching(/^paragraphe \d+$/)],
      ['{{/si}}', 'tableau 1, ligne 2'],
      ['{{#si contribution_nature}}', expect.stringMatching(/^paragraphe \d+$/)],
    ]);
    expect(problems[0].message).toContain('vouliez-vous dire {{partenaire.nom}}');
    expect(problems[1].message).toContain('ne correspond pas au bloc ouvert {{#chaque engagement}}');
    expect(problems[2].message).toContain("n'est jamais fermé");

    const files = driveCount();
    const conventions = sheet('Conventions').length;
    expect(() => generate(draft())).toThrow(
      /^Le modèle « Convention de partenariat » ne peut pas être utilisé \(3 problèmes\) ; aucun document n'a été créé :\n• paragraphe \d+ — Champ inconnu \{\{partenaire\.nomm\}\}/,
    );
    expect(driveCount()).toBe(files);
    expect(sheet('Conventions').length).toBe(conventions);
  });
});

describe('minutes, lists and templates', () => {
  it('attaches a generated PV and a linked arbitration note, listed in the detail and journaled', () => {
    const { convention } = generate(draft());
    const pv = wb.call(
      'attachMinutes',
      [
        convention.id,
        { kind: 'PV', title: 'Réunion de lancement', date: '16/03/2026', body: 'Les Parties ont validé le plan de travail.\nProchaine réunion en juin.' },
      ],
      { user: USERS.officer },
    );
    expect(pv.name).toBe(`${convention.id} — PV — Réunion de lancement — 16 mars 2026`);
    const doc = openDoc(pv.url);
    expect(doc.folder).toBe(`${partnerId} ${PARTNER_NAME}`);
    expect(doc.text).toContain('PROCÈS-VERBAL\nRéunion de lancement');
    expect(doc.text).toContain('Les Parties ont validé le plan de travail.');
    expect(doc.tables[0][1]).toEqual(['Convention', `${convention.id} — Convention de partenariat (version 1, statut : Brouillon)`]);
    const link = wb.call(
      'attachMinutes',
      [convention.id, { kind: 'Arbitrage', title: 'Arbitrage DG sur le budget', date: '2026-03-20', url: 'https://drive.google.com/file/d/abc/view' }],
      { user: USERS.officer },
    );
    expect(link).toEqual({ name: 'Arbitrage — Arbitrage DG sur le budget', url: 'https://drive.google.com/file/d/abc/view' });
    expect(() => wb.callRaw('attachMinutes', [convention.id, { kind: 'Mémo', title: 'x', date: '2026-03-20' }], { user: USERS.officer })).toThrow(
      'Argument « la pièce jointe » › « type » : une valeur parmi : PV, Note de synthèse, Arbitrage attendu, reçu « Mémo ».',
    );
    expect(() => wb.call('attachMinutes', [convention.id, { kind: 'PV', title: 'x', date: '35/03/2026' }], { user: USERS.officer })).toThrow(
      "Pièce jointe, champ « Date » : « 35/03/2026 » n'est pas une date valide",
    );

    const detail = wb.call('getConvention', [convention.id], { user: USERS.legal });
    expect(detail.attachments).toEqual([
      { name: 'PV — Réunion de lancement (16 mars 2026)', url: pv.url },
      { name: 'Arbitrage — Arbitrage DG sur le budget (20 mars 2026)', url: link.url },
    ]);
    expect(
      journal()
        .filter((j) => j.Action === 'pièce jointe')
        .map((j) => j.Champ),
    ).toEqual(['PV', 'Arbitrage']);
  });

  it('lists conventions and templates; getConvention validates its argument', () => {
    const a = generate(draft());
    const b = generate(draft({ partnerId: otherPartnerId, opportunityId: '', type: 'Protocole d’accord (MoU)', amount: null, commitments: [] }));
    const list = wb.call('listConventions', [], { user: USERS.reader });
    expect(list.map((c) => [c.id, c.partnerName, c.type, c.version, c.status])).toEqual([
      [b.convention.id, 'Mairie de Ségou', 'Protocole d’accord (MoU)', 1, 'Brouillon'],
      [a.convention.id, PARTNER_NAME, 'Convention de partenariat', 1, 'Brouillon'],
    ]);
    const mou = openDoc(b.convention.docUrl);
    expect(mou.text).toContain('PROTOCOLE D’ACCORD (MEMORANDUM OF UNDERSTANDING)');
    expect(mou.text).toContain(`entre ${ORGANISATION} et Mairie de Ségou`);
    expect(mou.text).toContain('Mairie de Ségou, Collectivité territoriale');
    expect(mou.text).toContain('La présente convention n’emporte aucun transfert financier');
    expect(mou.text).toContain('Les engagements détaillés des Parties feront l’objet d’un plan de travail annexé');
    const templates = wb.call('listTemplates', [], { user: USERS.reader });
    expect(templates.map((t) => [t.key, t.name, t.docId !== ''])).toEqual([
      ['convention', 'Convention de partenariat', true],
      ['mou', 'Protocole d’accord (MoU)', true],
      ['financement', 'Accord de financement', false],
      ['avenant', 'Avenant', false],
      ['pv', 'Procès-verbal', false],
      ['note-synthese', 'Note de synthèse', false],
      ['rapport-cloture', 'Rapport de clôture', false],
      ['rapport', 'Rapport', false],
      ['ordre-du-jour', 'Ordre du jour', false],
      ['compte-rendu', 'Compte rendu', false],
    ]);
    expect(() => wb.call('getConvention', ['PAR-0001'], { user: USERS.reader })).toThrow("Conventions : aucun enregistrement avec l'ID « PAR-0001 ».");
    expect(() => wb.callRaw('getConvention', [12], { user: USERS.reader })).toThrow(
      'Argument « la convention » : un identifiant comme CONV-0001 attendu, reçu 12.',
    );
    expect(() => wb.callRaw('checkTemplate', ['lettre'], { user: USERS.officer })).toThrow(
      'Argument « le modèle » : une valeur parmi : convention, mou, financement, avenant, pv, note-synthese, rapport-cloture, rapport, ordre-du-jour, compte-rendu attendu, reçu « lettre ».',
    );
  });
});

describe('Docs calls', () => {
  function measure(n: number): { docs: number; sheets: number; perMethod: Record<string, number> } {
    wb.call('prepareTemplates', [], { user: USERS.officer });
    wb.world.log.reset();
    generate(draft({ commitments: commitments(n) }));
    const snapshot = wb.world.log.snapshot();
    return {
      docs: wb.world.log.total(...DOCS_CALL_PREFIXES),
      sheets: wb.world.log.sheetsCalls(),
      perMethod: Object.fromEntries(Object.entries(snapshot).filter(([k]) => DOCS_CALL_PREFIXES.some((p) => k.startsWith(p)))),
    };
  }

  it('50 commitments: a bounded number of Docs calls, growing by a constant per row (no per-character edits)', () => {
    // Both measured from the same workbook: the first generation's Drive folders do not count twice.
    const before = snapshotWorld(wb.world);
    const ten = measure(10);
    before.restore();
    const fifty = measure(50);
    const perRow = (fifty.docs - ten.docs) / 40;
    // Per commitment: TableRow.copy, Table.insertTableRow, then per cell of the row (6) getCell and
    // editAsText, 3 edits per value (6) and 1 per marker cut (2): values are written by offsets,
    // never as a replaceText replacement (8 per row when they were: copy, insert, 6 replaceText).
    expect(perRow).toBe(34);
    expect(fifty.perMethod['TableRow.copy']).toBe(50);
    expect(fifty.perMethod['Table.insertTableRow']).toBe(50);
    expect(fifty.perMethod['TableCell.editAsText']).toBe(300);
    expect(Object.keys(fifty.perMethod).filter((k) => k.endsWith('.replaceText'))).toEqual([]);
    expect(fifty.perMethod['Text.insertText']).toBe(ten.perMethod['Text.insertText'] + 40 * 6);
    // Fixed part (template read, copy, fill): 336 with one replaceText per placeholder, 466 since
    // each value is written by offsets (3 edits per occurrence, and its paragraph's editAsText),
    // 467 since the PDF is Document.getAs (no Drive scope needed) instead of File.getAs.
    expect(fifty.docs - 50 * perRow).toBeLessThanOrEqual(467);
    expect(fifty.docs).toBeLessThan(2300);
    expect(fifty.perMethod['Body.getText']).toBe(1);
    expect(fifty.perMethod['Paragraph.getText']).toBeLessThanOrEqual(29); // only paragraphs holding {{…}} (was 58: every one)
    expect(fifty.sheets).toBe(ten.sheets);
    console.log(
      `Docs calls to generate a convention: ${ten.docs} (10 commitments), ${fifty.docs} (50 commitments); Sheets calls: ${fifty.sheets}`,
      fifty.perMethod,
    );
  });
});
