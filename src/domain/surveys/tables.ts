/**
 * Survey sheets: « Enquêtes » (campaigns), « Questions » (the editable, versioned
 * questionnaire), « Envois enquêtes » (the sent-log: one row per recipient and step, holding the personal
 * token) and « Réponses » (one row per Google Form response, scores as numbers).
 *
 * Contract with the aggregation (scores, « Tableau satisfaction »):
 * - A Réponses row is counted when its « Signalement » is empty (see `isCountedResponse`).
 *   « jeton inconnu », « jeton manquant » and « doublon » rows are kept for audit but never counted.
 * - Duplicates (same token twice in a campaign): the FIRST response counts; later ones are kept with
 *   « doublon » in « Signalement » (a link can be forwarded: whoever holds it must not replace the
 *   contact's answer). So at most one unflagged row per token and campaign.
 * - Dimension columns hold 1–5 (or empty when unanswered), « NPS (0-10) » holds 0–10 or empty.
 * - The dimension keys below are the keys of `SURVEY_DIMENSIONS` in questionnaire.ts.
 */
import { defineTable, type FieldSpec, type TableSpec } from '../schema/field';
import * as V from '../schema/vocabulary';
import { SURVEY_DIMENSIONS } from './questionnaire';

const CAMPAIGN_STATUSES = ['Programmée', 'En cours', 'Clôturée'] as const;
const SURVEY_LANGUAGES = ['Français', 'Anglais'] as const;

export const CAMPAIGNS = defineTable('campaigns', 'Enquêtes', 'ENQ', [
  { key: 'title', header: 'Titre', type: 'text', required: true },
  { key: 'period', header: 'Période', type: 'text', required: true },
  { key: 'status', header: 'Statut', type: 'enum', values: CAMPAIGN_STATUSES, required: true },
  { key: 'targetTypes', header: 'Types ciblés', type: 'multi', values: V.PARTNER_TYPES },
  { key: 'targetCategories', header: 'Catégories ciblées', type: 'multi', values: V.PARTNER_CATEGORIES },
  { key: 'targetStages', header: 'Statuts du cycle ciblés', type: 'multi', values: V.LIFECYCLE_STAGES },
  { key: 'targetPartnerIds', header: 'Partenaires ciblés (ID)', type: 'text' },
  { key: 'language', header: 'Langue', type: 'enum', values: SURVEY_LANGUAGES, required: true },
  { key: 'questionnaireVersion', header: 'Version du questionnaire', type: 'integer', min: 1, required: true },
  { key: 'sendDate', header: "Date d'envoi", type: 'date', required: true },
  { key: 'reminderDays', header: 'Relances (jours après envoi)', type: 'text' },
  { key: 'closingDate', header: 'Date de clôture', type: 'date', required: true },
  { key: 'formId', header: 'ID du formulaire', type: 'text', system: true },
  { key: 'formUrl', header: 'Lien du formulaire', type: 'url', system: true },
  { key: 'formEditUrl', header: "Lien d'édition du formulaire", type: 'url', system: true },
  { key: 'responseSheet', header: 'Feuille des réponses du formulaire', type: 'text', system: true },
  /** JSON { question key → form item ID }: how answers are read back, whatever the questions' titles become. */
  { key: 'formItems', header: 'Questions du formulaire (ID)', type: 'longtext', system: true },
  { key: 'targets', header: 'Destinataires', type: 'integer', system: true },
  { key: 'sent', header: 'Envoyés', type: 'integer', system: true },
  { key: 'queued', header: 'En attente', type: 'integer', system: true },
  { key: 'answered', header: 'Réponses', type: 'integer', system: true },
  { key: 'bounced', header: 'Adresses en échec', type: 'integer', system: true },
]);

/** Question kinds of the « Questions » sheet. */
const QUESTION_KINDS = ['Échelle 1-5', 'NPS 0-10', 'Texte libre', 'Jeton'] as const;

/**
 * The questionnaire, one row per question and version. New campaigns use the highest version;
 * to change the questions, copy the rows under a new version number and edit them (a campaign
 * records the version it used, so past campaigns keep their wording).
 */
