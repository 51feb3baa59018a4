/**
 * What each KPI counts, in one French sentence: the same text in the README's table, the panel's
 * « ? » and every report's annex (test/domain/kpi-readme.test.ts checks the README lists each label).
 */
import { KPI_KEYS, type KpiDefinition, type KpiKey } from './model';

export const DEFINITIONS: Readonly<Record<KpiKey, KpiDefinition>> = {
  partnersIdentified: {
    key: 'partnersIdentified',
    label: 'Partenaires identifiés',
    unit: 'count',
    definition: 'Partenaires créés dans « Partenaires » pendant la période (date « Créé le »).',
    higherIsBetter: true,
  },
  partnersQualified: {
    key: 'partnersQualified',
    label: 'Partenaires qualifiés',
    unit: 'count',
    definition:
      'Partenaires entrés à l’étape « Analyse » ou « Approbation » pendant la période, ou dont une analyse de due diligence a été décidée pendant la période (chacun compté une fois).',
    higherIsBetter: true,
  },
  partnersApproached: {
    key: 'partnersApproached',
    label: 'Partenaires approchés',
    unit: 'count',
    definition: 'Partenaires dont la première interaction enregistrée tombe dans la période.',
    higherIsBetter: true,
  },
  dossiersSubmitted: {
    key: 'dossiersSubmitted',
    label: 'Dossiers soumis',
    unit: 'count',
    definition:
      'Opportunités entrées à l’étape « Note conceptuelle » ou au-delà pendant la période (première entrée seulement ; sans historique, la date de création d’une opportunité créée à ces étapes).',
    higherIsBetter: true,
  },
  conversionRate: {
    key: 'conversionRate',
    label: 'Taux de conversion',
    unit: 'percent',
    definition: 'Parmi les opportunités décidées pendant la période, la part signée : Signée ÷ (Signée + Refusée + Abandonnée).',
    higherIsBetter: true,
  },
  resourcesMobilised: {
    key: 'resourcesMobilised',
    label: 'Ressources mobilisées',
    unit: 'xof',
    definition:
      'Somme en FCFA des contributions datées de la période, selon la règle du registre « Ressources » : les lignes d’une convention (avenants compris) et d’une nature forment une contribution, qui compte pour le plus grand du promis et du reçu ; au taux de leur date, les lignes sans taux (« taux à saisir ») laissées de côté ; réparties par nature, type de partenaire et axe stratégique.',
    higherIsBetter: true,
  },
  activeConventions: {
    key: 'activeConventions',
    label: 'Conventions actives',
    unit: 'count',
    definition: 'Conventions signées (hors avenants) dont la période de validité (début–fin) recoupe la période.',
    higherIsBetter: true,
  },
  conventionsUpToDate: {
    key: 'conventionsUpToDate',
    label: 'Conventions à jour de leurs livrables',
    unit: 'percent',
    definition: 'Part des conventions actives sans livrable ni rapport échu non réalisé à la fin de la période ; une convention sans livrable est à jour.',
    higherIsBetter: true,
  },
  complianceOurs: {
    key: 'complianceOurs',
    label: 'Respect des échéances (nous)',
    unit: 'percent',
    definition: 'Part de nos engagements échus pendant la période (hors annulés) réalisés au plus tard à leur échéance.',
    higherIsBetter: true,
  },
  compliancePartners: {
    key: 'compliancePartners',
    label: 'Respect des échéances (partenaires)',
    unit: 'percent',
    definition: 'Part des engagements des partenaires échus pendant la période (hors annulés) réalisés au plus tard à leur échéance.',
    higherIsBetter: true,
  },
  loyaltyActions: {
    key: 'loyaltyActions',
    label: 'Actions de fidélisation',
    unit: 'count',
    definition:
      'Événements tenus pendant la période (OpenDay, atelier Bilan/Perspectives, restitution, visite…) et interactions de type « Atelier » datées de la période.',
    higherIsBetter: true,
  },
  satisfactionMean: {
    key: 'satisfactionMean',
    label: 'Satisfaction moyenne',
    unit: 'score',
    definition: 'Moyenne sur 5 de toutes les notes des réponses d’enquête soumises pendant la période (réponses signalées ou en double exclues).',
    higherIsBetter: true,
  },
  nps: {
    key: 'nps',
    label: 'NPS',
    unit: 'nps',
    definition: 'Net Promoter Score des réponses soumises pendant la période : % de promoteurs (9–10) moins % de détracteurs (0–6).',
    higherIsBetter: true,
  },
  evaluationResults: {
    key: 'evaluationResults',
    label: 'Évaluations décidées',
    unit: 'count',
    definition: 'Évaluations conjointes décidées pendant la période (date de décision), réparties par décision.',
    higherIsBetter: true,
  },
  partnershipsFormalised: {
    key: 'partnershipsFormalised',
    label: 'Partenariats formalisés',
    unit: 'count',
    definition:
      'Conventions (hors avenants) signées pendant la période : date de la dernière signature enregistrée, ou date de début d’une convention signée sans signature enregistrée.',
    higherIsBetter: true,
  },
};

/** The definitions in KPI_KEYS order. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = KPI_KEYS.map((k) => DEFINITIONS[k]);
