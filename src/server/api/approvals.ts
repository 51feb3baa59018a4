/**
 * Approval circuit of conventions: submission, decisions by the role holders in the
 * order of Paramètres › Circuit de validation, notifications sent once (sent-log « Envois »).
 * Every decision is a row of « Validations » (append-only) and goes to the Journal.
 */
import type { ConventionDetail } from '../../domain/contracts';
import type { DataRecord, Row, TableSpec } from '../../domain/schema/field';
import { CONVENTIONS, PARTNERS } from '../../domain/schema/tables';
import type { Role, Settings } from '../../domain/settings/settings';
import { SIGNATURES, VALIDATIONS, type ValidationDecision } from '../../domain/conventions/approval-tables';
import { currentVersion, stateOf } from '../../domain/conventions/approval-view';
import { approvalDetail as approvalDetail_ } from '../../domain/conventions/approval-detail';
import { circuitFor, type AppliedStep } from '../../domain/conventions/approval-circuit';
import type { CircuitState } from '../../domain/conventions/approval-state';
import { formatDateFr, formatMoney } from '../../domain/format/french';
import { SheetTable } from '../../services/sheet-table';
import type { StoreContext } from '../../services/store-context';
import { SheetMissingError } from '../../store/errors';
import { appendJournal } from '../../services/journal';
import { loadSettings } from '../../services/settings-store';
import { sendOnce, type SendResult } from '../../services/mail/notifier';
import { once } from '../../services/request-ledger';
import { serve } from '../frame/endpoint';

type DecisionInput = 'approuver' | 'rejeter' | 'demander des modifications';

const DECISION_ROW: Record<DecisionInput, ValidationDecision> = {
  approuver: 'approuvée',
  rejeter: 'rejetée',
  'demander des modifications': 'modifications demandées',
};

// ---- Reading ---------------------------------------------------------------------------------

function rowsOrEmpty_(ctx: StoreContext, spec: TableSpec): DataRecord[] {
  try {
    return SheetTable.open(ctx, spec)
      .all()
      .map((s) => s.record);
  } catch (e) {
    if (e instanceof SheetMissingError) return [];
    throw e;
  }
}

/** Circuit, decision right and signatures of one convention (for the sidebar's approval tab). */
export const getApprovalCircuit = serve('getApprovalCircuit', ({ ctx, role }, id) => {
  const w = openWork_(ctx, id);
  return approvalDetail_(
    w.record,
    w.partnerName,
    { validations: w.validations.all().map((s) => s.record), signatures: rowsOrEmpty_(ctx, SIGNATURES) },
    loadSettings(ctx),
    role,
  );
});

// ---- Shared state of a mutation ---------------------------------------------------------------

export interface ConventionWork {
  conventions: SheetTable<typeof CONVENTIONS>;
  validations: SheetTable<typeof VALIDATIONS>;
  record: Row<typeof CONVENTIONS>;
  partnerName: string;
}

export function openWork_(ctx: StoreContext, id: string): ConventionWork {
  const conventions = SheetTable.open(ctx, CONVENTIONS);
  const record = conventions.getOrThrow(id).record;
  const validations = SheetTable.open(ctx, VALIDATIONS);
  const partner = SheetTable.open(ctx, PARTNERS).get(record.partnerId);
  return { conventions, validations, record, partnerName: partner?.record.name ?? record.partnerId };
}

function versionRows_(w: ConventionWork): DataRecord[] {
  return w.validations.all().map((s) => s.record);
}

function stepLabel_(step: AppliedStep): string {
  return `étape ${step.order} (${step.role}${step.required ? '' : ', facultative'})`;
}

// ---- Notifications ---------------------------------------------------------------------------

function facts_(w: ConventionWork, ctx: StoreContext): string[] {
  const r = w.record;
  const currency = r.currency || 'XOF';
  return [
    `Convention : ${r.id} — ${r.type} avec ${w.partnerName}`,
    `Version : ${currentVersion(r)}`,
    typeof r.amount === 'number' ? `Montant : ${formatMoney(r.amount, currency)}` : '',
    typeof r.inKind === 'number' && r.inKind > 0 ? `Contribution en nature (valorisée) : ${formatMoney(r.inKind)}` : '',
    r.startDate && r.endDate ? `Période : du ${formatDateFr(r.startDate)} au ${formatDateFr(r.endDate)}` : '',
    r.docUrl ? `Document : ${r.docUrl}` : '',
    `Classeur Pacte : ${ctx.spreadsheet.getUrl()}`,
  ].filter(Boolean);
}

