/**
 * The conventions' use cases (src/app/conventions) on the in-memory store with a fake documents
 * port: what a user notices when generating versions, attaching minutes, recording signatures and
 * preparing templates — rows written, Docs asked for, Journal entries, French refusals.
 */
import type { Ports } from '../../src/app/ports';
import type { DocumentsPort } from '../../src/app/ports/documents';
import { generateConvention } from '../../src/app/conventions/generate';
import { conventionDetail, listConventions, retryMail } from '../../src/app/conventions/read';
import { attachMinutes } from '../../src/app/conventions/minutes';
import { recordSignature, uploadSignedPdf } from '../../src/app/conventions/signatures';
import { checkTemplate, listTemplates, prepareTemplates } from '../../src/app/conventions/templates';
import { COMMITMENTS, CONTACTS, CONVENTIONS, JOURNAL, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { ATTACHMENTS, VERSIONS } from '../../src/domain/conventions/tables';
import { MAIL_LOG, SIGNATURES } from '../../src/domain/conventions/approval-tables';
import { parseSettings } from '../../src/domain/settings/settings';
import type { TemplateDocument } from '../../src/domain/templates/model';
import type { Outcome } from '../../src/domain/mail/outbox';
import type { MailPort } from '../../src/app/ports/mail';
import { MemoryStore } from '../../src/store/memory-store';
import { conventionWithCommitments } from '../support/convention-draft';

const USER = 'chargee@amade.org';
const settings = parseSettings([]);
const GOOD: TemplateDocument = { body: [{ kind: 'paragraph', runs: [{ text: 'N° {{convention.id}} — version {{convention.version}}' }] }] };
const BROKEN: TemplateDocument = { body: [{ kind: 'paragraph', runs: [{ text: 'Montant : {{convention.montant_inconnu}}' }] }] };
const PDF = { name: 'scan.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4\n%…\n').toString('base64') };

function setup(today = '2026-03-12') {
  const store = new MemoryStore({ user: USER, now: () => new Date(`${today}T09:00:00Z`) });
  const calls: string[] = [];
  let template = GOOD;
  let delivery: Outcome = 'sent';
  const own = new Set<string>();
  const steps = new Map<string, unknown>();
  let made = 0;
  const documents: DocumentsPort = {
    pacteFolder: () => 'root',
    subfolder: (parent, name) => `${parent}/${name}`,
    partnerFolder: (root, partnerId, name) => `${root}/${partnerId} ${name}`,
    createTemplate: (def, folder) => (calls.push(`createTemplate ${def.docName} in ${folder}`), `tpl-${def.settingsKey}`),
    readTemplate: () => template,
    fillTemplate: (templateId, _t, _plan, folder, name) => {
      calls.push(`fill ${templateId} → ${folder}/${name}`);
      made += 1;
      return { id: `doc-${made}`, url: `https://docs.test/doc-${made}` };
    },
    savePdf: (docId, folder) => (calls.push(`pdf ${docId} in ${folder}`), `https://drive.test/${docId}.pdf`),
    saveUploadedPdf: (folder, name) => (calls.push(`upload ${folder}/${name}`), `https://drive.test/upload-${(made += 1)}`),
    archiveFiles: (folder, ids) => (calls.push(`archive ${ids.join(', ')} in ${folder}`), `${folder}/Archives`),
    makeOnce: (_step, _folder, _name, make) => make(),
  };
  // MailApp as the mail use cases see it: each message leaves, or not, as the test says.
  const mail: MailPort = {
    remainingQuota: () => 100,
    sendAll: (_claim, messages, log) => {
      log.claim?.(messages);
      const out = messages.map((m) => ({ key: m.key, outcome: delivery, error: delivery === 'sent' ? '' : 'Service indisponible', sentAt: '' }));
      log.record(out);
      return out;
    },
    recoverClaim: () => undefined,
    workbookUrl: () => 'https://docs.test/pacte',
    sheetId: () => 7,
  };
  const ports = {
    store,
    documents,
    request: { once: (step, fn) => (steps.has(step) ? (steps.get(step) as ReturnType<typeof fn>) : fn()), ownIds: () => own },
    mail,
  } as Partial<Ports> as Ports;
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  // A notice of the first convention's circuit that failed three times (Envois).
  store.table(MAIL_LOG).insert([{ key: 'validation:CONV-0001:1', status: 'échec', to: 'dg@amade.org', subject: 'À valider', error: 'quota' }]);
  store.table(CONTACTS).insert([{ partnerId: partner.id, name: 'Awa Traoré', email: 'awa@sahel.org', primary: true }]);
  return {
    store,
    ports,
    calls,
    own,
    partnerId: partner.id,
    useTemplate: (t: TemplateDocument) => (template = t),
    mailWillBe: (o: Outcome) => (delivery = o),
    rows: <S extends Parameters<MemoryStore['table']>[0]>(spec: S) =>
      store
        .table(spec)
        .all()
        .map((s) => s.record),
    journal: (action: string) =>
      store
        .table(JOURNAL)
        .all()
        .map((s) => s.record)
        .filter((r) => r.action === action)
        .map((r) => [r.recordId, r.field, r.before, r.after]),
  };
}

