/** The workbook's tables (design §3): sheet names, French headers, types and vocabularies. */
import { defineTable, withInputLimits, type TableSpec } from './field';
import * as V from './vocabulary';
import { SURVEY_TABLES } from '../surveys/tables';
import { MAIL_LOG, SIGNATURES, VALIDATIONS } from '../conventions/approval-tables';
import { ATTACHMENTS, CLAUSE_PROPOSALS, VERSIONS } from '../conventions/tables';
import { LONG_TEXT_SHEET } from '../format/long-text';
import { EVALUATIONS } from '../evaluation/tables';
import { RESOURCES } from '../resources/tables';
import { EVENTS, PARTICIPANTS } from '../events/tables';
import { INDICATORS } from '../kpi/tables';
import { DOSSIERS } from '../dossiers/tables';
import { READINESS_TABLES } from '../readiness/tables';
import { WATCH } from '../watch/tables';

export const PARTNERS = defineTable(
  'partners',
  'Partenaires',
  'PAR',
  withInputLimits([
    { key: 'name', header: 'Nom', type: 'text', required: true, maxLength: 200 },
    { key: 'acronym', header: 'Sigle', type: 'text', maxLength: 50 },
    { key: 'type', header: 'Type', type: 'enum', values: V.PARTNER_TYPE_VALUES, required: true },
    { key: 'category', header: 'Catégorie', type: 'enum', values: V.PARTNER_CATEGORIES },
    { key: 'country', header: 'Pays', type: 'text' },
    { key: 'region', header: 'Région', type: 'text' },
    { key: 'sectors', header: 'Secteurs', type: 'text' },
    { key: 'alignment', header: 'Alignement (0-5)', type: 'score', min: 0, max: 5 },
    { key: 'potential', header: 'Potentiel (0-5)', type: 'score', min: 0, max: 5 },
    { key: 'power', header: 'Pouvoir', type: 'enum', values: V.LEVELS },
    { key: 'interest', header: 'Intérêt', type: 'enum', values: V.LEVELS },
    { key: 'priority', header: 'Score de priorité', type: 'number', system: true },
    { key: 'quadrant', header: 'Quadrant (pouvoir/intérêt)', type: 'text', system: true },
    { key: 'lastInteraction', header: 'Dernière interaction', type: 'date', system: true },
    { key: 'stage', header: 'Statut du cycle', type: 'enum', values: V.LIFECYCLE_STAGES },
    { key: 'owner', header: 'Responsable interne', type: 'email' },
    { key: 'nextAction', header: 'Prochaine action', type: 'text' },
    { key: 'nextDue', header: 'Prochaine échéance', type: 'date' },
    { key: 'email', header: 'Email', type: 'email' },
    { key: 'phone', header: 'Téléphone', type: 'phone' },
    { key: 'website', header: 'Site web', type: 'url' },
    { key: 'notes', header: 'Notes', type: 'longtext' },
    // The relay (a diaspora association, a prescriber, a cooperation agency…) who opened the door.
    { key: 'introducedBy', header: 'Introduit par', type: 'ref', ref: 'partners', addedLater: true },
    // Each stage move with its date, author and note (JSON), so the partner's page never reads the Journal.
    { key: 'stageLog', header: 'Historique du cycle', type: 'longtext', system: true, addedLater: true },
    // When a user archived the row: it leaves every view and count, stays in the sheet, can be restored.
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
  ]),
);

export const CONTACTS = defineTable(
  'contacts',
  'Contacts',
  'CON',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'name', header: 'Nom', type: 'text', required: true, maxLength: 200 },
    { key: 'role', header: 'Fonction', type: 'text' },
    { key: 'email', header: 'Email', type: 'email' },
    { key: 'phone', header: 'Téléphone', type: 'phone' },
    { key: 'language', header: 'Langue', type: 'enum', values: ['Français', 'Anglais', 'Bambara', 'Autre'] },
    { key: 'primary', header: 'Principal', type: 'boolean' },
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
  ]),
);

