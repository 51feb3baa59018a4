/**
 * The approval circuit of conventions, configured in Paramètres, section
 * « Circuit de validation », one row per step:
 *
 *   Clé = "<ordre>. <rôle>"     e.g. "1. juridique", "3. DG"
 *   Valeur = "obligatoire" | "facultatif" [; seuil <montant FCFA>]
 *            e.g. "obligatoire ; seuil 10000000" — the step applies only when the convention's
 *            amount in FCFA is ≥ the threshold (EUR converts at 655,957; an unknown amount or a
 *            currency without a fixed parity keeps the step, to be safe).
 *
 * Optional (« facultatif ») steps are awaited and notified like required ones; an admin may mark
 * one « non requise » (skipOptionalStep), and an optional step whose role has no holder in
 * Paramètres › Rôles is skipped by itself. A required step always waits for its role holder.
 */
import type { DataRecord } from '../schema/field';
import { ROLES } from '../schema/vocabulary';
import { foldText, parseFrenchNumber } from '../records/normalise';
import { formatMoney } from '../format/french';
import { toXof } from '../format/xof';
import type { Role, Settings } from '../settings/settings';

export const CIRCUIT_SECTION = 'Circuit de validation';

export interface CircuitStepConfig {
  order: number;
  role: Role;
  required: boolean;
  /** Minimum amount in FCFA for the step to apply (null: always). */
  threshold: number | null;
}

export const DEFAULT_CIRCUIT: readonly CircuitStepConfig[] = [
  { order: 1, role: 'juridique', required: true, threshold: null },
  { order: 2, role: 'DAF', required: true, threshold: null },
  { order: 3, role: 'DG', required: true, threshold: 10_000_000 },
  { order: 4, role: 'SG', required: false, threshold: null },
];

/** Rows of the default circuit for « Initialiser le classeur ». */
export function defaultCircuitRows(): Record<string, string>[] {
  return DEFAULT_CIRCUIT.map((s, i) => ({
    section: CIRCUIT_SECTION,
    key: `${s.order}. ${s.role}`,
    value: circuitValueText(s),
    note:
      i === 0
        ? 'Clé « ordre. rôle » ; Valeur « obligatoire » ou « facultatif », et « ; seuil <montant FCFA> » pour une étape qui ne s’applique qu’à partir de ce montant'
        : s.threshold !== null
          ? `Étape seulement pour les conventions d’au moins ${formatMoney(s.threshold)}`
          : s.required
            ? ''
            : 'Étape facultative : un admin peut la marquer « non requise »',
  }));
}

function circuitValueText(s: CircuitStepConfig): string {
  return `${s.required ? 'obligatoire' : 'facultatif'}${s.threshold !== null ? ` ; seuil ${s.threshold}` : ''}`;
}

/** One row of the section: a step, or a French problem naming the row's key. */
export function parseCircuitRow(key: string, value: string): { step: CircuitStepConfig } | { problem: string } {
  const where = `Paramètres › ${CIRCUIT_SECTION} › « ${key} »`;
  const m = /^\s*(\d+)\s*[.)°-]?\s*(.+?)\s*$/.exec(key);
  if (!m) return { problem: `${where} : la clé doit être « ordre. rôle » (ex. « 3. DG »).` };
  const role = ROLES.find((r) => foldText(r) === foldText(m[2]));
  if (!role || role === 'lecteur') return { problem: `${where} : rôle inconnu « ${m[2]} » (rôles possibles : juridique, DAF, DG, SG, admin, chargé).` };
  let required = true;
  let threshold: number | null = null;
  for (const raw of value.split(';')) {
    const token = foldText(raw).trim();
    if (token === '') continue;
    if (/^(obligatoire|requise?)$/.test(token)) required = true;
    else if (/^(facultati(f|ve)|optionnel(le)?)$/.test(token)) required = false;
    else {
      const t = /^(?:seuil|au-?dessus de|a partir de|des)\s*:?\s*(.+)$/.exec(token);
      const n = t ? parseFrenchNumber(t[1]) : null;
      if (n === null || n < 0)
        return {
          problem: `${where} : « ${raw.trim()} » n'est pas compris (attendu : « obligatoire » ou « facultatif », puis éventuellement « seuil 10000000 »).`,
        };
      threshold = n;
    }
  }
  return { step: { order: Number(m[1]), role, required, threshold } };
}

/** Parses the section's rows (in sheet order); an empty section means the default circuit. */
export function parseCircuit(rows: readonly { key: string; value: string }[]): { steps: CircuitStepConfig[]; problems: string[] } {
  const steps: CircuitStepConfig[] = [];
  const problems: string[] = [];
  for (const r of rows) {
    const parsed = parseCircuitRow(r.key, r.value);
    if ('problem' in parsed) problems.push(parsed.problem);
    else if (steps.some((s) => s.order === parsed.step.order))
      problems.push(`Paramètres › ${CIRCUIT_SECTION} : l'ordre ${parsed.step.order} est utilisé deux fois.`);
    else steps.push(parsed.step);
  }
  steps.sort((a, b) => a.order - b.order);
  return { steps: rows.length === 0 ? DEFAULT_CIRCUIT.map((s) => ({ ...s })) : steps, problems };
}

/** A configured step applied to one convention. */
export interface AppliedStep extends CircuitStepConfig {
  applies: boolean;
  /** Why the step does not apply, or why its amount test was inconclusive (French). */
  reason: string;
  /** Emails holding the role in Paramètres › Rôles. */
  holders: string[];
}

/** Amount of the convention in FCFA; null when unknown or in a currency without a fixed parity. */
export function amountInXof(convention: DataRecord): number | null {
  const amount = convention.amount;
  if (typeof amount !== 'number' || !Number.isFinite(amount)) return null;
  return toXof(amount, String(convention.currency ?? ''));
}

function roleHolders(settings: Settings, role: Role): string[] {
  return Object.entries(settings.roles)
    .filter(([, r]) => r === role)
    .map(([email]) => email)
    .sort();
}

/** The circuit's steps for a convention, in order, with the threshold test and the role holders. */
export function circuitFor(convention: DataRecord, settings: Settings): AppliedStep[] {
  const config = settings.circuit && settings.circuit.length ? settings.circuit : DEFAULT_CIRCUIT;
  const xof = amountInXof(convention);
  return config.map((s) => {
    let applies = true;
    let reason = '';
    if (s.threshold !== null) {
      if (xof === null) reason = `Montant inconnu en FCFA : l'étape est maintenue (seuil ${formatMoney(s.threshold)}).`;
      else if (xof < s.threshold) {
        applies = false;
        reason = `Montant (${formatMoney(xof)}) inférieur au seuil de ${formatMoney(s.threshold)}.`;
      }
    }
    return { ...s, applies, reason, holders: roleHolders(settings, s.role) };
  });
}

/** « étape 2 (DAF) », « étape 4 (SG, facultative) »: a step as messages name it. */
export function stepLabel(step: CircuitStepConfig): string {
  return `étape ${step.order} (${step.role}${step.required ? '' : ', facultative'})`;
}
