/**
 * The approval use cases (src/app/approvals) on the in-memory store with a fake mail port: what
 * the submitter and the role holders notice — the circuit moving, who is told, what is refused.
 */
import { CONVENTIONS, JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { MAIL_LOG, VALIDATIONS } from '../../src/domain/conventions/approval-tables';
import { parseSettings, type Role, type Settings } from '../../src/domain/settings/settings';
import type { Delivery, Outgoing } from '../../src/domain/mail/outbox';
import { MemoryStore } from '../../src/store/memory-store';
import type { Store } from '../../src/store/store';
import type { Ports } from '../../src/app/ports';
import type { MailPort } from '../../src/app/ports/mail';
import { submitForValidation } from '../../src/app/approvals/submit';
import { decideValidation, skipOptionalStep } from '../../src/app/approvals/decide';
import { getApprovalCircuit } from '../../src/app/approvals/circuit';
import { sendQueued } from '../../src/app/mail/notices';
import { getMyWeek } from '../../src/app/my-week';

const OFFICER = 'charge@pacte.test';
const LEGAL = 'juriste@pacte.test';
const FINANCE = 'daf@pacte.test';
const SG = 'sg@pacte.test';
const ADMIN = 'admin@pacte.test';
const ROLES: Record<string, Role> = { [OFFICER]: 'chargé', [LEGAL]: 'juridique', [FINANCE]: 'DAF', [ADMIN]: 'admin' };

/** No week kept between calls: each « Ma semaine » reads the rows as they are. */
const NO_CACHE = { read: () => new Map(), save: () => undefined };

/** MailApp as the use cases see it: a quota, and what left. */
function fakeMail(quota: number) {
  const sent: Outgoing[] = [];
  const mail: MailPort & { quota: number } = {
    quota,
    remainingQuota: () => mail.quota,
    sendAll(_name, messages, log) {
      log.claim?.(messages);
      const out = messages.map((m): Delivery => {
        if (m.to.length > mail.quota) return { key: m.key, outcome: 'quota', error: '', sentAt: '' };
        mail.quota -= m.to.length;
        sent.push(m);
        return { key: m.key, outcome: 'sent', error: '', sentAt: '2026-03-12T09:00:00' };
      });
      log.record(out);
      return out;
    },
    recoverClaim: () => undefined,
    workbookUrl: () => 'https://docs.google.com/spreadsheets/d/pacte',
    sheetId: () => 7,
  };
  return { mail, sent };
}

function workbook(opts: { quota?: number; roles?: Record<string, Role>; docUrl?: string } = {}) {
  const store = new MemoryStore({ user: OFFICER, now: () => new Date('2026-03-12T09:00:00Z') });
  const settings: Settings = { ...parseSettings([]), roles: opts.roles ?? ROLES };
  const { mail, sent } = fakeMail(opts.quota ?? 100);
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const [convention] = store.table(CONVENTIONS).insert([
    {
      partnerId: partner.id,
      type: 'Convention de partenariat',
      status: 'Brouillon',
      amount: 5_000_000,
      currency: 'XOF',
      docUrl: opts.docUrl ?? 'https://docs.google.com/document/d/conv-1',
    },
  ]);
  // One execution per call, by `user`, on the same rows: its own table cache, so that audit fields and the Journal name `user`.
  const as = (user: string): Ports =>
    ({
      store: Object.assign(Object.create(store) as Store, { user, tables: new Map() }),
      mail,
      request: { once: (_step: string, fn: () => unknown) => fn(), ownIds: () => new Set<string>() },
    }) as Partial<Ports> as Ports;
  const role = (user: string) => settings.roles[user];
  const id = convention.id;
  return {
    store,
    sent,
    mail,
    id,
    submit: (user = OFFICER) => submitForValidation(as(user), settings, role(user), id),
    decide: (user: string, choice: 'approuver' | 'rejeter' | 'demander des modifications', comment = '', v = 1) =>
      decideValidation(as(user), settings, role(user), id, v, choice, comment),
    skip: (user: string) => skipOptionalStep(as(user), settings, role(user), id, 1, ''),
    circuit: (user: string) => getApprovalCircuit(as(user).store, settings, role(user), id),
    week: (user: string, offset = 0) => getMyWeek({ store: as(user).store, weekCache: NO_CACHE }, { offset }, role(user), settings),
    sendQueued: () => sendQueued(as('tache-planifiee@pacte.test')),
    status: () => store.table(CONVENTIONS).getOrThrow(id).record.status,
    decisions: () =>
      store
        .table(VALIDATIONS)
        .all()
        .map((s) => [s.record.order, s.record.role, s.record.validator, s.record.decision]),
    mailLog: () =>
      store
        .table(MAIL_LOG)
        .all()
        .map((s) => [s.record.key, s.record.status]),
    journal: () =>
      store
        .table(JOURNAL)
        .all()
        .map((s) => s.record)
        .filter((r) => r.action === 'validation')
        .map((r) => [r.field, r.after, r.user]),
  };
}

/** The thrown error's message. */
function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
}