export const OPPORTUNITIES = defineTable(
  'opportunities',
  'Opportunités',
  'OPP',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'partnerType', header: 'Type de partenaire', type: 'text', system: true },
    { key: 'title', header: 'Titre', type: 'text', required: true, maxLength: 200 },
    { key: 'stage', header: 'Étape', type: 'enum', values: V.PIPELINE_STAGES, required: true },
    { key: 'amount', header: 'Montant demandé', type: 'money', min: 0 },
    { key: 'currency', header: 'Devise', type: 'currency', values: V.CURRENCIES },
    { key: 'probability', header: 'Probabilité (%)', type: 'percent', min: 0, max: 100 },
    { key: 'decisionDate', header: 'Décision attendue', type: 'date' },
    { key: 'nextAction', header: 'Prochaine action', type: 'text' },
    { key: 'nextDue', header: 'Échéance', type: 'date' },
    { key: 'owner', header: 'Responsable', type: 'email' },
    { key: 'axis', header: 'Axe stratégique', type: 'text' },
    { key: 'reason', header: 'Motif (abandon/refus)', type: 'text' },
    // Each move between stages (JSON, as « Historique du cycle » of Partenaires): when a dossier was submitted, decided.
    { key: 'stageLog', header: 'Historique des étapes', type: 'longtext', system: true, addedLater: true },
    // The name of the partner's relay (« Introduit par »), copied so the board reads the pipeline by relay from this sheet alone.
    { key: 'relay', header: 'Relais', type: 'text', system: true, addedLater: true },
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
    // The Veille call it came from (« Go »): the call names it back in its « ID opportunité ».
    { key: 'watchId', header: 'ID veille', type: 'ref', ref: 'watch', system: true, addedLater: true },
  ]),
);

export const INTERACTIONS = defineTable(
  'interactions',
  'Interactions',
  'INT',
  withInputLimits([
    { key: 'date', header: 'Date', type: 'date', required: true },
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'opportunityId', header: 'ID opportunité', type: 'ref', ref: 'opportunities' },
    { key: 'type', header: 'Type', type: 'enum', values: V.INTERACTION_TYPES, required: true },
    { key: 'summary', header: 'Compte rendu', type: 'longtext' },
    { key: 'decisions', header: 'Décisions', type: 'longtext' },
    { key: 'nextSteps', header: 'Suites à donner', type: 'longtext' },
    { key: 'nextDue', header: 'Échéance des suites', type: 'date' },
    { key: 'archivedAt', header: 'Archivé le', type: 'datetime', system: true, addedLater: true },
  ]),
);

export const ANALYSES = defineTable(
  'analyses',
  'Analyses',
  'ANA',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'legal', header: 'Statut juridique (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'governance', header: 'Gouvernance (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'finance', header: 'Santé financière (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'reputation', header: 'Réputation (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'alignment', header: 'Alignement (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'risks', header: 'Risques (1-5)', type: 'score', min: 1, max: 5 },
    { key: 'score', header: 'Score pondéré', type: 'number', system: true },
    { key: 'decision', header: 'Décision', type: 'enum', values: V.DUE_DILIGENCE_DECISIONS },
    { key: 'decidedBy', header: 'Décidé par', type: 'email' },
    { key: 'decidedOn', header: 'Date de décision', type: 'date' },
    { key: 'comment', header: 'Commentaire', type: 'longtext' },
  ]),
);

export const CONVENTIONS = defineTable(
  'conventions',
  'Conventions',
  'CONV',
  withInputLimits([
    { key: 'partnerId', header: 'ID partenaire', type: 'ref', ref: 'partners', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'opportunityId', header: 'ID opportunité', type: 'ref', ref: 'opportunities' },
    { key: 'type', header: 'Type', type: 'enum', values: V.CONVENTION_TYPES, required: true },
    { key: 'version', header: 'Version', type: 'integer', min: 1 },
    { key: 'status', header: 'Statut', type: 'enum', values: V.CONVENTION_STATUSES, required: true },
    { key: 'startDate', header: 'Date de début', type: 'date' },
    { key: 'endDate', header: 'Date de fin', type: 'date' },
    { key: 'amount', header: 'Montant', type: 'money', min: 0 },
    { key: 'inKind', header: 'Contribution en nature (valorisée)', type: 'money', min: 0 },
    { key: 'currency', header: 'Devise', type: 'currency', values: V.CURRENCIES },
    { key: 'purpose', header: 'Objet', type: 'longtext', maxLength: 5000 },
    { key: 'inKindDescription', header: 'Nature de la contribution en nature', type: 'text', maxLength: 1000 },
    { key: 'amends', header: 'Convention modifiée (avenant)', type: 'ref', ref: 'conventions' },
    { key: 'docUrl', header: 'Lien Doc', type: 'url' },
    { key: 'pdfUrl', header: 'Lien PDF', type: 'url' },
  ]),
);

