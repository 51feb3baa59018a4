/** The organisation's vocabularies (French), shared by validation, dropdowns and the sidebar. */
export const PARTNER_TYPES = [
  'OSC',
  'ONG nationale',
  'ONG internationale',
  'Collectivité territoriale',
  'Institution publique',
  'PTF / bailleur',
  'Secteur privé',
  'Fondation',
  'Université / recherche',
  'Média',
  'Diaspora',
  'Prescripteur / relais',
  'Cluster ICC',
  'Agence de coopération',
] as const;

/** What workbooks made before the split wrote: still accepted in « Type », read as « Diaspora ». */
export const FORMER_DIASPORA_TYPE = 'Diaspora / relais';
/** The values « Type » accepts (and its dropdown offers, so older rows stay valid): the types, then the former one. */
export const PARTNER_TYPE_VALUES = [...PARTNER_TYPES, FORMER_DIASPORA_TYPE] as const;
/** A partner's type as the views group it: the former « Diaspora / relais » is « Diaspora ». */
export const partnerTypeOf = (type: string): string => (type === FORMER_DIASPORA_TYPE ? 'Diaspora' : type);

export const PARTNER_CATEGORIES = ['Stratégique', 'Opérationnel', 'Institutionnel', 'Financier', 'Technique'] as const;

export const LIFECYCLE_STAGES = [
  'Identification',
  'Catégorisation',
  'Analyse',
  'Approbation',
  'Formalisation',
  'Collaboration',
  'Évaluation',
  'Renouvellement',
  'Clôture',
] as const;

export const PIPELINE_STAGES = ['Cible', 'Contact', 'Note conceptuelle', 'Négociation', 'Signature', 'Signée', 'Abandonnée', 'Refusée'] as const;

export const LEVELS = ['Faible', 'Moyen', 'Élevé'] as const;

export const ROLES = ['admin', 'chargé', 'juridique', 'DAF', 'DG', 'SG', 'lecteur'] as const;

/** ISO codes of the currencies Pacte accepts (domain/format/currency.ts reads « FCFA », « € », « livres sterling »…). */
export { CURRENCY_CODES as CURRENCIES } from '../format/currency';

export const INTERACTION_TYPES = ['Rendez-vous', 'Appel', 'Atelier', 'Mission', 'Représentation', 'Courriel'] as const;

export const CONVENTION_TYPES = ['Convention de partenariat', 'Protocole d’accord (MoU)', 'Accord de financement', 'Accord de subvention', 'Avenant'] as const;

export const CONVENTION_STATUSES = ['Brouillon', 'En validation', 'Validée', 'Signée', 'Active', 'Clôturée', 'Expirée', 'Résiliée'] as const;
export type ConventionStatus = (typeof CONVENTION_STATUSES)[number];

// « Rapport » and « Activité » are the kinds of workbooks made before the others: their rows stay valid.
export const COMMITMENT_KINDS = [
  'Livrable',
  'Rapport narratif',
  'Rapport financier',
  'Versement',
  'Contribution en nature',
  'Visibilité',
  'Autre',
  'Rapport',
  'Activité',
] as const;
export const COMMITMENT_PARTIES = ['Nous', 'Partenaire'] as const;
// « À faire » is how workbooks made before « À venir » wrote it: read as « À venir » (domain/commitments/status.ts).
export const COMMITMENT_STATUSES = ['À venir', 'En cours', 'En retard', 'Réalisé', 'Annulé', 'À faire'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

export const DUE_DILIGENCE_DECISIONS = ['Approuvé', 'À revoir', 'Refusé'] as const;
export const EVENT_TYPES = ['OpenDay', 'Atelier Bilan/Perspectives', 'Restitution', 'Visite', 'Autre'] as const;
export const RESOURCE_KINDS = ['Financière', 'En nature'] as const;
