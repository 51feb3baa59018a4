/**
 * Conventions (templates and versions): checking a draft from the sidebar, the values a
 * template is filled with, the Journal summary of the data used, and the JSON the sidebar reads.
 * Pure: no Apps Script.
 */
import { withProblems, type CheckedRow } from '../records/row-problems';
import type { CommitmentSummary, ConventionDraft, ConventionSummary, ConventionVersion, DocumentLink } from '../contracts';
import type { CellData, DataRecord } from '../schema/field';
import { fieldByKey } from '../schema/field';
import { COMMITMENTS, CONVENTIONS } from '../schema/tables';
import { CONVENTION_TYPES } from '../schema/vocabulary';
import { normaliseValue, refusalText } from '../records/normalise';
import { validateRecord } from '../records/validate';
import { formatDateFr, formatMoney } from '../format/french';
import { currencySign } from '../format/currency';
import { amountInWords, numberInWords } from '../format/amount-in-words';
import { daysInMonth, parseLocalDate, type LocalDate } from '../format/local-date';
import type { TemplateData } from '../templates/engine';
import { isTemplateKey, templateForType, type TemplateKey } from '../templates/defaults';
import { text } from '../records/coerce';
import { CLOSED_STATUSES, statusOf } from '../commitments/status';

class ConventionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ConventionError';
  }
}

/** Statuses in which a convention may get a new generated version (afterwards: an avenant). */
const REGENERABLE_STATUSES: readonly string[] = ['Brouillon', 'En validation', 'Validée'];

interface CheckedCommitment {
  /** ID of an existing commitment of this convention ('' for a new one). */
  id: string;
  /** The commitment's fields; for an existing one, only those sent (merge with the stored row). */
  record: DataRecord;
}

export interface CheckedDraft {
  id: string;
  partnerId: string;
  opportunityId: string;
  type: string;
  templateKey: TemplateKey;
  startDate: LocalDate;
  endDate: LocalDate;
  amount: number | null;
  currency: string;
  inKind: number | null;
  inKindDescription: string;
  purpose: string;
  amends: string;
  commitments: CheckedCommitment[];
}

export interface DraftContext {
  partner: DataRecord | undefined;
  opportunity: DataRecord | undefined;
  /** The convention being regenerated (draft.id), if any. */
  existing: DataRecord | undefined;
  /** The convention an avenant amends, if any. */
  amended: DataRecord | undefined;
  /** IDs of the commitments already recorded for draft.id. */
  existingCommitmentIds: ReadonlySet<string>;
}

const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

/** Draft as received, with `templateKey` and `amends` (optional fields the sidebar may send). */
export type DraftInput = ConventionDraft & { templateKey?: string };

