/**
 * Conventions, checked requirement by requirement on the BUILT bundle: what the first suites did not prove yet — a PDF per
 * version (its own content), who generated what from which data (Journal + Versions), minutes
 * generated from both templates or linked (and the link checked), a missing value reported
 * with its location, and the whole life of a generated convention: circuit restarted by a new
 * version, only the awaited role's holder acting, notifications once, signatures with an
 * uploaded PDF, activation, expiry at the end date by the daily job.
 */
import type { ParamsOf } from '../../src/domain/contracts/api';
import { _outbox } from '../../src/dev/emulator/mail';
import { _advanceTime } from '../../src/dev/emulator/script';
import { addRoles } from './approval-fixture';
import { byHeader, values } from '../support/demo-sheets';
import { FOUNDATION, workbookWithOpportunity, type OpportunityWorkbook } from '../support/convention-workbooks';
import { ORGANISATION, USERS, seededPerFile } from '../support/workbooks';

const { admin, officer: chargee, otherOfficer: charge, legal: juridique, finance: daf, reader: lecteur } = USERS;
const DAY = 24 * 3600 * 1000;
const PARTNER_NAME = FOUNDATION.name;
let wb: OpportunityWorkbook;
let partnerId: string;
let opportunityId: string;

const rowsOf = (name: string): Record<string, unknown>[] => byHeader(values(wb, name));
const journal = () => rowsOf('Journal');
const fileId = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];
const driveCount = () => wb.world.drive.files.size;

interface StoredFile {
  name: string;
  mimeType: string;
  folder: string;
  content: string;
}
const stored = (url: string): StoredFile =>
  wb.world.inspect(() => {
    const f = DriveApp.getFileById(fileId(url));
    return {
      name: f.getName(),
      mimeType: f.getMimeType(),
      folder: f.getParents().next().getName(),
      content: Buffer.from(
        f
          .getBlob()
          .getBytes()
          .map((b) => b & 0xff),
      ).toString('latin1'),
    };
  }, chargee);
const docText = (url: string): { text: string; header: string; tables: string[][][] } =>
  wb.world.run(
    () => {
      const doc = DocumentApp.openById(fileId(url));
      const tables = doc
        .getBody()
        .getTables()
        .map((t) => Array.from({ length: t.getNumRows() }, (_, r) => Array.from({ length: t.getRow(r).getNumCells() }, (_, c) => t.getCell(r, c).getText())));
      return { text: doc.getBody().getText(), header: doc.getHeader()?.getText() ?? '', tables };
    },
    { user: chargee },
  );

