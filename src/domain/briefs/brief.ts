/**
 * The meeting brief (« Note de rendez-vous »): which placeholders a template may hold, what
 * each becomes for a partner, the tables (history, open opportunities, open commitments), the
 * names of the Doc and its folders, and the default French template Pacte creates once.
 */
import type { CellData, DataRecord } from '../schema/field';
import { formatDateFr, formatMoney } from '../format/french';
import { parseFrenchDate, type LocalDate } from '../format/local-date';
import { isClosedStage } from '../pipeline/opportunity-card';
import { toXof } from '../format/xof';
import { quadrantOf } from '../partners/priority';
import { text } from '../records/coerce';

export const TEMPLATE_SECTION = 'Modèles';
export const TEMPLATE_KEY = 'Note de rendez-vous';
export const TEMPLATE_NAME = 'Modèle — Note de rendez-vous (Pacte)';

/** Text placeholders and what they hold (shown to whoever edits the template). */
const TEXT_PLACEHOLDERS: Readonly<Record<string, string>> = {
  'partenaire.id': 'ID du partenaire (PAR-0001)',
  'partenaire.nom': 'Nom',
  'partenaire.sigle': 'Sigle',
  'partenaire.type': 'Type',
  'partenaire.categorie': 'Catégorie',
  'partenaire.pays': 'Pays',
  'partenaire.region': 'Région',
  'partenaire.secteurs': 'Secteurs',
  'partenaire.statut': 'Statut du cycle',
  'partenaire.responsable': 'Responsable interne',
  'partenaire.priorite': 'Score de priorité',
  'partenaire.quadrant': 'Quadrant pouvoir / intérêt',
  'partenaire.prochaine_action': 'Prochaine action',
  'partenaire.prochaine_echeance': 'Prochaine échéance',
  'partenaire.email': 'Email',
  'partenaire.telephone': 'Téléphone',
  'partenaire.site': 'Site web',
  date: 'Date du rendez-vous',
  objectifs: 'Objectifs du rendez-vous',
  messages_cles: 'Messages clés',
  organisation: 'Nom de notre organisation',
  redige_par: 'Auteur de la note',
  date_redaction: 'Date de création de la note',
};

/** Placeholders replaced by a table (each alone in its paragraph, in the body of the Doc). */
export const TABLE_PLACEHOLDERS = ['historique', 'opportunites', 'engagements'] as const;
type TablePlaceholder = (typeof TABLE_PLACEHOLDERS)[number];

const EMPTY_TABLE_TEXT: Record<TablePlaceholder, string> = {
  historique: 'Aucune interaction enregistrée avec ce partenaire.',
  opportunites: 'Aucune opportunité en cours avec ce partenaire.',
  engagements: 'Aucun engagement en cours (conventions du partenaire).',
};

const HISTORY_LIMIT = 10;

export class BriefError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BriefError';
  }
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Placeholder names found in a template's text, in order, without repeats. */
export function placeholdersIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

const KNOWN = new Set<string>([...Object.keys(TEXT_PLACEHOLDERS), ...TABLE_PLACEHOLDERS]);

/** Refuses a template with a placeholder Pacte does not know, naming it (before anything is created). */
export function checkTemplate(text: string): string[] {
  const found = placeholdersIn(text);
  const unknown = found.filter((p) => !KNOWN.has(p));
  if (unknown.length) {
    throw new BriefError(
      `Le modèle « ${TEMPLATE_KEY} » contient ${unknown.length > 1 ? 'des champs inconnus' : 'un champ inconnu'} : ${unknown.map((u) => `{{${u}}}`).join(', ')}. ` +
        `Champs possibles : ${[...KNOWN].map((k) => `{{${k}}}`).join(', ')}. Corrigez le modèle (son ID est dans Paramètres › ${TEMPLATE_SECTION}) puis recommencez : aucune note n'a été créée.`,
    );
  }
  return found;
}

/** RE2 pattern matching the placeholder, spaces inside the braces allowed. */
export function placeholderPattern(name: string): string {
  return `\\{\\{\\s*${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\}\\}`;
}

interface BriefInput {
  date: LocalDate;
  objectives: string;
  keyMessages: string;
}

const MAX_TEXT = 20000;

/** Checks the partner ID the sidebar sends ("PAR-0001"). */
export function asPartnerId(value: unknown): string {
  if (typeof value !== 'string' || !/^\s*PAR-\d+\s*$/.test(value)) {
    throw new BriefError(`Note de rendez-vous : « ${typeof value === 'string' ? value : String(value)} » n'est pas un ID de partenaire (attendu : PAR-0001).`);
  }
  return value.trim();
}