const draftFor = conventionWithCommitments;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

describe('generateConvention', () => {
  it('creates the convention in draft, its Doc and PDF in the partner folder, its commitments, version and journal', () => {
    const w = setup();
    const detail = generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    const name = 'CONV-0001 v1 — Fondation Sahel — Convention de partenariat';
    expect(w.calls).toEqual([
      'createTemplate Modèle — Convention de partenariat (Pacte) in root',
      `fill tpl-Convention de partenariat → root/${w.partnerId} Fondation Sahel/${name}`,
      `pdf doc-1 in root/${w.partnerId} Fondation Sahel`,
    ]);
    expect(detail.convention).toMatchObject({
      id: 'CONV-0001',
      status: 'Brouillon',
      version: 1,
      docUrl: 'https://docs.test/doc-1',
      pdfUrl: 'https://drive.test/doc-1.pdf',
    });
    expect(detail.commitments.map((c) => [c.label, c.status])).toEqual([
      ['Première tranche', 'À venir'],
      ['Rapport intermédiaire', 'À venir'],
    ]);
    expect(w.rows(VERSIONS).map((v) => [v.conventionId, v.version, v.generatedBy])).toEqual([['CONV-0001', 1, USER]]);
    expect(w.rows(SETTINGS).map((r) => [r.key, r.value])).toContainEqual(['Convention de partenariat', 'tpl-Convention de partenariat']);
    expect(w.journal('génération')).toContainEqual([
      'CONV-0001',
      'version 1',
      '',
      expect.stringContaining(`« ${name} » https://docs.test/doc-1 (PDF https://drive.test/doc-1.pdf)`),
    ]);
  });

  it('a new version updates the kept commitments and cancels those left out, journaled', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    const [first] = w.rows(COMMITMENTS);
    const detail = generateConvention(
      w.ports,
      settings,
      'chargé',
      draftFor(w.partnerId, {
        id: 'CONV-0001',
        commitments: [{ id: first.id, kind: 'Versement', label: 'Tranche unique', due: '2026-04-15', party: 'Partenaire' }],
      }),
    );
    expect(detail.convention.version).toBe(2);
    expect(w.rows(COMMITMENTS).map((c) => [c.label, c.status])).toEqual([
      ['Tranche unique', 'À venir'],
      ['Rapport intermédiaire', 'Annulé'],
    ]);
    expect(w.journal('retiré de la version 2')).toEqual([
      ['ENG-0002', 'Statut', 'À venir', 'Annulé'],
      ['ENG-0002', 'Motif d’annulation', '', 'retiré en v2'],
    ]);
    expect(w.journal('version 2')).toContainEqual([first.id, 'Libellé', 'Première tranche', 'Tranche unique']);
  });

  it('a new version sent without IDs (a page opened before they were sent back) keeps each commitment: no duplicate, its history kept', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    w.store.table(COMMITMENTS).update('ENG-0001', { status: 'Réalisé', doneOn: '2026-03-10', proof: 'https://drive.test/recu' });
    const resent = (draftFor(w.partnerId).commitments ?? []).map((c) => ({ ...c, party: '' }));
    const detail = generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId, { id: 'CONV-0001', commitments: resent }));
    expect(w.rows(COMMITMENTS).map((c) => [c.id, c.label, c.status, c.party, c.proof])).toEqual([
      ['ENG-0001', 'Première tranche', 'Réalisé', 'Partenaire', 'https://drive.test/recu'],
      ['ENG-0002', 'Rapport intermédiaire', 'À venir', 'Nous', ''],
    ]);
    expect(w.journal('retiré de la version 2')).toEqual([]);
    // What « Nouvelle version » is prefilled from: every field with the IDs, and the Objet.
    expect(detail.commitments[0]).toMatchObject({ id: 'ENG-0001', kind: 'Versement', amount: 750000, doneOn: '2026-03-10', proof: 'https://drive.test/recu' });
    expect(conventionDetail(w.ports, settings, 'chargé', 'CONV-0001').texts?.purpose).toBe('former 500 jeunes leaders');
  });

  it('a retry does not withdraw the commitments its own earlier attempt added', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    w.own.add('ENG-0002');
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId, { id: 'CONV-0001', commitments: [] }));
    expect(w.rows(COMMITMENTS).map((c) => [c.id, c.status])).toEqual([
      ['ENG-0001', 'Annulé'],
      ['ENG-0002', 'À venir'],
    ]);
  });

  it('refuses a template with an unknown field, naming it, before anything is created', () => {
    const w = setup();
    w.useTemplate(BROKEN);
    expect(errorOf(() => generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId)))).toContain('convention.montant_inconnu');
    expect(w.rows(CONVENTIONS)).toEqual([]);
    expect(w.rows(COMMITMENTS)).toEqual([]);
    expect(w.calls.filter((c) => c.startsWith('fill'))).toEqual([]);
  });
});