export const COMMITMENTS = defineTable(
  'commitments',
  'Engagements',
  'ENG',
  withInputLimits([
    { key: 'conventionId', header: 'ID convention', type: 'ref', ref: 'conventions', required: true },
    { key: 'partnerName', header: 'Partenaire', type: 'text', system: true, addedLater: true },
    { key: 'kind', header: 'Nature', type: 'enum', values: V.COMMITMENT_KINDS, required: true },
    { key: 'label', header: 'Libellé', type: 'text', required: true, maxLength: 500 },
    { key: 'due', header: 'Échéance', type: 'date', required: true },
    { key: 'owner', header: 'Responsable', type: 'email' },
    { key: 'party', header: 'Partie', type: 'enum', values: V.COMMITMENT_PARTIES },
    { key: 'status', header: 'Statut', type: 'enum', values: V.COMMITMENT_STATUSES },
    { key: 'risk', header: 'Risque', type: 'enum', values: V.LEVELS },
    { key: 'amount', header: 'Montant', type: 'money', min: 0 },
    { key: 'doneOn', header: 'Date de réalisation', type: 'date' },
    // In-kind contributions are valued in FCFA; the others in the convention's currency unless set.
    { key: 'currency', header: 'Devise', type: 'currency', values: V.CURRENCIES, addedLater: true },
    { key: 'mitigation', header: 'Mesure d’atténuation', type: 'text', addedLater: true },
    // A Drive file's URL or any link showing the commitment was met.
    { key: 'proof', header: 'Preuve', type: 'url', addedLater: true },
    { key: 'cancelReason', header: 'Motif d’annulation', type: 'text', addedLater: true },
    // Occurrences of one recurring commitment (« rapport trimestriel pendant 2 ans ») share it.
    { key: 'seriesId', header: 'Série', type: 'text', system: true, addedLater: true },
  ]),
);

export const JOURNAL = defineTable(
  'journal',
  'Journal',
  undefined,
  [
    { key: 'at', header: 'Horodatage', type: 'datetime', required: true },
    { key: 'user', header: 'Utilisateur', type: 'text' },
    { key: 'sheet', header: 'Feuille', type: 'text', required: true },
    { key: 'recordId', header: 'ID', type: 'text' },
    { key: 'action', header: 'Action', type: 'text', required: true },
    { key: 'field', header: 'Champ', type: 'text' },
    { key: 'before', header: 'Avant', type: 'longtext' },
    { key: 'after', header: 'Après', type: 'longtext' },
    /** The sidebar's request ID: a retry of the same request finds the entries it already wrote. */
    { key: 'requestId', header: 'Requête', type: 'text', system: true },
    /** SHA-256 of the previous entry's empreinte and this entry (domain/journal/chain.ts). */
    { key: 'hash', header: 'Empreinte', type: 'text', system: true },
  ],
  false,
);

export const SETTINGS = defineTable(
  'settings',
  'Paramètres',
  undefined,
  [
    { key: 'section', header: 'Section', type: 'text', required: true },
    { key: 'key', header: 'Clé', type: 'text', required: true },
    { key: 'value', header: 'Valeur', type: 'text' },
    { key: 'note', header: 'Commentaire', type: 'longtext' },
  ],
  false,
);

/**
 * Texts longer than a cell may hold, in parts (see domain/format/long-text.ts): a cell elsewhere
 * keeps their beginning and « … [suite : Textes longs › TL-12] ». Written and read only by the store.
 */
export const LONG_TEXTS = defineTable(
  'longTexts',
  LONG_TEXT_SHEET,
  undefined,
  [
    { key: 'id', header: 'ID', type: 'text', required: true },
    { key: 'part', header: 'Partie', type: 'integer', min: 1 },
    { key: 'text', header: 'Texte', type: 'longtext' },
    { key: 'place', header: 'Emplacement', type: 'text' },
    { key: 'at', header: 'Créé le', type: 'datetime' },
  ],
  false,
);

export const ALL_TABLES: readonly TableSpec[] = [
  PARTNERS,
  CONTACTS,
  OPPORTUNITIES,
  INTERACTIONS,
  ANALYSES,
  CONVENTIONS,
  COMMITMENTS,
  VERSIONS,
  ATTACHMENTS,
  CLAUSE_PROPOSALS,
  RESOURCES,
  EVENTS,
  PARTICIPANTS,
  WATCH,
  DOSSIERS,
  VALIDATIONS,
  SIGNATURES,
  MAIL_LOG,
  ...SURVEY_TABLES,
  EVALUATIONS,
  INDICATORS,
  ...READINESS_TABLES,
  JOURNAL,
  SETTINGS,
  LONG_TEXTS,
];

/** The tables whose rows users may archive and restore, by sheet name. */
export const ARCHIVABLE_TABLES = [PARTNERS, CONTACTS, OPPORTUNITIES, INTERACTIONS] as const;