/** Checks the sidebar's brief argument; no date → '' (the caller puts today). */
export function asBriefInput(value: unknown): BriefInput {
  if (value === undefined || value === null) return { date: '', objectives: '', keyMessages: '' };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new BriefError('Note de rendez-vous : les informations reçues doivent être un objet (date, objectifs, messages clés).');
  const v = value as Record<string, unknown>;
  const textOf = (key: string, label: string): string => {
    const t = v[key];
    if (t === undefined || t === null) return '';
    if (typeof t !== 'string') throw new BriefError(`Note de rendez-vous, champ « ${label} » : un texte est attendu.`);
    if (t.length > MAX_TEXT) throw new BriefError(`Note de rendez-vous, champ « ${label} » : texte trop long (${t.length} caractères, au plus ${MAX_TEXT}).`);
    return t.replace(/\r\n?/g, '\n').trim();
  };
  let date = '';
  if (v.date !== undefined && v.date !== null && v.date !== '') {
    const parsed = typeof v.date === 'string' ? parseFrenchDate(v.date) : null;
    if (!parsed)
      throw new BriefError(`Note de rendez-vous, champ « Date » : « ${String(v.date)} » n'est pas une date valide (attendu : une date au format JJ/MM/AAAA).`);
    date = parsed;
  }
  return { date, objectives: textOf('objectives', 'Objectifs'), keyMessages: textOf('keyMessages', 'Messages clés') };
}

export const briefTitle = (partnerName: string, date: LocalDate): string => `Note de rendez-vous — ${partnerName} — ${formatDateFr(date)}`;
export const rootFolderName = (workbookName: string): string => `Pacte — ${workbookName}`;
export const partnerFolderName = (id: string, name: string): string => `${id} ${name}`.trim();

const dateFr = (v: CellData | undefined): string => (text(v) ? formatDateFr(text(v)) : '');
const orDash = (s: string): string => s || '—';

export interface BriefData {
  partner: DataRecord;
  interactions: readonly DataRecord[];
  opportunities: readonly DataRecord[];
  conventions: readonly DataRecord[];
  commitments: readonly DataRecord[];
  input: BriefInput;
  organisation: string;
  author: string;
  today: LocalDate;
}

export interface BriefModel {
  title: string;
  /** Text placeholder → replacement. */
  values: Record<string, string>;
  /** Table placeholder → rows (header first), or the sentence shown when there is nothing. */
  tables: Record<TablePlaceholder, { rows: string[][] } | { empty: string }>;
}

const CLOSED_COMMITMENTS = ['Réalisé', 'Annulé'];
const byDateDesc = (a: DataRecord, b: DataRecord): number => text(b.date).localeCompare(text(a.date)) || text(b.id).localeCompare(text(a.id));
/** Dated first (soonest first), undated last. */
const byDue =
  (key: string) =>
  (a: DataRecord, b: DataRecord): number =>
    (text(a[key]) || '9999').localeCompare(text(b[key]) || '9999');

function amountText(r: DataRecord): string {
  const amount = typeof r.amount === 'number' ? r.amount : null;
  if (amount === null) return '';
  const currency = text(r.currency) || 'XOF';
  const xof = toXof(amount, currency);
  return xof === null ? formatMoney(amount, currency) : formatMoney(xof);
}