/** Every problem of the draft, in French, naming the field (and the commitment and column). */
export function checkDraft(draft: DraftInput, c: DraftContext): CheckedDraft {
  const problems: string[] = [];
  const field = (key: string, label: string, raw: unknown, required: boolean): CellData => {
    const spec = fieldByKey(CONVENTIONS, key);
    const r = normaliseValue(spec, raw);
    if (!r.ok) {
      problems.push(`Convention, champ « ${label} » : « ${show(raw)} » ${refusalText(r)}.`);
      return '';
    }
    if (required && r.value === '') problems.push(`Convention, champ « ${label} » : ce champ est obligatoire.`);
    return r.value;
  };

  const partnerId = text(draft.partnerId);
  if (!partnerId) problems.push('Convention, champ « Partenaire » : choisissez le partenaire.');
  else if (!c.partner)
    problems.push(`Convention, champ « Partenaire » : le partenaire ${partnerId} n'existe pas (ou a été supprimé de la feuille Partenaires).`);

  const opportunityId = text(draft.opportunityId);
  if (opportunityId) {
    if (!c.opportunity) problems.push(`Convention, champ « Opportunité » : l'opportunité ${opportunityId} n'existe pas.`);
    else if (text(c.opportunity.partnerId) !== partnerId) {
      problems.push(
        `Convention, champ « Opportunité » : l'opportunité ${opportunityId} (« ${text(c.opportunity.title)} ») appartient à un autre partenaire (${text(c.opportunity.partnerId)}).`,
      );
    }
  }

  const id = text(draft.id);
  if (id) {
    if (!c.existing) problems.push(`Convention ${id} introuvable dans la feuille Conventions : laissez l'identifiant vide pour créer une nouvelle convention.`);
    else {
      if (text(c.existing.partnerId) !== partnerId)
        problems.push(`Convention ${id} : elle concerne le partenaire ${text(c.existing.partnerId)}, pas ${partnerId}.`);
      const status = text(c.existing.status);
      if (!REGENERABLE_STATUSES.includes(status)) {
        problems.push(
          `Convention ${id} : son statut est « ${status} » ; une nouvelle version n'est possible qu'en Brouillon, En validation ou Validée. Pour modifier une convention signée, créez un avenant.`,
        );
      }
    }
  }

  const type = text(draft.type);
  if (!(CONVENTION_TYPES as readonly string[]).includes(type))
    problems.push(`Convention, champ « Type » : « ${type} » n'est pas un type connu (${CONVENTION_TYPES.join(', ')}).`);
  let templateKey: TemplateKey = templateForType(type);
  if (draft.templateKey !== undefined && draft.templateKey !== null && draft.templateKey !== '') {
    if (isTemplateKey(draft.templateKey) && !['pv', 'note-synthese', 'rapport-cloture', 'ordre-du-jour'].includes(draft.templateKey))
      templateKey = draft.templateKey;
    else
      problems.push(`Convention, champ « Modèle » : « ${show(draft.templateKey)} » n'est pas un modèle de convention (convention, mou, financement, avenant).`);
  }

  const startDate = String(field('startDate', 'Date de début', draft.startDate, true));
  const endDate = String(field('endDate', 'Date de fin', draft.endDate, true));
  if (startDate && endDate && endDate < startDate)
    problems.push(`Convention, champ « Date de fin » : le ${formatDateFr(endDate)} est avant la date de début (${formatDateFr(startDate)}).`);
  const amount = field('amount', 'Montant', draft.amount, false);
  const inKind = field('inKind', 'Contribution en nature (valorisée)', draft.inKind, false);
  const currency = String(field('currency', 'Devise', draft.currency, false) || 'XOF');
  const purpose = text(draft.purpose);
  if (!purpose) problems.push('Convention, champ « Objet » : ce champ est obligatoire (il est repris à l’article 1 du document).');
  if (purpose.length > 5000) problems.push(`Convention, champ « Objet » : texte trop long (${purpose.length} caractères, au plus 5000).`);
  const inKindDescription = text(draft.inKindDescription);
  if (inKindDescription.length > 1000) problems.push('Convention, champ « Nature de la contribution en nature » : texte trop long (au plus 1000 caractères).');

  const amends = text(draft.amends);
  if (type === 'Avenant' && !amends)
    problems.push('Convention, champ « Convention modifiée » : un avenant doit nommer la convention qu’il modifie (choisissez-la parmi celles du partenaire).');
  if (amends) {
    if (!c.amended) problems.push(`Convention, champ « Convention modifiée » : la convention ${amends} n'existe pas.`);
    else if (text(c.amended.partnerId) !== partnerId)
      problems.push(`Convention, champ « Convention modifiée » : la convention ${amends} concerne un autre partenaire.`);
  }

  const commitments: CheckedCommitment[] = [];
  if (!Array.isArray(draft.commitments)) problems.push('Convention, « Engagements » : une liste est attendue.');
  else {
    if (draft.commitments.length > 500) problems.push(`Convention, « Engagements » : ${draft.commitments.length} engagements, au plus 500.`);
    draft.commitments.forEach((raw, i) => {
      const n = i + 1;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        problems.push(`Engagement ${n} : une fiche (objet champ → valeur) est attendue.`);
        return;
      }
      const input = { ...(raw as Record<string, unknown>), conventionId: id || 'CONV-0000' };
      const commitmentId = text((raw as Record<string, unknown>).id);
      // An existing commitment may be sent with only the fields that change.
      const { record, errors } = validateRecord(COMMITMENTS, input, null, { partial: commitmentId !== '' });
      const prefix = `${COMMITMENTS.sheetName}, colonne `;
      for (const e of errors)
        problems.push(`Engagement ${n}, colonne ${e.message.startsWith(prefix) ? e.message.slice(prefix.length) : `« ${e.header} » : ${e.message}`}`);
      if (commitmentId && !c.existingCommitmentIds.has(commitmentId))
        problems.push(`Engagement ${n} : l'engagement ${commitmentId} n'appartient pas à cette convention.`);
      if (!errors.length) {
        delete record.conventionId;
        commitments.push({ id: commitmentId, record });
      }
    });
  }
  if (problems.length) throw new ConventionError(problems);
  return {
    id,
    partnerId,
    opportunityId,
    type,
    templateKey,
    startDate,
    endDate,
    amount: typeof amount === 'number' ? amount : null,
    currency,
    inKind: typeof inKind === 'number' ? inKind : null,
    inKindDescription,
    purpose,
    amends,
    commitments,
  };
}

