/**
 * The Diagnostic's checks, as verdicts: what the probes saw on the live account (plain data, no
 * Apps Script types) → OK or « À corriger », with a French detail and what to do. One function
 * per check; a probe that throws becomes `probeFailed`.
 */
import type { TableSpec } from '../schema/field';
import { foldText } from '../records/normalise';
import type { ChainVerdict } from '../journal/chain';

export interface Verdict {
  /** Vérification (first column of the report). */
  check: string;
  ok: boolean;
  detail: string;
  /** Que faire: '' when OK. */
  fix: string;
}

const ok = (check: string, detail: string): Verdict => ({ check, ok: true, detail, fix: '' });
const bad = (check: string, detail: string, fix: string): Verdict => ({ check, ok: false, detail, fix });
const quoted = (items: readonly string[]): string => items.map((i) => `« ${i} »`).join(', ');

/** A probe that threw: the check could not be made, which is itself to be corrected. */
export function probeFailed(check: string, message: string): Verdict {
  return bad(
    check,
    `La vérification n'a pas pu se faire : ${message}`,
    'Relancez le diagnostic ; si le message revient, transmettez-le à la personne qui a installé Pacte.',
  );
}

// ---- scopes ----------------------------------------------------------------------------------------

export const SCOPES_CHECK = 'Autorisations Google (OAuth)';

export interface ScopesSeen {
  required: boolean;
  /** null when Google does not tell (older runtime). */
  granted: readonly string[] | null;
  authorizationUrl: string | null;
}

const shortScope = (s: string): string => s.replace('https://www.googleapis.com/auth/', '');

export function scopesVerdict(seen: ScopesSeen, expected: readonly string[]): Verdict {
  const missing = seen.granted ? expected.filter((s) => !seen.granted!.includes(s)) : [];
  if (!seen.required && missing.length === 0) return ok(SCOPES_CHECK, `Les ${expected.length} autorisations de Pacte sont accordées.`);
  const what = missing.length ? `Autorisations non accordées : ${missing.map(shortScope).join(', ')}.` : "Google demande d'autoriser Pacte à nouveau.";
  return bad(
    SCOPES_CHECK,
    what,
    `Ouvrez ${seen.authorizationUrl ?? 'Extensions → Pacte'} et acceptez toutes les autorisations demandées (cochez chaque case) ; sans elles, une partie de Pacte échoue.`,
  );
}

// ---- triggers --------------------------------------------------------------------------------------

export const TRIGGERS_CHECK = 'Déclencheurs (tâches automatiques)';

export interface ExpectedTrigger {
  /** ScriptApp.EventType name: 'CLOCK', 'ON_FORM_SUBMIT'. */
  type: string;
  handler: string;
}

export interface TriggerSeen {
  type: string;
  handler: string;
}

const TYPE_LABELS: Record<string, string> = { CLOCK: 'horaire', ON_FORM_SUBMIT: 'envoi de formulaire', ON_OPEN: 'ouverture', ON_EDIT: 'modification' };
const typeLabel = (t: string): string => TYPE_LABELS[t] ?? t;