type ConventionInput = ParamsOf<'generateConvention'>[0];
const draft = (over: Partial<ConventionInput> = {}): ConventionInput => ({
  partnerId,
  opportunityId,
  type: 'Convention de partenariat',
  startDate: '2026-03-01',
  endDate: '2026-06-30',
  amount: 1500000,
  inKind: null,
  purpose: 'former 500 jeunes leaders de Mopti au dialogue intercommunautaire',
  commitments: [
    { kind: 'Versement', label: 'Première tranche', due: '2026-04-15', party: 'Partenaire', owner: chargee, amount: 750000 },
    { kind: 'Rapport', label: 'Rapport final', due: '2026-06-30', party: 'Nous', owner: charge },
  ],
  ...over,
});
const generate = (d: ConventionInput, user: string = chargee) => wb.call('generateConvention', [d], { user });
const attach = (id: string, input: ParamsOf<'attachMinutes'>[1], user: string = chargee) => wb.call('attachMinutes', [id, input], { user });
const pdfFile = (name: string) => ({ name, mimeType: 'application/pdf', base64: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`).toString('base64') });

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = workbookWithOpportunity(); // 12 March 2026
  ({ partnerId, opportunityId } = wb);
  return wb;
});

describe('each version has its own PDF; the Journal records who generated what from which data', () => {
  it('v1 by one editor, v2 by another: two PDFs of their own Doc, Versions rows and Journal entries naming user, template and data', () => {
    const v1 = generate(draft());
    const id = v1.convention.id;
    const v2 = generate(draft({ id, amount: 2000000, commitments: [{ id: v1.commitments[0].id }] }), admin);

    expect(v2.versions.map((v) => [v.version, v.generatedBy])).toEqual([
      [1, chargee],
      [2, admin],
    ]);
    const [p1, p2] = v2.versions.map((v) => v.pdfUrl);
    expect(p1).not.toBe(p2);
    expect(v2.convention.pdfUrl).toBe(p2);
    const pdf1 = stored(p1);
    const pdf2 = stored(p2);
    expect([pdf1.mimeType, pdf2.mimeType]).toEqual(['application/pdf', 'application/pdf']);
    expect([pdf1.name, pdf2.name]).toEqual([
      `${id} v1 — ${PARTNER_NAME} — Convention de partenariat.pdf`,
      `${id} v2 — ${PARTNER_NAME} — Convention de partenariat.pdf`,
    ]);
    expect([pdf1.folder, pdf2.folder]).toEqual([`${partnerId} ${PARTNER_NAME}`, `${partnerId} ${PARTNER_NAME}`]);
    // Each PDF is the export of its own version (the emulator's PDF keeps the text searchable).
    expect(pdf1.content.startsWith('%PDF-')).toBe(true);
    expect(pdf1.content).toContain(`${id} \x97 version 1`);
    expect(pdf1.content).toContain('un million cinq cent mille francs CFA');
    expect(pdf2.content).toContain(`${id} \x97 version 2`);
    expect(pdf2.content).toContain('deux millions de francs CFA');
    expect(pdf2.content).not.toContain('un million cinq cent mille');
    // The v1 files were not touched by v2.
    expect(docText(v2.versions[0].docUrl).text).toContain(`N° ${id} — version 1`);

    const versions = rowsOf('Versions');
    expect(versions.map((r) => [r.Version, r['Généré par'], r['Lien Doc'], r['Lien PDF'], r.Modèle])).toEqual([
      [1, chargee, v2.versions[0].docUrl, p1, 'Convention de partenariat'],
      [2, admin, v2.versions[1].docUrl, p2, 'Convention de partenariat'],
    ]);
    expect(versions[1]['Données utilisées']).toBe(
      `modèle « Convention de partenariat » ; partenaire ${partnerId} ${PARTNER_NAME} ; opportunité ${opportunityId} ; du 1er mars 2026 au 30 juin 2026 ; montant 2\u00a0000\u00a0000\u00a0FCFA ; 1 engagement`,
    );
    const generated = journal().filter((j) => j.ID === id && j.Action === 'génération' && String(j.Champ).startsWith('version'));
    expect(generated.map((j) => [j.Utilisateur, j.Champ])).toEqual([
      [chargee, 'version 1'],
      [admin, 'version 2'],
    ]);
    const after = String(generated[1]['Après']);
    expect(after).toContain(`« ${id} v2 — ${PARTNER_NAME} — Convention de partenariat » ${v2.convention.docUrl} (PDF ${p2})`);
    expect(after).toContain(`modèle « Convention de partenariat » ; partenaire ${partnerId} ${PARTNER_NAME} ; opportunité ${opportunityId}`);
    expect(after).toContain('montant 2\u00a0000\u00a0000\u00a0FCFA ; 1 engagement');
    // The changed fields of the row, by the v2 author.
    expect(
      journal()
        .filter((j) => j.ID === id && j.Action === 'version 2' && j.Champ === 'Montant')
        .map((j) => [j.Utilisateur, j.Avant, j['Après']]),
    ).toEqual([[admin, '1500000', '2000000']]);
  });
});

describe('minutes: Docs generated from the PV or note template, or linked files', () => {
  it('a note de synthèse and an arbitration with content are Docs from the note template; a PV from the PV template', () => {
    const { convention } = generate(draft());
    const note = attach(convention.id, {
      kind: 'Note de synthèse',
      title: 'Synthèse des négociations',
      date: '2026-03-18',
      body: 'Accord sur le budget.\nPoints ouverts : calendrier des tranches.',
    });
    const arbitration = attach(convention.id, { kind: 'Arbitrage', title: 'Arbitrage du DG', date: '19/03/2026', body: 'Le DG retient la tranche unique.' });
    const pv = attach(convention.id, { kind: 'PV', title: 'Comité de pilotage', date: '2026-03-20', body: 'Le comité approuve le plan.' });

    const n = docText(note.url);
    expect(stored(note.url)).toMatchObject({
      name: `${convention.id} — Note de synthèse — Synthèse des négociations — 18 mars 2026`,
      folder: `${partnerId} ${PARTNER_NAME}`,
      mimeType: 'application/vnd.google-apps.document',
    });
    expect(n.text).toContain('Note de synthèse\nSynthèse des négociations');
    expect(n.text).toContain('Accord sur le budget.');
    expect(n.text).toContain('Points ouverts : calendrier des tranches.');
    expect(n.text).not.toMatch(/\{\{|\}\}/);
    expect(n.header).toBe(`${ORGANISATION} · Note de synthèse · convention ${convention.id}`);
    expect(n.tables[0]).toEqual([
      ['Date', '18 mars 2026'],
      ['Convention', `${convention.id} — Convention de partenariat (version 1, statut : Brouillon)`],
      ['Partenaire', PARTNER_NAME],
      ['Rédigé par', `${chargee}, le 12 mars 2026`],
    ]);
    const a = docText(arbitration.url);
    expect(a.text).toContain('Arbitrage\nArbitrage du DG');
    expect(a.text).toContain('Le DG retient la tranche unique.');
    expect(a.header).toBe(`${ORGANISATION} · Arbitrage · convention ${convention.id}`);
    expect(docText(pv.url).text).toContain('PROCÈS-VERBAL\nComité de pilotage');

    expect(rowsOf('Pièces jointes').map((r) => [r['ID convention'], r.Version, r.Type, r.Titre, r.Lien])).toEqual([
      [convention.id, 1, 'Note de synthèse', 'Synthèse des négociations', note.url],
      [convention.id, 1, 'Arbitrage', 'Arbitrage du DG', arbitration.url],
      [convention.id, 1, 'PV', 'Comité de pilotage', pv.url],
    ]);
    expect(
      journal()
        .filter((j) => j.Action === 'pièce jointe')
        .map((j) => [j.Utilisateur, j.Champ, j['Après']]),
    ).toEqual([
      [chargee, 'Note de synthèse', `${note.name} — ${note.url}`],
      [chargee, 'Arbitrage', `${arbitration.name} — ${arbitration.url}`],
      [chargee, 'PV', `${pv.name} — ${pv.url}`],
    ]);
  });

  it('a linked file must be a https:// link; link and content are exclusive; bad input and readers write nothing', () => {
    const { convention } = generate(draft());
    const linked = attach(convention.id, { kind: 'PV', title: 'PV signé (scan)', date: '2026-03-21', url: '  https://drive.google.com/file/d/pv-scan/view  ' });
    expect(linked).toEqual({ name: 'PV — PV signé (scan)', url: 'https://drive.google.com/file/d/pv-scan/view' });
    const before = { files: driveCount(), rows: rowsOf('Pièces jointes').length, journal: journal().length };
    const base = { kind: 'Note de synthèse', title: 'Note', date: '2026-03-21' } as const;
    expect(() => attach(convention.id, { ...base, url: 'http://exemple.org/note.pdf' })).toThrow(
      "Pièce jointe, champ « Lien » : « http://exemple.org/note.pdf » n'est pas un lien https:// valide.",
    );
    expect(() => attach(convention.id, { ...base, url: 'javascript:alert(1)' })).toThrow("n'est pas un lien https:// valide");
    expect(() => attach(convention.id, { ...base, url: 'https://drive.google.com/x y' })).toThrow("n'est pas un lien https:// valide");
    expect(() => attach(convention.id, { ...base, url: 'https://drive.google.com/x', body: 'texte' })).toThrow(
      'Pièce jointe : donnez soit un lien vers un fichier existant, soit un contenu pour générer le document, pas les deux.',
    );
    expect(() => attach(convention.id, { ...base, title: '  ', url: 'https://drive.google.com/x' })).toThrow(
      'Argument « la pièce jointe » › « titre » : un texte non vide d’au plus 200 caractères attendu, reçu «    ».',
    );
    expect(() => wb.callRaw('attachMinutes', [convention.id, { ...base, url: 42 }], { user: chargee })).toThrow(
      'Argument « la pièce jointe » › « lien » : un texte d’au plus 2\u00a0000 caractères attendu, reçu 42.',
    );
    expect(() => attach('CONV-9999', { ...base, url: 'https://drive.google.com/x' })).toThrow("aucun enregistrement avec l'ID « CONV-9999 »");
    expect(() => attach(convention.id, { ...base, url: 'https://drive.google.com/x' }, lecteur)).toThrow('Accès refusé');
    expect({ files: driveCount(), rows: rowsOf('Pièces jointes').length, journal: journal().length }).toEqual(before);
  });
});

describe('default templates and the financing agreement', () => {
  it('the ten default templates are Docs created on first use in the Pacte folder; a financing agreement gets its amounts in words and its in-kind section; an avenant names the amended convention', () => {
    const templates = wb.call('prepareTemplates', [], { user: chargee });
    const placed = templates.map((t) => {
      const f = stored(`https://docs.google.com/document/d/${t.docId}/edit`);
      return [f.name, f.folder, f.mimeType];
    });
    expect(placed).toEqual(
      [
        'Convention de partenariat',
        'Protocole d’accord (MoU)',
        'Accord de financement',
        'Avenant',
        'Procès-verbal',
        'Note de synthèse',
        'Rapport de clôture',
        'Rapport',
        'Ordre du jour',
        'Compte rendu',
      ].map((n) => [`Modèle — ${n} (Pacte)`, `Pacte — ${ORGANISATION}`, 'application/vnd.google-apps.document']),
    );
    expect(rowsOf('Paramètres').filter((r) => r.Section === 'Modèles')).toHaveLength(10);

    const financing = generate(
      draft({
        type: 'Accord de financement',
        amount: 12500000,
        inKind: 2000000,
        inKindDescription: 'mise à disposition de salles de formation',
        commitments: [{ kind: 'Versement', label: 'Tranche unique', due: '2026-04-30', party: 'Partenaire', amount: 12500000 }],
      }),
    );
    const f = docText(financing.convention.docUrl);
    expect(f.text).toContain('un financement d’un montant total de 12\u00a0500\u00a0000\u00a0FCFA (douze millions cinq cent mille francs CFA)');
    expect(f.text).toContain(
      'contribution en nature (mise à disposition de salles de formation) valorisée à 2\u00a0000\u00a0000\u00a0FCFA (deux millions de francs CFA)',
    );
    expect(f.text).toContain('Considérant la proposition « Paix et jeunesse à Mopti » présentée par l’Organisation ;');
    expect(f.text).not.toMatch(/\{\{|\}\}/);
    expect(f.tables[0][1]).toEqual(['1', 'Versement', 'Tranche unique', 'FJS', '30 avril 2026', '12\u00a0500\u00a0000\u00a0FCFA']);

    const amendment = generate(
      draft({
        type: 'Avenant',
        amends: financing.convention.id,
        opportunityId: '',
        amount: null,
        purpose: 'prolonger la convention de trois mois',
        commitments: [],
      }),
    );
    const a = docText(amendment.convention.docUrl);
    expect(a.text).toContain(`Les Parties ont conclu la convention n° ${financing.convention.id} (Accord de financement) du 1er mars 2026.`);
    expect(a.text).toContain('Le présent avenant a pour objet : prolonger la convention de trois mois.');
    expect(rowsOf('Conventions').find((r) => r.ID === amendment.convention.id)!['Convention modifiée (avenant)']).toBe(financing.convention.id);
  });
});

