/**
 * Approval circuit of conventions on the BUILT bundle (run `node build/build.mjs` first):
 * order of the steps, role checks, thresholds, rejection and new version, notifications sent
 * once (retries, quota, daily job).
 */
import { USERS, partner, seededPerFile, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { _outbox, _setMailQuota } from '../../src/dev/emulator/mail';
import { _advanceTime } from '../../src/dev/emulator/script';
import { CONVENTIONS, SETTINGS } from '../../src/domain/schema/tables';
import { MAIL_LOG, VALIDATIONS } from '../../src/domain/conventions/approval-tables';
import { SheetTable } from '../../src/services/sheet-table';
import { forgetSettings } from '../../src/services/settings-store';
import { DG, SG, addRoles, draftConvention, setConvention } from './approval-fixture';
import { records, store } from '../support/demo-sheets';
import type { ParamsOf } from '../../src/domain/contracts/api';

const { admin, officer: chargee, legal: juridique, finance: daf, reader: lecteur } = USERS;
const DAY = 24 * 3600 * 1000;
/** The partner every convention here is drawn with. */
const PARTNER = partner();
let wb: PartnersWorkbook;

const submit = (id: string, user: string = chargee) => wb.call('submitForValidation', [id], { user });
const decide = (id: string, version: number, decision: ParamsOf<'decideValidation'>[2], comment: string, user: string) =>
  wb.call('decideValidation', [id, version, decision, comment], { user });
const mailsTo = (address: string) => _outbox(wb.world).filter((m) => m.to.includes(address));
const validations = () => records(wb, VALIDATIONS);
const statusOf = (id: string) => records(wb, CONVENTIONS).find((r) => r.id === id)!.status;
const journal = () => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Journal')!.getDataRange().getValues());

/** Seeded once for the file; every test starts from this state, restored. */
const seeded = seededPerFile(() => {
  wb = workbookWithPartners([PARTNER]);
  addRoles(wb, [[DG, 'DG']]);
  wb.world.log.reset();
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

describe('circuit configuration', () => {
  it('« Initialiser le classeur » writes the default circuit in Paramètres', () => {
    const circuit = records(wb, SETTINGS).filter((r) => r.section === 'Circuit de validation');
    expect(circuit.map((r) => [r.key, r.value])).toEqual([
      ['1. juridique', 'obligatoire'],
      ['2. DAF', 'obligatoire'],
      ['3. DG', 'obligatoire ; seuil 10000000'],
      ['4. SG', 'facultatif'],
    ]);
  });

  it('a badly written circuit row blocks submission with a French message naming the row', () => {
    store(wb, (ctx) => {
      SheetTable.open(ctx, SETTINGS).insert([{ section: 'Circuit de validation', key: '5. trésorier', value: 'obligatoire' }]);
      forgetSettings();
    });
    const id = draftConvention(wb, 5_000_000);
    expect(() => submit(id)).toThrow('Paramètres › Circuit de validation › « 5. trésorier » : rôle inconnu « trésorier »');
    expect(statusOf(id)).toBe('Brouillon');
    expect(validations()).toHaveLength(0);
  });
});

describe('submitForValidation', () => {
  it('moves a Brouillon to « En validation », records the submission and mails the first validator once', () => {
    const id = draftConvention(wb, 5_000_000);
    const d = submit(id);
    expect(d.convention.status).toBe('En validation');
    expect(d.convention.awaitingRole).toBe('juridique');
    expect(d.circuit.map((s) => [s.role, s.status])).toEqual([
      ['juridique', 'en attente'],
      ['DAF', 'à venir'],
      ['DG', 'non requise'],
      ['SG', 'non requise'],
    ]);
    expect(d.circuit[2].comment).toContain('inférieur au seuil de 10\u00a0000\u00a0000\u00a0FCFA');
    expect(d.canDecide).toBe(false);
    expect(validations()).toEqual([
      expect.objectContaining({ conventionId: id, version: 1, order: 0, role: 'chargé', validator: chargee, decision: 'soumise' }),
    ]);
    const [mail] = mailsTo(juridique);
    expect(_outbox(wb.world)).toHaveLength(1);
    expect(mail.subject).toBe(`[Pacte] Validation attendue : convention ${id} (v1) — ${String(PARTNER.name)}`);
    expect(mail.body).toContain('https://docs.google.com/document/d/doc-v1/edit');
    expect(mail.body).toContain('Montant : 5\u00a0000\u00a0000\u00a0FCFA');
    expect(mail.body).toContain('Période : du 1er avril 2026 au 31 mars 2027');
    expect(records(wb, MAIL_LOG)).toEqual([expect.objectContaining({ key: `validation:${id}:v1:etape-1`, status: 'envoyé', to: juridique })]);
    const j = journal();
    expect(j.some((r) => r[3] === id && r[4] === 'validation' && String(r[7]).includes('attendu : juridique'))).toBe(true);
    expect(j.some((r) => r[3] === id && r[4] === 'soumission' && r[7] === 'En validation')).toBe(true);
  });

  it('a retried submission sends no second mail', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    const again = submit(id);
    expect(again.convention.status).toBe('En validation');
    expect(mailsTo(juridique)).toHaveLength(1);
    expect(records(wb, MAIL_LOG)).toHaveLength(1);
    expect(validations()).toHaveLength(1);
  });

  it('refuses what cannot be submitted, writing nothing', () => {
    const noDoc = draftConvention(wb, 5_000_000, { docUrl: '' });
    expect(() => submit(noDoc)).toThrow(`La convention ${noDoc} n'a pas de document généré (colonne « Lien Doc » vide)`);
    const active = draftConvention(wb, 5_000_000, { status: 'Active' });
    expect(() => submit(active)).toThrow(`La convention ${active} est au statut « Active » : seule une convention au statut « Brouillon » peut être soumise`);
    expect(() => submit(noDoc, lecteur)).toThrow('Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).');
    expect(() => submit('=HYPERLINK("x")')).toThrow('Argument « la convention » : un identifiant comme CONV-0001 attendu, reçu « =HYPERLINK("x") ».');
    expect(() => submit('CONV-9999')).toThrow("Conventions : aucun enregistrement avec l'ID « CONV-9999 »");
    expect(validations()).toHaveLength(0);
    expect(_outbox(wb.world)).toHaveLength(0);
  });

  it('refuses a circuit whose required step has no role holder', () => {
    wb.call('removeRole', [DG], { user: admin }); // no DG in Paramètres › Rôles
    const id = draftConvention(wb, 20_000_000);
    expect(() => submit(id)).toThrow('Aucun titulaire du rôle DG dans Paramètres › Rôles (étape 3 (DG) du circuit)');
    expect(statusOf(id)).toBe('Brouillon');
  });
});

describe('decideValidation', () => {
  it('follows the order: a later role cannot act first, and is told whose decision is awaited', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    expect(() => decide(id, 1, 'approuver', '', daf)).toThrow(
      `Décision refusée : la convention ${id} attend la décision du rôle juridique (étape 1 (juridique)) ; votre rôle est DAF.`,
    );
    expect(() => decide(id, 1, 'approuver', '', chargee)).toThrow('votre rôle est chargé');
    expect(validations()).toHaveLength(1);
    const d = decide(id, 1, 'approuver', 'Conforme au modèle.', juridique);
    expect(d.circuit.map((s) => s.status)).toEqual(['approuvée', 'en attente', 'non requise', 'non requise']);
    expect(d.circuit[0]).toEqual(expect.objectContaining({ by: juridique, comment: 'Conforme au modèle.' }));
    expect(d.convention.awaitingRole).toBe('DAF');
    expect(mailsTo(daf)).toHaveLength(1);
    // The same approval retried: juridique is no longer awaited, and nobody is mailed again.
    expect(() => decide(id, 1, 'approuver', '', juridique)).toThrow('attend la décision du rôle DAF');
    expect(mailsTo(daf)).toHaveLength(1);
  });

  it('a 5 000 000 FCFA convention skips DG; after DAF it is « Validée » and the author is told', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    decide(id, 1, 'approuver', '', juridique);
    const d = decide(id, 1, 'approuver', '', daf);
    expect(d.convention.status).toBe('Validée');
    expect(d.convention.awaitingRole).toBe('');
    expect(mailsTo(DG)).toHaveLength(0);
    const [done] = mailsTo(chargee);
    expect(done.subject).toContain(`Convention ${id} (v1) validée`);
    expect(statusOf(id)).toBe('Validée');
  });

  it('a 20 000 000 FCFA convention needs the DG, who is mailed after the DAF', () => {
    const id = draftConvention(wb, 20_000_000);
    submit(id);
    decide(id, 1, 'approuver', '', juridique);
    const afterDaf = decide(id, 1, 'approuver', '', daf);
    expect(afterDaf.convention.status).toBe('En validation');
    expect(afterDaf.convention.awaitingRole).toBe('DG');
    expect(mailsTo(DG)).toHaveLength(1);
    const dgView = wb.call('getApprovalCircuit', [id], { user: DG });
    expect(dgView.canDecide).toBe(true);
    expect(decide(id, 1, 'approuver', 'Bon pour accord.', DG).convention.status).toBe('Validée');
  });

  it('rejection needs a comment, sends back to Brouillon; a new version restarts the circuit and the old one is closed', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    decide(id, 1, 'approuver', '', juridique);
    expect(() => decide(id, 1, 'rejeter', '  ', daf)).toThrow(`Commentaire obligatoire pour rejeter la convention ${id}`);
    const d = decide(id, 1, 'rejeter', 'Budget incohérent avec le plan de décaissement.', daf);
    expect(d.convention.status).toBe('Brouillon');
    expect(d.circuit.map((s) => s.status)).toEqual(['approuvée', 'rejetée', 'non requise', 'non requise']);
    expect(mailsTo(chargee).map((m) => m.subject)).toEqual([expect.stringContaining(`Convention ${id} (v1) rejetée`)]);
    expect(mailsTo(chargee)[0].body).toContain('Commentaire : Budget incohérent avec le plan de décaissement.');
    expect(() => submit(id)).toThrow(`La version 1 de la convention ${id} a été rejetée : générez une nouvelle version`);

    // The conventions module generates v2 (new Doc, version 2, still Brouillon).
    setConvention(wb, id, { version: 2, docUrl: 'https://docs.google.com/document/d/doc-v2/edit' });
    const v2 = submit(id);
    expect(v2.circuit.map((s) => s.status)).toEqual(['en attente', 'à venir', 'non requise', 'non requise']);
    expect(mailsTo(juridique)).toHaveLength(2);
    expect(mailsTo(juridique)[1].body).toContain('doc-v2');
    expect(() => decide(id, 1, 'approuver', '', juridique)).toThrow(
      `La version 1 de la convention ${id} n'est plus la version en cours (version actuelle : 2)`,
    );
    expect(validations().filter((r) => r.version === 1)).toHaveLength(3);
    decide(id, 2, 'approuver', '', juridique);
    expect(decide(id, 2, 'approuver', '', daf).convention.status).toBe('Validée');
  });

  it('« demander des modifications » sends back to Brouillon with the comment', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    const d = decide(id, 1, 'demander des modifications', 'Préciser la clause de résiliation.', juridique);
    expect(d.convention.status).toBe('Brouillon');
    expect(d.circuit[0]).toEqual(expect.objectContaining({ status: 'modifications demandées', comment: 'Préciser la clause de résiliation.' }));
    expect(mailsTo(chargee)[0].subject).toContain('modifications demandées');
  });

  it('validates its arguments in French', () => {
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    // What a page could send but no signature allows.
    expect(() => wb.callRaw('decideValidation', [id, 1, 'valider', ''], { user: juridique })).toThrow(
      'Argument « la décision » : une valeur parmi : approuver, rejeter, demander des modifications attendu, reçu « valider ».',
    );
    expect(() => wb.callRaw('decideValidation', [id, '1', 'approuver', ''], { user: juridique })).toThrow(
      'Argument « la version » : un nombre entier de 1 à 10\u00a0000 attendu, reçu « 1 ».',
    );
    expect(() => wb.callRaw('decideValidation', [id, 1, 'approuver', 42], { user: juridique })).toThrow(
      'Argument « le commentaire » : un texte d’au plus 5\u00a0000 caractères attendu, reçu 42.',
    );
    expect(validations()).toHaveLength(1);
  });

  it('an optional step with a holder is awaited; an admin may mark it « non requise »', () => {
    addRoles(wb, [[SG, 'SG']]);
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    decide(id, 1, 'approuver', '', juridique);
    const d = decide(id, 1, 'approuver', '', daf);
    expect(d.convention.awaitingRole).toBe('SG');
    expect(mailsTo(SG)).toHaveLength(1);
    expect(() => wb.call('skipOptionalStep', [id, 1, ''], { user: chargee })).toThrow('Accès refusé');
    const skipped = wb.call('skipOptionalStep', [id, 1, 'SG en mission'], { user: admin });
    expect(skipped.convention.status).toBe('Validée');
    expect(skipped.circuit[3]).toEqual(expect.objectContaining({ status: 'non requise', by: admin, comment: 'SG en mission' }));
  });
});