/** Exactly one trigger per expected (type, handler), nothing else; `owner` is the account they run as. */
export function triggersVerdict(seen: readonly TriggerSeen[], owner: string, expected: readonly ExpectedTrigger[]): Verdict {
  const counts = new Map<string, number>();
  for (const t of seen) counts.set(typeLabel(t.type), (counts.get(typeLabel(t.type)) ?? 0) + 1);
  const inventory = seen.length
    ? `${seen.length} déclencheur${seen.length > 1 ? 's' : ''} de ${owner || 'ce compte'} (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')})`
    : `Aucun déclencheur installé par ${owner || 'ce compte'}`;
  const problems: string[] = [];
  for (const e of expected) {
    const n = seen.filter((t) => t.type === e.type && t.handler === e.handler).length;
    if (n === 0) problems.push(`manque le déclencheur ${typeLabel(e.type)} « ${e.handler} »`);
    else if (n > 1) problems.push(`${n} déclencheurs ${typeLabel(e.type)} « ${e.handler} » au lieu d'un`);
  }
  const extra = seen.filter((t) => !expected.some((e) => e.type === t.type && e.handler === t.handler));
  if (extra.length) problems.push(`en trop : ${extra.map((t) => `${typeLabel(t.type)} « ${t.handler} »`).join(', ')}`);
  if (problems.length === 0) return ok(TRIGGERS_CHECK, `${inventory}, comme attendu.`);
  return bad(
    TRIGGERS_CHECK,
    `${inventory} : ${problems.join(' ; ')}. (Les déclencheurs d'autres comptes ne sont pas visibles.)`,
    'Lancez Extensions → Pacte → Initialiser le classeur depuis ce compte : Pacte réinstalle ses déclencheurs (un de chaque) et supprime les doublons.',
  );
}

// ---- lock, form, Drive, mail -------------------------------------------------------------------------

export const LOCK_CHECK = 'Verrou du classeur';

export function lockVerdict(seen: 'acquired' | 'busy' | 'unavailable'): Verdict {
  if (seen === 'acquired') return ok(LOCK_CHECK, 'Le verrou du document est disponible : les enregistrements simultanés sont mis en file.');
  if (seen === 'busy')
    return bad(
      LOCK_CHECK,
      'Le verrou du document est tenu par une autre exécution depuis plus de 10 secondes.',
      'Attendez une minute et relancez le diagnostic ; si le verrou reste pris, regardez les exécutions en cours (Apps Script → Exécutions).',
    );
  return bad(
    LOCK_CHECK,
    "Google ne fournit pas de verrou de document : Pacte n'est pas ouvert depuis un classeur.",
    "Ouvrez Pacte depuis le classeur Google Sheets de l'organisation (Extensions → Pacte).",
  );
}

export const FORM_CHECK = 'Formulaire Google (enquêtes)';

export interface FormSeen {
  published: boolean;
  accepting: boolean;
  trashed: boolean;
}

export function formVerdict(seen: FormSeen): Verdict {
  const steps = `créé, ${seen.published ? 'publié' : 'non publié'}, ${seen.accepting ? 'ouvert aux réponses' : 'fermé aux réponses'}, ${seen.trashed ? 'mis à la corbeille' : 'pas mis à la corbeille'}`;
  if (seen.published && seen.accepting && seen.trashed) return ok(FORM_CHECK, `Formulaire d'essai ${steps}.`);
  if (!seen.published || !seen.accepting)
    return bad(
      FORM_CHECK,
      `Formulaire d'essai ${steps} : Google n'a pas laissé Pacte publier le formulaire.`,
      "Demandez à l'administrateur Google Workspace d'autoriser la publication de formulaires (Console d'administration → Forms) ; sans cela les enquêtes ne reçoivent pas de réponses.",
    );
  return bad(FORM_CHECK, `Formulaire d'essai ${steps}.`, 'Supprimez à la main le formulaire « Pacte — diagnostic » de votre Drive.');
}

export const DRIVE_CHECK = 'Dossier Drive de Pacte';

export interface DriveSeen {
  /** The folder's name, or null when Pacte has not created it yet (then the Drive root was tested). */
  folder: string | null;
  readable: boolean;
  writable: boolean;
}

export function driveVerdict(seen: DriveSeen): Verdict {
  const where = seen.folder ? `Le dossier « ${seen.folder} »` : "Le dossier de Pacte n'existe pas encore (il sera créé au premier document) ; votre Drive";
  if (seen.readable && seen.writable) return ok(DRIVE_CHECK, `${where} : lecture et écriture possibles.`);
  const missing = [seen.readable ? '' : 'lecture', seen.writable ? '' : 'écriture'].filter(Boolean).join(' et ');
  return bad(
    DRIVE_CHECK,
    `${where} : ${missing} impossible${missing.includes(' et ') ? 's' : ''}.`,
    'Vérifiez que le dossier vous est partagé en modification (ou demandez à un·e admin de Pacte de créer une note de rendez-vous : Pacte partage alors ses dossiers avec les rôles de Paramètres).',
  );
}