/** Tells the holders of the awaited step's role; once per (convention, version, step). */
function notifyAwaited_(ctx: StoreContext, w: ConventionWork, step: AppliedStep, settings: Settings): SendResult | null {
  const holders = step.holders.length
    ? step.holders
    : Object.entries(settings.roles)
        .filter(([, r]) => r === step.role)
        .map(([e]) => e);
  if (holders.length === 0) return null;
  const id = w.record.id;
  const version = currentVersion(w.record);
  return sendOnce(ctx, `validation:${id}:v${version}:etape-${step.order}`, {
    to: holders,
    subject: `[Pacte] Validation attendue : convention ${id} (v${version}) — ${w.partnerName}`,
    body: [
      'Bonjour,',
      '',
      `La convention ${id} attend votre décision en tant que ${step.role} (${stepLabel_(step)} du circuit de validation).`,
      '',
      ...facts_(w, ctx),
      '',
      'Ouvrez Pacte (Extensions → Pacte → Ouvrir Pacte › Conventions) pour approuver, demander des modifications ou rejeter (un commentaire est alors obligatoire).',
      '',
      '— Pacte',
    ].join('\n'),
  });
}

/** Tells the author (who submitted the version) the outcome of the circuit; once per outcome. */
function notifyAuthor_(
  ctx: StoreContext,
  w: ConventionWork,
  state: CircuitState,
  outcome: 'validée' | 'rejetée' | 'modifications demandées',
  by: string,
  comment: string,
): SendResult | null {
  if (!state.submittedBy) return null;
  const id = w.record.id;
  const version = currentVersion(w.record);
  const headline =
    outcome === 'validée'
      ? `La version ${version} de la convention ${id} a franchi toutes les étapes du circuit : elle est « Validée » et peut être signée.`
      : outcome === 'rejetée'
        ? `La version ${version} de la convention ${id} a été rejetée par ${by}. Elle repasse au statut « Brouillon » : générez une nouvelle version pour la soumettre à nouveau.`
        : `Des modifications de la version ${version} de la convention ${id} sont demandées par ${by}. Elle repasse au statut « Brouillon » : générez une nouvelle version pour la soumettre à nouveau.`;
  return sendOnce(ctx, `validation:${id}:v${version}:${outcome === 'validée' ? 'validee' : outcome === 'rejetée' ? 'rejetee' : 'modifications'}`, {
    to: [state.submittedBy],
    subject: `[Pacte] Convention ${id} (v${version}) ${outcome === 'validée' ? 'validée' : outcome === 'rejetée' ? 'rejetée' : ': modifications demandées'} — ${w.partnerName}`,
    body: ['Bonjour,', '', headline, ...(comment ? ['', `Commentaire : ${comment}`] : []), '', ...facts_(w, ctx), '', '— Pacte'].join('\n'),
  });
}

function withNotice_(detail: ConventionDetail, results: (SendResult | null)[]): ConventionDetail {
  const notices = results.filter((r): r is SendResult => r !== null && r.notice !== '').map((r) => r.notice);
  return notices.length ? { ...detail, notice: notices.join(' ') } : detail;
}

// ---- Submission ------------------------------------------------------------------------------

/**
 * Submits the current version of a « Brouillon » convention with a generated Doc: status
 * « En validation », the holders of the first applicable step notified. A retry (the convention
 * is already « En validation » for this version) only re-sends what was not sent.
 */
export const submitForValidation = serve('submitForValidation', ({ ctx, role }, id) => {
  const settings = loadSettings(ctx);
  const w = openWork_(ctx, id);
  const version = currentVersion(w.record);
  let state = stateOf(w.record, versionRows_(w), settings);
  const status = w.record.status;

  if (status === 'En validation' && state.outcome === 'en cours') {
    const sent = state.awaiting ? notifyAwaited_(ctx, w, state.awaiting, settings) : null;
    return withNotice_(detail_(ctx, w, settings, role), [sent]);
  }
  if (status !== 'Brouillon') {
    throw new Error(
      `La convention ${id} est au statut « ${status} » : seule une convention au statut « Brouillon » peut être soumise au circuit de validation.`,
    );
  }
  if (!w.record.docUrl.trim()) {
    throw new Error(`La convention ${id} n'a pas de document généré (colonne « Lien Doc » vide) : générez la convention avant de la soumettre.`);
  }
  if (state.outcome === 'rejetée' || state.outcome === 'modifications demandées') {
    throw new Error(
      `La version ${version} de la convention ${id} a été ${state.outcome === 'rejetée' ? 'rejetée' : 'renvoyée pour modifications'} : générez une nouvelle version avant de la soumettre à nouveau.`,
    );
  }
  if (settings.circuitProblems?.length) throw new Error(`Le circuit de validation est mal configuré : ${settings.circuitProblems.join(' ')}`);
  const orphan = circuitFor(w.record, settings).find((s) => s.applies && s.required && s.holders.length === 0);
  if (orphan) {
    throw new Error(
      `Aucun titulaire du rôle ${orphan.role} dans Paramètres › Rôles (${stepLabel_(orphan)} du circuit) : ajoutez-en un avant de soumettre la convention ${id}.`,
    );
  }

  w.validations.insert([{ conventionId: id, version, order: 0, role, validator: ctx.user, decision: 'soumise', comment: '', date: ctx.stamp() }]);
  state = stateOf(w.record, versionRows_(w), settings);
  const next = state.outcome === 'validée' ? 'Validée' : 'En validation';
  w.record = w.conventions.update(id, { status: next }, 'soumission');
  appendJournal(ctx, [
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'validation',
      field: 'Circuit',
      before: '',
      after: `version ${version} soumise${state.awaiting ? ` ; attendu : ${state.awaiting.role}` : ' ; aucune étape requise'}`,
    },
  ]);
  const sent = state.awaiting ? notifyAwaited_(ctx, w, state.awaiting, settings) : notifyAuthor_(ctx, w, state, 'validée', ctx.user, '');
  return withNotice_(detail_(ctx, w, settings, role), [sent]);
});