/** « douze (12) mois », « un (1) an », « 45 jours » between two dates, both included. */
export function durationFr(start: LocalDate, end: LocalDate): string {
  const a = parseLocalDate(start);
  const b = parseLocalDate(end);
  // The day after the end: a whole number of months when it falls on the start's day.
  let { year, month, day } = b;
  day += 1;
  if (day > daysInMonth(year, month)) [day, month] = [1, month + 1];
  if (month > 12) [month, year] = [1, year + 1];
  const months = (year - a.year) * 12 + (month - a.month);
  const sameDay = day === a.day || (a.day > daysInMonth(year, month) && day === 1);
  if (sameDay && months > 0) {
    if (months % 12 === 0) return `${numberInWords(months / 12)} (${months / 12}) an${months > 12 ? 's' : ''}`;
    return `${numberInWords(months)} (${months}) mois`;
  }
  const days = Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86400000) + 1;
  return `${numberInWords(days)} (${days}) jour${days > 1 ? 's' : ''}`;
}

interface OrganisationInfo {
  name: string;
  address: string;
  city: string;
  representative: string;
  representativeRole: string;
}

/** Section « Général » of Paramètres: Organisation, Adresse, Ville, Représentant, Fonction du représentant. */
export function organisationInfo(settingsRows: readonly DataRecord[]): OrganisationInfo {
  const fold = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .trim()
      .toLowerCase();
  const get = (key: string) => text(settingsRows.find((r) => fold(text(r.section)) === 'general' && fold(text(r.key)) === key)?.value);
  return {
    name: get('organisation'),
    address: get('adresse'),
    city: get('ville'),
    representative: get('representant'),
    representativeRole: get('fonction du representant'),
  };
}

interface TemplateInputs {
  draft: CheckedDraft;
  conventionId: string;
  version: number;
  status: string;
  partner: DataRecord;
  primaryContact: DataRecord | undefined;
  opportunity: DataRecord | undefined;
  amended: DataRecord | undefined;
  organisation: OrganisationInfo;
  author: string;
  today: LocalDate;
}

const money = (n: number | null, currency: string): string => (n === null ? '' : formatMoney(n, currency));
const words = (n: number | null, currency: string): string => (n === null ? '' : amountInWords(n, currency));