export const MAIL_CHECK = "Quota d'envoi d'e-mails";

export function mailVerdict(remaining: number): Verdict {
  if (remaining > 0) return ok(MAIL_CHECK, `${remaining} destinataire${remaining > 1 ? 's' : ''} possible${remaining > 1 ? 's' : ''} aujourd'hui.`);
  return bad(
    MAIL_CHECK,
    "Quota d'envoi de Google épuisé pour aujourd'hui : aucun e-mail ne part (invitations d'enquête, demandes de validation).",
    "Rien n'est perdu : les envois attendent dans la file et repartent quand Google renouvelle le quota (24 h après les premiers envois). Pour un quota plus grand, utilisez un compte Google Workspace.",
  );
}

// ---- spreadsheet settings, headers, protections ----------------------------------------------------

export const LOCALE_CHECK = 'Fuseau horaire et paramètres régionaux';

export function localeVerdict(timeZone: string, locale: string): Verdict {
  const detail = `Fuseau horaire du classeur : ${timeZone} ; paramètres régionaux : ${locale}.`;
  if (/^fr(_|$)/i.test(locale) && timeZone) return ok(LOCALE_CHECK, detail);
  return bad(
    LOCALE_CHECK,
    `${detail} Les dates et montants s'affichent au format français seulement avec des paramètres régionaux français.`,
    'Fichier → Paramètres → Paramètres régionaux : choisissez Français (par exemple « Mali ») et le fuseau horaire de vos bureaux.',
  );
}

export const HEADERS_CHECK = 'En-têtes des feuilles de Pacte';

export interface SheetHeadersSeen {
  sheet: string;
  /** Row 1 of the sheet; null when the sheet does not exist. */
  headers: readonly unknown[] | null;
}

/** Every Pacte sheet has every Pacte column (by header, accents and case ignored); unknown ones are named. */
export function headersVerdict(seen: readonly SheetHeadersSeen[], specs: readonly TableSpec[]): Verdict {
  const problems: string[] = [];
  for (const spec of specs) {
    const row = seen.find((s) => s.sheet === spec.sheetName)?.headers ?? null;
    if (row === null) {
      problems.push(`feuille « ${spec.sheetName} » absente`);
      continue;
    }
    const present = row.map((h) => String(h ?? '').trim()).filter(Boolean);
    const folded = new Set(present.map(foldText));
    const missing = spec.fields.filter((f) => !folded.has(foldText(f.header))).map((f) => f.header);
    if (missing.length === 0) continue;
    const known = new Set(spec.fields.map((f) => foldText(f.header)));
    const unknown = present.filter((h) => !known.has(foldText(h)));
    problems.push(
      `« ${spec.sheetName} » : ${missing.length > 1 ? 'colonnes introuvables' : 'colonne introuvable'} ${quoted(missing)}` +
        (unknown.length ? ` (en-têtes non reconnus, peut-être renommés : ${quoted(unknown)})` : ''),
    );
  }
  if (problems.length === 0) return ok(HEADERS_CHECK, `Les ${specs.length} feuilles de Pacte ont toutes leurs colonnes.`);
  return bad(
    HEADERS_CHECK,
    `${problems.join(' ; ')}.`,
    "Rendez à chaque colonne son en-tête d'origine (ligne 1), ou lancez Extensions → Pacte → Initialiser le classeur, qui recrée les feuilles et colonnes manquantes sans toucher aux données.",
  );
}

export const PROTECTIONS_CHECK = 'Protections des feuilles de Pacte';

export interface BlockingProtection {
  sheet: string;
  /** A1 notation of the protected range, or '' for the whole sheet. */
  range: string;
  description: string;
}