describe('a template problem is reported before generation, with the placeholder and its location', () => {
  it('missing value: names the field in the form’s words, never a placeholder or a paragraph; no Doc, no row', () => {
    wb.call('prepareTemplates', [], { user: chargee });
    const files = driveCount();
    const conventions = rowsOf('Conventions').length;
    expect(() => generate(draft({ type: 'Accord de financement', amount: null }))).toThrow(
      /^Pour générer « Accord de financement », complétez d'abord : le montant\. Aucun document n'a été créé\.$/,
    );
    expect(driveCount()).toBe(files);
    expect(rowsOf('Conventions')).toHaveLength(conventions);
  });
});

describe('the life of a generated convention', () => {
  it('circuit restarted by a new version, only the awaited role acts, mails once, signed with an uploaded PDF, active, then expired after its end date', () => {
    addRoles(wb, [['dg@ajcad-mali.org', 'DG']]);
    const v1 = generate(draft());
    const id = v1.convention.id;
    const submitted = wb.call('submitForValidation', [id], { user: chargee });
    expect(submitted.convention.awaitingRole).toBe('juridique');
    const mailsTo = (who: string) => _outbox(wb.world).filter((m) => m.to.includes(who));
    expect(mailsTo(juridique)).toHaveLength(1);
    expect(mailsTo(juridique)[0].body).toContain(`Document : ${v1.convention.docUrl}`);

    // Only the holder of the awaited role acts; others are told in French, nothing recorded.
    const decide = (v: number, decision: ParamsOf<'decideValidation'>[2], comment: string, user: string) =>
      wb.call('decideValidation', [id, v, decision, comment], { user });
    expect(() => decide(1, 'approuver', '', daf)).toThrow(
      `Décision refusée : la convention ${id} attend la décision du rôle juridique (étape 1 (juridique)) ; votre rôle est DAF.`,
    );
    expect(() => decide(1, 'approuver', '', admin)).toThrow('votre rôle est admin');
    expect(() => decide(1, 'approuver', '', lecteur)).toThrow('votre rôle est lecteur');
    expect(() => decide(1, 'approuver', '', 'inconnu@example.org')).toThrow('Accès refusé');
    expect(wb.call('getConvention', [id], { user: daf }).canDecide).toBe(false);
    expect(wb.call('getConvention', [id], { user: juridique }).canDecide).toBe(true);
    expect(rowsOf('Validations')).toHaveLength(1);
    decide(1, 'approuver', 'Conforme.', juridique);
    expect(mailsTo(daf)).toHaveLength(1);

    // A new version while « En validation »: back to Brouillon, the circuit restarts at step 1.
    const v2 = generate(
      draft({ id, purpose: 'former 600 jeunes leaders de Mopti au dialogue intercommunautaire', commitments: v1.commitments.map((c) => ({ id: c.id })) }),
    );
    expect(v2.convention).toMatchObject({ version: 2, status: 'Brouillon', awaitingRole: '' });
    expect(v2.circuit.map((s) => s.status)).toEqual(['à venir', 'à venir', 'non requise', 'non requise']);
    expect(() => decide(1, 'approuver', '', daf)).toThrow(`La version 1 de la convention ${id} n'est plus la version en cours (version actuelle : 2)`);
    expect(() => decide(2, 'approuver', '', juridique)).toThrow(`La convention ${id} n'est pas en validation (statut : « Brouillon »)`);
    wb.call('submitForValidation', [id], { user: chargee });
    wb.call('submitForValidation', [id], { user: chargee }); // retried: no second mail
    expect(mailsTo(juridique)).toHaveLength(2);
    expect(mailsTo(juridique)[1].subject).toContain(`convention ${id} (v2)`);
    expect(mailsTo(juridique)[1].body).toContain(`Document : ${v2.convention.docUrl}`);
    expect(() => decide(2, 'approuver', '', daf)).toThrow('attend la décision du rôle juridique');
    decide(2, 'approuver', '', juridique);
    expect(() => decide(2, 'approuver', '', juridique)).toThrow('attend la décision du rôle DAF'); // retried approval
    expect(mailsTo(daf)).toHaveLength(2); // v1 step 2, v2 step 2 — not three
    const validated = decide(2, 'approuver', 'Budget conforme.', daf);
    expect(validated.convention.status).toBe('Validée');
    expect(mailsTo(chargee).filter((m) => m.subject.includes('validée'))).toHaveLength(1);
    expect(rowsOf('Validations').map((r) => [r.Version, r['Étape (rôle)'], r['Décision']])).toEqual([
      [1, 'chargé', 'soumise'],
      [1, 'juridique', 'approuvée'],
      [2, 'chargé', 'soumise'],
      [2, 'juridique', 'approuvée'],
      [2, 'DAF', 'approuvée'],
    ]);
    expect(rowsOf('Validations').every((r) => r.Date instanceof Date)).toBe(true);

    // Signatures: ours linked, the partner's countersigned PDF uploaded → Active (started on 1 March).
    wb.call('recordSignature', [id, { party: 'nous', date: '2026-03-12', signatory: 'Fatoumata Coulibaly, Directrice exécutive' }], { user: chargee });
    const signed = wb.call(
      'recordSignature',
      [id, { party: 'partenaire', date: '2026-03-12', signatory: 'Aminata Diallo', signedPdf: pdfFile('contresignee.pdf') }],
      { user: chargee },
    );
    expect(signed.convention.status).toBe('Active');
    expect(stored(signed.signatures[1].signedPdfUrl)).toMatchObject({
      name: `${id} v2 — PDF signé (partenaire) — contresignee.pdf`,
      folder: `${partnerId} ${PARTNER_NAME}`,
    });

    // Expiry: still active on its end date (30 June), « Expirée » the next day, by the daily trigger.
    wb.world.clock.advance(Date.UTC(2026, 5, 29, 12) - wb.world.clock.now());
    _advanceTime(wb.world, DAY); // 30 June
    expect(wb.call('getConvention', [id], { user: lecteur }).convention.status).toBe('Active');
    _advanceTime(wb.world, DAY); // 1 July
    expect(wb.call('getConvention', [id], { user: lecteur }).convention.status).toBe('Expirée');
    expect(
      journal()
        .filter((j) => j.ID === id && j.Action === 'expiration')
        .map((j) => [j.Champ, j.Avant, j['Après']]),
    ).toEqual([['Statut', 'Active', 'Expirée']]);
    // Expired: no new version (an avenant is needed).
    expect(() => generate(draft({ id }))).toThrow(
      `Convention ${id} : son statut est « Expirée » ; une nouvelle version n'est possible qu'en Brouillon, En validation ou Validée.`,
    );
  });
});