export const QUESTIONS = defineTable(
  'questions',
  'Questions',
  undefined,
  [
    { key: 'version', header: 'Version', type: 'integer', min: 1, required: true },
    { key: 'order', header: 'Ordre', type: 'integer', min: 1 },
    { key: 'key', header: 'Clé', type: 'enum', values: [...SURVEY_DIMENSIONS.map((d) => d.key), 'nps', 'comments', 'token'], required: true },
    { key: 'kind', header: 'Type de question', type: 'enum', values: QUESTION_KINDS, required: true },
    { key: 'title', header: 'Libellé (français)', type: 'text', required: true },
    { key: 'titleEn', header: 'Libellé (anglais)', type: 'text' },
    { key: 'help', header: 'Aide', type: 'text' },
    { key: 'required', header: 'Obligatoire', type: 'boolean' },
  ],
  false,
);

const SEND_STATUSES = ['En attente', 'Envoyé', 'Adresse invalide', 'Rebond', 'Envoi incertain', 'Annulé'] as const;
export type SendStatus = (typeof SEND_STATUSES)[number];

/**
 * Sent-log: one row per recipient and step (« Envoi », « Relance 1 », « Relance 2 »…). The token
 * (random, Utilities.getUuid()) is the same for every step of a recipient; the « Envoi » row maps
 * token → partner/contact.
 */
export const SENDS = defineTable(
  'sends',
  'Envois enquêtes',
  undefined,
  [
    { key: 'campaignId', header: 'ID enquête', type: 'text', required: true },
    { key: 'step', header: 'Étape', type: 'text', required: true },
    { key: 'token', header: 'Jeton', type: 'text', required: true },
    { key: 'partnerId', header: 'ID partenaire', type: 'text', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text' },
    { key: 'contactId', header: 'ID contact', type: 'text' },
    { key: 'contactName', header: 'Contact', type: 'text' },
    /** The partner's type when the recipient was queued (copied into « Réponses » on receipt). */
    { key: 'partnerType', header: 'Type de partenaire', type: 'text' },
    { key: 'email', header: 'Email', type: 'text' },
    { key: 'status', header: 'Statut', type: 'enum', values: SEND_STATUSES, required: true },
    { key: 'queuedAt', header: 'Mis en file le', type: 'datetime' },
    { key: 'sentAt', header: 'Envoyé le', type: 'datetime' },
    { key: 'error', header: 'Erreur', type: 'text' },
  ],
  false,
);

const RESPONSE_FLAGS = ['jeton inconnu', 'jeton manquant', 'doublon'] as const;
export type ResponseFlag = (typeof RESPONSE_FLAGS)[number];

/** One row per Google Form response (append-only; written by the submit trigger and the catch-up sync). */
export const RESPONSES = defineTable(
  'responses',
  'Réponses',
  undefined,
  [
    { key: 'campaignId', header: 'ID enquête', type: 'text', required: true },
    { key: 'responseId', header: 'ID réponse (Google)', type: 'text', required: true },
    { key: 'token', header: 'Jeton', type: 'text' },
    // The submit trigger reads only these first five columns (kept side by side: one read).
    { key: 'flag', header: 'Signalement', type: 'enum', values: RESPONSE_FLAGS },
    { key: 'submittedAt', header: 'Soumis le', type: 'datetime' },
    { key: 'partnerId', header: 'ID partenaire', type: 'text' },
    { key: 'contactId', header: 'ID contact', type: 'text' },
    ...SURVEY_DIMENSIONS.map((d): FieldSpec => ({ key: d.key, header: `${d.label} (1-5)`, type: 'score', min: 1, max: 5 })),
    { key: 'nps', header: 'NPS (0-10)', type: 'score', min: 0, max: 10 },
    { key: 'comments', header: 'Commentaires', type: 'longtext' },
    /**
     * The partner's name and type as the sent-log knew them when the link was sent, copied on
     * receipt: the aggregation then reads only « Enquêtes » and « Réponses ». Rows stored before
     * these columns existed (empty cells) are joined to « Partenaires » instead.
     */
    { key: 'partnerName', header: 'Partenaire', type: 'text' },
    { key: 'partnerType', header: 'Type de partenaire', type: 'text' },
  ],
  false,
);

/** The aggregation counts a response only when it carries no flag. */
export function isCountedResponse(r: { flag?: unknown }): boolean {
  return r.flag === '' || r.flag === null || r.flag === undefined;
}

export const SURVEY_TABLES: readonly TableSpec[] = [CAMPAIGNS, QUESTIONS, SENDS, RESPONSES];