/** A protection Pacte puts in place at set-up (workbook-setup.ts), and whether the Diagnostic found it. */
export interface PacteProtectionSeen {
  sheet: string;
  present: boolean;
}

/**
 * Two lists in one check: the protections that block Pacte for this account (someone else's), and
 * the warning-only protections Pacte sets itself (present, or missing: Initialiser puts them back).
 */
export function protectionsVerdict(blocking: readonly BlockingProtection[], user: string, own: readonly PacteProtectionSeen[] = []): Verdict {
  const present = own.filter((p) => p.present).map((p) => p.sheet);
  const missing = own.filter((p) => !p.present).map((p) => p.sheet);
  const ownLine = present.length ? ` Avertissement avant modification à la main posé par Pacte sur : ${quoted(present)}.` : '';
  const problems: string[] = [];
  const fixes: string[] = [];
  if (blocking.length) {
    const list = blocking.map((b) => `« ${b.sheet} »${b.range ? ` ${b.range}` : ' (feuille entière)'}${b.description ? ` — ${b.description}` : ''}`);
    problems.push(`${user || 'Ce compte'} ne peut pas modifier : ${list.join(' ; ')}. Pacte y échouera pour ce compte.`);
    fixes.push('Données → Feuilles et plages protégées : ajoutez ce compte (et les chargé·e·s) aux éditeurs, ou retirez la protection des feuilles de Pacte.');
  }
  if (missing.length) {
    problems.push(`Protection de Pacte absente (avertissement avant modification à la main) : ${quoted(missing)}.`);
    fixes.push(
      "Relancez Extensions → Pacte → Initialiser le classeur : Pacte remet ses protections (un avertissement seulement, personne n'est bloqué), sans toucher aux données.",
    );
  }
  if (problems.length === 0) return ok(PROTECTIONS_CHECK, `Aucune plage protégée ne bloque les feuilles de Pacte.${ownLine}`);
  return bad(PROTECTIONS_CHECK, `${problems.join(' ')}${ownLine}`, fixes.join(' '));
}

// ---- Journal -----------------------------------------------------------------------------------------

export const JOURNAL_CHECK = 'Journal (intégrité)';

/** What the Diagnostic found in the Journal: null when the sheet is missing (the headers check says so). */
export type JournalSeen = ChainVerdict | null;

const entriesText = (n: number): string => `${n} entrée${n > 1 ? 's' : ''}`;

/**
 * The chain of empreintes verified: OK with the number of entries, or the first broken row. The Journal
 * is evidence: the fix never « repairs » it, it points to the version history to see who changed it.
 */
export function journalVerdict(seen: JournalSeen): Verdict {
  if (!seen)
    return bad(
      JOURNAL_CHECK,
      'La feuille « Journal » est absente.',
      "Lancez Extensions → Pacte → Initialiser le classeur, puis Fichier → Historique des versions pour retrouver qui l'a supprimée.",
    );
  const before = seen.unchained
    ? ` ${entriesText(seen.unchained)} antérieure${seen.unchained > 1 ? 's' : ''} à la chaîne (écrite${seen.unchained > 1 ? 's' : ''} avant les empreintes, non vérifiable${seen.unchained > 1 ? 's' : ''}).`
    : '';
  if (seen.ok) return ok(JOURNAL_CHECK, `${entriesText(seen.entries)} vérifiée${seen.entries > 1 ? 's' : ''} : aucune modifiée ni supprimée.${before}`);
  const where = seen.kind === 'truncated' ? `Journal : ${seen.reason}.` : `Journal, ligne ${seen.row} : ${seen.reason}.`;
  return bad(
    JOURNAL_CHECK,
    `${where} Les entrées avant la ligne ${seen.row} sont intactes.${before}`,
    "Le Journal est une preuve : ne le « réparez » pas, ne recopiez rien à la main. Ouvrez Fichier → Historique des versions du classeur autour de cette ligne pour voir qui l'a changé et quand, puis informez l'admin de Pacte.",
  );
}