describe('mail quota and the daily job', () => {
  it('over quota the notification is queued, the sidebar told, and the daily job sends it once the next day', () => {
    _setMailQuota(wb.world, 1);
    const first = draftConvention(wb, 5_000_000);
    const second = draftConvention(wb, 5_000_000);
    submit(first);
    const d = submit(second);
    expect(d.convention.status).toBe('En validation');
    expect(d.notice).toContain("Quota quotidien d'e-mails atteint");
    expect(mailsTo(juridique)).toHaveLength(1);
    expect(records(wb, MAIL_LOG).map((r) => [r.key, r.status])).toEqual([
      [`validation:${first}:v1:etape-1`, 'envoyé'],
      [`validation:${second}:v1:etape-1`, 'en attente'],
    ]);
    // A retry the same day neither sends nor queues twice.
    submit(second);
    expect(records(wb, MAIL_LOG)).toHaveLength(2);

    // « Initialiser le classeur » installed the hourly dispatcher (which runs the daily job) already.
    expect(wb.call('installTriggers', [], { user: admin }).created).toEqual([]);
    _advanceTime(wb.world, DAY);
    const mails = mailsTo(juridique);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toContain(second);
    expect(records(wb, MAIL_LOG).map((r) => r.status)).toEqual(['envoyé', 'envoyé']);
    _advanceTime(wb.world, DAY);
    expect(mailsTo(juridique)).toHaveLength(2);
  });

  it('a malformed role holder address never enters the role table, so only the real holders are mailed', () => {
    expect(() => wb.call('setRole', ['juridique@ajcad', 'juridique'], { user: USERS.admin })).toThrow(
      "Argument « l'adresse » : une adresse e-mail attendu, reçu « juridique@ajcad ».",
    );
    const id = draftConvention(wb, 5_000_000);
    submit(id);
    expect(_outbox(wb.world).map((m) => m.to)).toEqual([[juridique]]);
    expect(records(wb, MAIL_LOG)).toEqual([expect.objectContaining({ status: 'envoyé', to: juridique })]);
  });
});

describe('service calls', () => {
  it('a decision reads each sheet at most once and writes in a few blocks, whatever the number of conventions', () => {
    const ids = Array.from({ length: 30 }, () => draftConvention(wb, 5_000_000));
    for (const id of ids) submit(id);
    wb.world.log.reset();
    decide(ids[10], 1, 'approuver', '', juridique);
    const reads = wb.world.log.count('Sheet.getSheetValues');
    const writes = wb.world.log.count('Range.setValues') + wb.world.log.count('Sheet.appendRow');
    const sent = wb.world.log.count('MailApp.sendEmail');
    const quota = wb.world.log.count('MailApp.getRemainingDailyQuota');
    // Conventions, Validations, Partenaires, Envois, Signatures, Journal header.
    expect(reads).toBe(6);
    // Validations row and Envois row, each with its Journal entry written just before it (Journal first),
    // and the decision's own Journal entry.
    expect(writes).toBe(5);
    expect([sent, quota]).toEqual([1, 1]);
  });
});