export function buildBriefModel(d: BriefData): BriefModel {
  const p = d.partner;
  const id = text(p.id);
  const quadrant = quadrantOf(p.power, p.interest) || text(p.quadrant);
  const values: Record<string, string> = {
    'partenaire.id': id,
    'partenaire.nom': text(p.name),
    'partenaire.sigle': orDash(text(p.acronym)),
    'partenaire.type': orDash(text(p.type)),
    'partenaire.categorie': orDash(text(p.category)),
    'partenaire.pays': orDash(text(p.country)),
    'partenaire.region': orDash(text(p.region)),
    'partenaire.secteurs': orDash(text(p.sectors)),
    'partenaire.statut': orDash(text(p.stage)),
    'partenaire.responsable': orDash(text(p.owner)),
    'partenaire.priorite': typeof p.priority === 'number' ? `${Math.round(p.priority)} / 100` : 'non calculé',
    'partenaire.quadrant': orDash(quadrant),
    'partenaire.prochaine_action': orDash(text(p.nextAction)),
    'partenaire.prochaine_echeance': orDash(dateFr(p.nextDue)),
    'partenaire.email': orDash(text(p.email)),
    'partenaire.telephone': orDash(text(p.phone)),
    'partenaire.site': orDash(text(p.website)),
    date: formatDateFr(d.input.date),
    objectifs: d.input.objectives || 'À compléter.',
    messages_cles: d.input.keyMessages || 'À compléter.',
    organisation: orDash(d.organisation),
    redige_par: orDash(d.author),
    date_redaction: formatDateFr(d.today),
  };

  const history = d.interactions
    .filter((r) => text(r.partnerId) === id)
    .sort(byDateDesc)
    .slice(0, HISTORY_LIMIT)
    .map((r) => [dateFr(r.date), text(r.type), text(r.summary), text(r.nextSteps)]);
  const opportunities = d.opportunities
    .filter((r) => text(r.partnerId) === id && !isClosedStage(text(r.stage)))
    .sort(byDue('nextDue'))
    .map((r) => [text(r.title), text(r.stage), amountText(r), dateFr(r.nextDue)]);
  const conventionIds = new Set(d.conventions.filter((c) => text(c.partnerId) === id).map((c) => text(c.id)));
  const commitments = d.commitments
    .filter((r) => conventionIds.has(text(r.conventionId)) && !CLOSED_COMMITMENTS.includes(text(r.status)))
    .sort(byDue('due'))
    .map((r) => [text(r.label), text(r.kind), text(r.conventionId), text(r.party), dateFr(r.due), text(r.status) || 'À faire']);

  const table = (name: TablePlaceholder, header: string[], rows: string[][]) => (rows.length ? { rows: [header, ...rows] } : { empty: EMPTY_TABLE_TEXT[name] });
  return {
    title: briefTitle(text(p.name) || id, d.input.date),
    values,
    tables: {
      historique: table('historique', ['Date', 'Type', 'Compte rendu', 'Suites à donner'], history),
      opportunites: table('opportunites', ['Titre', 'Étape', 'Montant (FCFA)', 'Échéance'], opportunities),
      engagements: table('engagements', ['Engagement', 'Nature', 'Convention', 'Partie', 'Échéance', 'Statut'], commitments),
    },
  };
}

export interface TemplateParagraph {
  text: string;
  heading?: 'TITLE' | 'SUBTITLE' | 'HEADING1';
}

/** The default template, in French; the organisation may then edit it freely in Docs. */
export const DEFAULT_TEMPLATE: readonly TemplateParagraph[] = [
  { text: 'Note de rendez-vous — {{partenaire.nom}}', heading: 'TITLE' },
  { text: '{{organisation}} · rendez-vous du {{date}} · note préparée par {{redige_par}} le {{date_redaction}}', heading: 'SUBTITLE' },
  { text: 'Contexte', heading: 'HEADING1' },
  { text: 'Partenaire : {{partenaire.nom}} — sigle : {{partenaire.sigle}} — {{partenaire.id}}' },
  { text: 'Type : {{partenaire.type}} · catégorie : {{partenaire.categorie}}' },
  { text: 'Région : {{partenaire.region}} ({{partenaire.pays}}) · secteurs : {{partenaire.secteurs}}' },
  { text: 'Étape du cycle : {{partenaire.statut}} · responsable interne : {{partenaire.responsable}}' },
  { text: 'Priorité : {{partenaire.priorite}} · quadrant pouvoir / intérêt : {{partenaire.quadrant}}' },
  { text: 'Prochaine action : {{partenaire.prochaine_action}} (échéance : {{partenaire.prochaine_echeance}})' },
  { text: `Historique des échanges (${HISTORY_LIMIT} derniers)`, heading: 'HEADING1' },
  { text: '{{historique}}' },
  { text: 'Opportunités en cours', heading: 'HEADING1' },
  { text: '{{opportunites}}' },
  { text: 'Engagements en cours', heading: 'HEADING1' },
  { text: '{{engagements}}' },
  { text: 'Objectifs du rendez-vous', heading: 'HEADING1' },
  { text: '{{objectifs}}' },
  { text: 'Messages clés', heading: 'HEADING1' },
  { text: '{{messages_cles}}' },
  { text: 'Compte rendu', heading: 'HEADING1' },
  { text: 'À compléter après le rendez-vous : décisions, suites à donner, responsables et échéances.' },
];

/** The template's Doc ID from Paramètres (section « Modèles »); a pasted Doc URL is accepted. '' if unset. */
export function templateIdFromSettings(rows: readonly DataRecord[]): string {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()
      .toLowerCase();
  const row = rows.find((r) => fold(text(r.section)) === fold(TEMPLATE_SECTION) && fold(text(r.key)) === fold(TEMPLATE_KEY));
  const value = row ? text(row.value) : '';
  const m = /\/d\/([A-Za-z0-9_-]+)/.exec(value);
  return m ? m[1] : value;
}