describe('attachMinutes', () => {
  it('links an existing file, or generates the PV from its template in the partner folder; both listed and journaled', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    const linked = attachMinutes(w.ports, settings, 'CONV-0001', {
      kind: 'Arbitrage',
      title: 'Budget',
      date: '10/03/2026',
      url: 'https://drive.test/arbitrage',
    });
    expect(linked).toEqual({ name: 'Arbitrage — Budget', url: 'https://drive.test/arbitrage' });
    const pv = attachMinutes(w.ports, settings, 'CONV-0001', { kind: 'PV', title: 'Comité', date: '2026-03-11', body: 'Décisions' });
    expect(pv.name).toBe('CONV-0001 — PV — Comité — 11 mars 2026');
    expect(w.calls).toContain(`fill tpl-Procès-verbal → root/${w.partnerId} Fondation Sahel/CONV-0001 — PV — Comité — 11 mars 2026`);
    expect(w.rows(ATTACHMENTS).map((a) => [a.kind, a.date, a.url])).toEqual([
      ['Arbitrage', '2026-03-10', 'https://drive.test/arbitrage'],
      ['PV', '2026-03-11', pv.url],
    ]);
    expect(w.journal('pièce jointe').map((e) => e[1])).toEqual(['Arbitrage', 'PV']);
  });

  it('refuses an unreadable date and a link with content, in French', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    expect(errorOf(() => attachMinutes(w.ports, settings, 'CONV-0001', { kind: 'PV', title: 'X', date: '31/02/2026', url: 'https://a' }))).toBe(
      "Pièce jointe, champ « Date » : « 31/02/2026 » n'est pas une date valide (attendu : une date au format JJ/MM/AAAA).",
    );
    expect(errorOf(() => attachMinutes(w.ports, settings, 'CONV-0001', { kind: 'PV', title: 'X', date: '2026-03-01', url: 'https://a', body: 'b' }))).toBe(
      'Pièce jointe : donnez soit un lien vers un fichier existant, soit un contenu pour générer le document, pas les deux.',
    );
    expect(w.rows(ATTACHMENTS)).toEqual([]);
  });
});