it('a submission puts the convention « En validation » and tells the first step once, even when retried', () => {
  const wb = workbook();
  const detail = wb.submit();
  expect(wb.status()).toBe('En validation');
  expect(detail.convention.awaitingRole).toBe('juridique');
  expect(detail.notice).toBeUndefined();
  expect(wb.journal()).toEqual([['Circuit', 'version 1 soumise ; attendu : juridique', OFFICER]]);
  expect(wb.sent.map((m) => [m.to, m.subject])).toEqual([[[LEGAL], `[Pacte] Validation attendue : convention ${wb.id} (v1) — Fondation Sahel`]]);
  expect(wb.sent[0].body).toContain('Classeur Pacte : https://docs.google.com/spreadsheets/d/pacte');

  wb.submit();
  expect(wb.sent).toHaveLength(1);
  expect(wb.decisions()).toEqual([[0, 'chargé', OFFICER, 'soumise']]);
});

it('an approval moves the circuit to the next step, whose holder alone is notified; the last one validates and tells the author', () => {
  const wb = workbook();
  wb.submit();
  const afterLegal = wb.decide(LEGAL, 'approuver');
  expect(afterLegal.circuit.map((s) => [s.role, s.status])).toEqual([
    ['juridique', 'approuvée'],
    ['DAF', 'en attente'],
    ['DG', 'non requise'],
    ['SG', 'non requise'],
  ]);
  expect(wb.status()).toBe('En validation');
  expect(wb.sent.map((m) => m.to)).toEqual([[LEGAL], [FINANCE]]);
  expect(wb.circuit(FINANCE).canDecide).toBe(true);
  expect(wb.circuit(LEGAL).canDecide).toBe(false);

  wb.decide(FINANCE, 'approuver', 'Budget conforme');
  expect(wb.status()).toBe('Validée');
  expect(wb.sent.map((m) => m.to)).toEqual([[LEGAL], [FINANCE], [OFFICER]]);
  expect(wb.sent[2].subject).toBe(`[Pacte] Convention ${wb.id} (v1) validée — Fondation Sahel`);
  expect(wb.journal().slice(1)).toEqual([
    ['Étape 1 (juridique)', 'approuvée', LEGAL],
    ['Étape 2 (DAF)', 'approuvée : Budget conforme', FINANCE],
    ['Statut', 'Validée', FINANCE],
  ]);
  expect(wb.mailLog().map(([key]) => key)).toEqual([`validation:${wb.id}:v1:etape-1`, `validation:${wb.id}:v1:etape-2`, `validation:${wb.id}:v1:validee`]);
});

it('a decision out of turn is refused, naming the role awaited, and changes nothing', () => {
  const wb = workbook();
  wb.submit();
  expect(refusal(() => wb.decide(FINANCE, 'approuver'))).toBe(
    `Décision refusée : la convention ${wb.id} attend la décision du rôle juridique (étape 1 (juridique)) ; votre rôle est DAF.`,
  );
  expect(refusal(() => wb.decide(LEGAL, 'approuver', '', 2))).toBe(
    `La version 2 de la convention ${wb.id} n'est plus la version en cours (version actuelle : 1) : la décision doit porter sur la version 1.`,
  );
  expect(wb.decisions()).toHaveLength(1);
  expect(wb.sent).toHaveLength(1);
});