// ---- Decisions -------------------------------------------------------------------------------

/**
 * The holder of the awaited step's role approves, rejects or requests changes on the current
 * version. Approval moves to the next applicable step (notified) or, after the last, to
 * « Validée » (author notified); rejection and change requests (comment required) send the
 * convention back to « Brouillon » (author notified; a new version restarts the circuit).
 */
export const decideValidation = serve('decideValidation', ({ ctx, role }, id, v, choice, comment) => {
  const text = comment ?? '';
  const settings = loadSettings(ctx);
  const w = openWork_(ctx, id);
  // The step decided, as the first attempt found it: its retry finishes that decision, not the next step's.
  const step = once(ctx, 'step', () => awaitedStep_(w, v, settings));
  if (role !== step.role) {
    throw new Error(`Décision refusée : la convention ${id} attend la décision du rôle ${step.role} (${stepLabel_(step)}) ; votre rôle est ${role}.`);
  }
  if (choice !== 'approuver' && text === '') {
    throw new Error(
      `Commentaire obligatoire pour ${choice === 'rejeter' ? 'rejeter' : 'demander des modifications de'} la convention ${id} : expliquez la raison.`,
    );
  }
  return recordDecision_(ctx, w, step, DECISION_ROW[choice], text, settings, role);
});

/** An admin marks the awaited optional step « non requise »; the circuit moves on. */
export const skipOptionalStep = serve('skipOptionalStep', ({ ctx, role }, id, v, comment) => {
  const text = comment ?? '';
  const settings = loadSettings(ctx);
  const w = openWork_(ctx, id);
  const step = awaitedStep_(w, v, settings);
  if (step.required) throw new Error(`L'étape en attente (${stepLabel_(step)}) est obligatoire : seul le rôle ${step.role} peut la franchir.`);
  return recordDecision_(ctx, w, step, 'non requise', text || 'Étape facultative marquée « non requise » par un admin.', settings, role);
});

function awaitedStep_(w: ConventionWork, v: number, settings: Settings): AppliedStep {
  const id = w.record.id;
  const current = currentVersion(w.record);
  if (v !== current) {
    throw new Error(
      `La version ${v} de la convention ${id} n'est plus la version en cours (version actuelle : ${current}) : la décision doit porter sur la version ${current}.`,
    );
  }
  if (w.record.status !== 'En validation') {
    throw new Error(`La convention ${id} n'est pas en validation (statut : « ${w.record.status} ») : aucune décision n'est attendue.`);
  }
  const state = stateOf(w.record, versionRows_(w), settings);
  if (!state.awaiting) throw new Error(`La convention ${id} n'attend plus de décision : toutes les étapes du circuit sont franchies.`);
  return state.awaiting;
}

function recordDecision_(
  ctx: StoreContext,
  w: ConventionWork,
  step: AppliedStep,
  decision: ValidationDecision,
  comment: string,
  settings: Settings,
  role: Role,
): ConventionDetail {
  const id = w.record.id;
  const version = currentVersion(w.record);
  w.validations.insert([{ conventionId: id, version, order: step.order, role: step.role, validator: ctx.user, decision, comment, date: ctx.stamp() }]);
  const state = stateOf(w.record, versionRows_(w), settings);
  appendJournal(ctx, [
    {
      sheet: CONVENTIONS.sheetName,
      recordId: id,
      action: 'validation',
      field: `Étape ${step.order} (${step.role})`,
      before: 'en attente',
      after: `${decision}${comment ? ` : ${comment}` : ''}`,
    },
  ]);
  const sent: (SendResult | null)[] = [];
  if (state.outcome === 'rejetée' || state.outcome === 'modifications demandées') {
    w.record = w.conventions.update(id, { status: 'Brouillon' }, 'validation');
    sent.push(notifyAuthor_(ctx, w, state, state.outcome, ctx.user, comment));
  } else if (state.outcome === 'validée') {
    w.record = w.conventions.update(id, { status: 'Validée' }, 'validation');
    sent.push(notifyAuthor_(ctx, w, state, 'validée', ctx.user, comment));
  } else if (state.awaiting) {
    sent.push(notifyAwaited_(ctx, w, state.awaiting, settings));
  }
  return withNotice_(detail_(ctx, w, settings, role), sent);
}

function detail_(ctx: StoreContext, w: ConventionWork, settings: Settings, role: Role): ConventionDetail {
  return approvalDetail_(w.record, w.partnerName, { validations: versionRows_(w), signatures: rowsOrEmpty_(ctx, SIGNATURES) }, settings, role);
}