describe('signatures', () => {
  const validated = (today?: string, startDate = '2026-03-01') => {
    const w = setup(today);
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId, { startDate }));
    w.store.table(CONVENTIONS).update('CONV-0001', { status: 'Validée' });
    return w;
  };
  const sign = (w: ReturnType<typeof setup>, party: 'nous' | 'partenaire', extra = {}) =>
    recordSignature(w.ports, settings, 'chargé', 'CONV-0001', { party, date: '2026-03-12', signatory: 'Awa Traoré', ...extra });

  it('refuses a signature before validation', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    expect(errorOf(() => sign(w, 'nous'))).toBe(
      "La convention CONV-0001 est au statut « Brouillon » : une signature ne s'enregistre que pour une convention « Validée » (ou signée par une seule partie).",
    );
    expect(w.rows(SIGNATURES)).toEqual([]);
  });

  it('both parties signed: « Signée » then « Active » as its start date has come; the uploaded PDF goes to the partner folder', () => {
    const w = validated();
    sign(w, 'nous', { signedPdf: PDF });
    expect(w.calls).toContain(`upload root/${w.partnerId} Fondation Sahel/CONV-0001 v1 — PDF signé (nous) — scan.pdf`);
    expect(errorOf(() => sign(w, 'nous'))).toMatch(/^La signature de notre organisation est déjà enregistrée pour la version 1 de CONV-0001/);
    const detail = sign(w, 'partenaire');
    expect(detail.convention.status).toBe('Active');
    expect(w.journal('signature').map((e) => e[1])).toEqual(['Signature (nous)', 'Signature (partenaire)', 'Statut']);
    expect(w.journal('activation')).toEqual([['CONV-0001', 'Statut', 'Signée', 'Active']]);
  });

  it('a convention starting later stays « Signée »', () => {
    const w = validated('2026-03-12', '2026-06-01');
    sign(w, 'nous');
    expect(sign(w, 'partenaire').convention.status).toBe('Signée');
  });

  it('uploadSignedPdf needs the signature first, then replaces the link, journaled', () => {
    const w = validated();
    expect(errorOf(() => uploadSignedPdf(w.ports, settings, 'chargé', 'CONV-0001', 'partenaire', PDF))).toBe(
      "Aucune signature du partenaire n'est enregistrée pour la version 1 de CONV-0001 : enregistrez d'abord la signature (date, signataire), en y joignant le PDF.",
    );
    sign(w, 'partenaire', { signedPdfUrl: 'https://old' });
    uploadSignedPdf(w.ports, settings, 'chargé', 'CONV-0001', 'partenaire', PDF);
    expect(w.calls).toContain(`upload root/${w.partnerId} Fondation Sahel/CONV-0001 v1 — PDF signé (partenaire) — scan.pdf`);
    const url = 'https://drive.test/upload-2';
    expect(w.rows(SIGNATURES).map((s) => s.signedPdfUrl)).toEqual([url]);
    expect(w.journal('signature')).toContainEqual(['CONV-0001', 'PDF signé (partenaire)', 'https://old', `« scan.pdf » ${url}`]);
  });
});

describe('reads and mail retry', () => {
  it('lists conventions most recent first; the pending mail about one is shown to an admin only', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    expect(listConventions(w.store, settings, 'lecteur').map((c) => [c.id, c.partnerName])).toEqual([
      ['CONV-0002', 'Fondation Sahel'],
      ['CONV-0001', 'Fondation Sahel'],
    ]);
    expect(conventionDetail(w.ports, settings, 'admin', 'CONV-0001').pendingMail?.map((m) => m.id)).toEqual(['ENV-0001']);
    expect(conventionDetail(w.ports, settings, 'admin', 'CONV-0002').pendingMail).toEqual([]);
    expect(conventionDetail(w.ports, settings, 'chargé', 'CONV-0001').pendingMail).toBeUndefined();
  });

  it('a retried e-mail that still does not leave comes back with a notice', () => {
    const w = setup();
    generateConvention(w.ports, settings, 'chargé', draftFor(w.partnerId));
    w.mailWillBe('failed');
    expect(retryMail(w.ports, settings, 'admin', 'CONV-0001', 'ENV-0001').notice).toBe(
      "L'e-mail ENV-0001 n'est pas encore parti (échec) : voir la feuille Envois.",
    );
    w.mailWillBe('sent');
    expect(retryMail(w.ports, settings, 'admin', 'CONV-0001', 'ENV-0001').notice).toBeUndefined();
    expect(w.rows(MAIL_LOG)[0]).toMatchObject({ status: 'envoyé' });
  });
});

describe('templates', () => {
  it('lists the templates not created yet, creates them once, and checks one as it is in Docs', () => {
    const w = setup();
    expect(listTemplates(w.ports).every((t) => t.docId === '')).toBe(true);
    const prepared = prepareTemplates(w.ports);
    expect(prepared.map((t) => t.docId)).toEqual(prepared.map((t) => `tpl-${t.name}`));
    prepareTemplates(w.ports);
    expect(w.calls.filter((c) => c.startsWith('createTemplate'))).toHaveLength(prepared.length);
    expect(checkTemplate(w.ports, 'convention')).toEqual([]);
    w.useTemplate(BROKEN);
    expect(checkTemplate(w.ports, 'convention').map((p) => p.message)).toEqual([expect.stringContaining('convention.montant_inconnu')]);
  });
});