it('a rejection needs a comment, sends the convention back to « Brouillon » and tells the author why', () => {
  const wb = workbook();
  wb.submit();
  expect(refusal(() => wb.decide(LEGAL, 'rejeter'))).toBe(`Commentaire obligatoire pour rejeter la convention ${wb.id} : expliquez la raison.`);
  wb.decide(LEGAL, 'rejeter', 'Clause de résiliation absente');
  expect(wb.status()).toBe('Brouillon');
  const toAuthor = wb.sent[1];
  expect(toAuthor.to).toEqual([OFFICER]);
  expect(toAuthor.body).toContain(`a été rejetée par ${LEGAL}`);
  expect(toAuthor.body).toContain('Commentaire : Clause de résiliation absente');
  expect(refusal(() => wb.submit())).toBe(
    `La version 1 de la convention ${wb.id} a été rejetée : générez une nouvelle version avant de la soumettre à nouveau.`,
  );
});

it('an admin may mark an optional step « non requise », never a required one', () => {
  const wb = workbook({ roles: { ...ROLES, [SG]: 'SG' } });
  wb.submit();
  expect(refusal(() => wb.skip(ADMIN))).toBe("L'étape en attente (étape 1 (juridique)) est obligatoire : seul le rôle juridique peut la franchir.");
  wb.decide(LEGAL, 'approuver');
  wb.decide(FINANCE, 'approuver');
  expect(wb.circuit(SG).convention.awaitingRole).toBe('SG');
  expect(wb.sent.map((m) => m.to)).toEqual([[LEGAL], [FINANCE], [SG]]);
  wb.skip(ADMIN);
  expect(wb.status()).toBe('Validée');
  expect(wb.decisions().pop()).toEqual([4, 'SG', ADMIN, 'non requise']);
});

it('a convention without a generated document is not submitted', () => {
  const wb = workbook({ docUrl: '' });
  expect(refusal(() => wb.submit())).toBe(
    `La convention ${wb.id} n'a pas de document généré (colonne « Lien Doc » vide) : générez la convention avant de la soumettre.`,
  );
  expect(wb.status()).toBe('Brouillon');
  expect(wb.decisions()).toEqual([]);
});

it('beyond the quota a notice waits « en attente », the caller is told, and the hourly job sends it once', () => {
  const wb = workbook({ quota: 0 });
  const detail = wb.submit();
  expect(detail.notice).toBe(`Quota quotidien d'e-mails atteint : le message à ${LEGAL} est mis en attente et partira avec la tâche quotidienne de Pacte.`);
  expect(wb.mailLog()).toEqual([[`validation:${wb.id}:v1:etape-1`, 'en attente']]);
  expect(wb.sendQueued()).toEqual({ sent: 0, waiting: 1, failed: 0 });

  wb.mail.quota = 10;
  expect(wb.sendQueued()).toEqual({ sent: 1, waiting: 0, failed: 0 });
  expect(wb.sendQueued()).toEqual({ sent: 0, waiting: 0, failed: 0 });
  expect(wb.sent.map((m) => m.to)).toEqual([[LEGAL]]);
  expect(wb.mailLog()).toEqual([[`validation:${wb.id}:v1:etape-1`, 'envoyé']]);
});

it('« Ma semaine » lists under « À valider par moi » the conventions awaiting the caller’s role, and only those', () => {
  const wb = workbook();
  expect(wb.week(LEGAL).approvals).toEqual([]);
  wb.submit();
  const legal = wb.week(LEGAL).approvals;
  expect(legal.map((c) => [c.id, c.partnerName, c.status, c.awaitingRole])).toEqual([[wb.id, 'Fondation Sahel', 'En validation', 'juridique']]);
  expect(wb.week(FINANCE).approvals).toEqual([]);
  expect(wb.week(OFFICER).approvals).toEqual([]);
  // The next pages bring items only: the approvals came with the first.
  expect(wb.week(LEGAL, 5).approvals).toEqual([]);

  wb.decide(LEGAL, 'approuver');
  expect(wb.week(LEGAL).approvals).toEqual([]);
  expect(wb.week(FINANCE).approvals.map((c) => c.id)).toEqual([wb.id]);
  wb.decide(FINANCE, 'approuver');
  expect(wb.week(FINANCE).approvals).toEqual([]);
});