/** The values, conditions and commitment rows a convention template is filled with. */
export function conventionTemplateData(x: TemplateInputs): TemplateData {
  const d = x.draft;
  const p = x.partner;
  const partnerName = text(p.name);
  const amended = x.amended
    ? `la convention n° ${text(x.amended.id)} (${text(x.amended.type)})${text(x.amended.startDate) ? ` du ${formatDateFr(text(x.amended.startDate))}` : ''}`
    : '';
  const items = d.commitments.map((c, i) => {
    const r = c.record;
    const party = text(r.party);
    return {
      'engagement.numero': String(i + 1),
      'engagement.nature': text(r.kind),
      'engagement.libelle': text(r.label),
      'engagement.echeance': text(r.due) ? formatDateFr(text(r.due)) : '',
      'engagement.partie': party === 'Nous' ? x.organisation.name || 'Nous' : party === 'Partenaire' ? text(p.acronym) || partnerName : party,
      'engagement.responsable': text(r.owner),
      'engagement.montant': typeof r.amount === 'number' ? formatMoney(r.amount, d.currency) : '',
      'engagement.statut': text(r.status),
    };
  });
  const total = d.commitments.reduce((s, c) => s + (typeof c.record.amount === 'number' ? c.record.amount : 0), 0);
  const financial = (d.amount ?? 0) > 0;
  const inKind = (d.inKind ?? 0) > 0;
  return {
    values: {
      'partenaire.id': text(p.id),
      'partenaire.nom': partnerName,
      'partenaire.sigle': text(p.acronym),
      'partenaire.type': text(p.type),
      'partenaire.pays': text(p.country),
      'partenaire.region': text(p.region),
      'partenaire.localisation': [text(p.region), text(p.country)].filter(Boolean).join(', '),
      'partenaire.email': text(p.email),
      'partenaire.telephone': text(p.phone),
      'partenaire.representant': text(x.primaryContact?.name),
      'partenaire.representant_fonction': text(x.primaryContact?.role),
      'organisation.nom': x.organisation.name,
      'organisation.adresse': x.organisation.address,
      'organisation.ville': x.organisation.city,
      'organisation.representant': x.organisation.representative,
      'organisation.representant_fonction': x.organisation.representativeRole,
      'convention.id': x.conventionId,
      'convention.version': String(x.version),
      'convention.type': d.type,
      'convention.objet': d.purpose.replace(/[.\s]+$/, ''),
      'convention.date_debut': d.startDate ? formatDateFr(d.startDate) : '',
      'convention.date_fin': d.endDate ? formatDateFr(d.endDate) : '',
      'convention.duree': d.startDate && d.endDate ? durationFr(d.startDate, d.endDate) : '',
      'convention.montant': money(d.amount, d.currency),
      'convention.montant_lettres': words(d.amount, d.currency),
      'convention.devise': currencySign(d.currency),
      'convention.contribution_nature': inKind ? money(d.inKind, d.currency) : '',
      'convention.contribution_nature_lettres': inKind ? words(d.inKind, d.currency) : '',
      'convention.contribution_nature_description': d.inKindDescription,
      'convention.total_engagements': total > 0 ? formatMoney(total, d.currency) : '',
      'convention.opportunite': text(x.opportunity?.title),
      'convention.initiale': amended,
      'convention.statut': x.status,
      date: formatDateFr(x.today),
      redige_par: x.author,
    },
    flags: {
      contribution_financiere: financial,
      contribution_nature: inKind,
      sans_contribution: !financial && !inKind,
      engagements: items.length > 0,
      sans_engagement: items.length === 0,
      opportunite: !!x.opportunity,
      avenant: amended !== '',
    },
    collections: { engagement: items },
  };
}

/** « Données utilisées » of a version: a short, readable summary (Versions sheet and Journal). */
export function dataSummary(d: CheckedDraft, partnerName: string, templateName: string): string {
  const parts = [
    `modèle « ${templateName} »`,
    `partenaire ${d.partnerId} ${partnerName}`,
    d.opportunityId ? `opportunité ${d.opportunityId}` : '',
    `du ${formatDateFr(d.startDate)} au ${formatDateFr(d.endDate)}`,
    d.amount !== null ? `montant ${formatMoney(d.amount, d.currency)}` : '',
    d.inKind !== null && d.inKind > 0 ? `en nature ${formatMoney(d.inKind, d.currency)}` : '',
    `${d.commitments.length} engagement${d.commitments.length > 1 ? 's' : ''}`,
    d.amends ? `modifie ${d.amends}` : '',
  ];
  return parts.filter(Boolean).join(' ; ');
}

export const documentName = (conventionId: string, version: number, partnerName: string, type: string): string =>
  `${conventionId} v${version} — ${partnerName} — ${type}`;

// ---- what the sidebar reads ---------------------------------------------------------------------

const num = (v: CellData | undefined): number | null => (typeof v === 'number' ? v : null);

export function summariseConvention(r: DataRecord, partnerName: string, awaitingRole = ''): ConventionSummary {
  return {
    id: text(r.id),
    partnerId: text(r.partnerId),
    partnerName,
    opportunityId: text(r.opportunityId),
    type: text(r.type),
    version: num(r.version) ?? 1,
    status: text(r.status),
    startDate: text(r.startDate),
    endDate: text(r.endDate),
    amount: num(r.amount),
    inKind: num(r.inKind),
    docUrl: text(r.docUrl),
    pdfUrl: text(r.pdfUrl),
    awaitingRole,
  };
}

/** Every field of a commitment, so that « Nouvelle version » starts from all of them. */
export function summariseCommitment(r: DataRecord, today: LocalDate): CommitmentSummary {
  const due = text(r.due);
  const status = statusOf(r);
  return {
    id: text(r.id),
    conventionId: text(r.conventionId),
    kind: text(r.kind),
    label: text(r.label),
    due,
    owner: text(r.owner),
    party: text(r.party),
    status,
    risk: text(r.risk),
    amount: num(r.amount),
    doneOn: text(r.doneOn),
    overdue: due !== '' && due < today && !CLOSED_STATUSES.includes(status),
    currency: text(r.currency),
    mitigation: text(r.mitigation),
    proof: text(r.proof),
    cancelReason: text(r.cancelReason),
    seriesId: text(r.seriesId),
  };
}

/** A convention's versions, oldest first; a row typed wrong by hand is listed with its problems. */
export function versionsOf(rows: readonly CheckedRow[], conventionId: string): ConventionVersion[] {
  return rows
    .filter(({ record: r }) => text(r.conventionId) === conventionId)
    .map(({ record: r, problems }) =>
      withProblems(
        {
          version: num(r.version) ?? 1,
          docUrl: text(r.docUrl),
          pdfUrl: text(r.pdfUrl),
          generatedBy: text(r.generatedBy),
          generatedAt: text(r.generatedAt),
        },
        problems,
      ),
    )
    .sort((a, b) => a.version - b.version);
}

/** The PV, notes de synthèse and arbitrations attached to a convention, oldest first. */
export function attachmentsOf(rows: readonly DataRecord[], conventionId: string): DocumentLink[] {
  return rows
    .filter((r) => text(r.conventionId) === conventionId)
    .sort((a, b) => text(a.date).localeCompare(text(b.date)))
    .map((r) => ({ name: `${text(r.kind)} — ${text(r.title)} (${text(r.date) ? formatDateFr(text(r.date)) : ''})`, url: text(r.url) }));
}

/** Next version number: one more than the row's and every recorded version. */
export function nextVersion(convention: DataRecord | undefined, versionRows: readonly DataRecord[]): number {
  if (!convention) return 1;
  const id = text(convention.id);
  const recorded = versionRows.filter((r) => text(r.conventionId) === id).map((r) => num(r.version) ?? 0);
  // A row entered by hand, never generated: its first Doc is its current version.
  if (recorded.length === 0 && !text(convention.docUrl)) return Math.max(num(convention.version) ?? 1, 1);
  return Math.max(num(convention.version) ?? 0, ...recorded) + 1;
}
