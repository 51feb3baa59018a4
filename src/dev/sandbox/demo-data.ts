/**
 * Demo data for the sandbox: the partner ecosystem of a Malian youth civic association
 * (AJCAD-like), with OSC, ONG nationales et internationales, collectivités, ministères and PTF.
 */
export const DEMO_ORGANISATION = 'AJCAD Mali (démo)';

export const DEMO_USERS = {
  admin: 'direction@ajcad-mali.org',
  chargee: 'awa.traore@ajcad-mali.org',
  charge: 'moussa.keita@ajcad-mali.org',
  juridique: 'juridique@ajcad-mali.org',
  daf: 'daf@ajcad-mali.org',
  lecteur: 'ca.membre@ajcad-mali.org',
} as const;

export const DEMO_ROLES: [string, string][] = [
  [DEMO_USERS.chargee, 'chargé'],
  [DEMO_USERS.charge, 'chargé'],
  [DEMO_USERS.juridique, 'juridique'],
  [DEMO_USERS.daf, 'DAF'],
  [DEMO_USERS.lecteur, 'lecteur'],
];

type P = [name: string, acronym: string, type: string, category: string, region: string, sectors: string, alignment: number, potential: number, power: string, interest: string, stage: string, owner: string];

const A = DEMO_USERS.chargee;
const M = DEMO_USERS.charge;

const PARTNERS: P[] = [
  ['Délégation de l’Union européenne au Mali', 'DUE', 'PTF / bailleur', 'Financier', 'Bamako', 'Gouvernance, société civile', 5, 5, 'Élevé', 'Élevé', 'Collaboration', A],
  ['Ambassade du Royaume des Pays-Bas', 'NL Mali', 'PTF / bailleur', 'Financier', 'Bamako', 'Gouvernance, jeunesse', 4, 4, 'Élevé', 'Moyen', 'Évaluation', A],
  ['Agence française de développement', 'AFD', 'PTF / bailleur', 'Financier', 'Bamako', 'Éducation, emploi des jeunes', 4, 5, 'Élevé', 'Moyen', 'Analyse', M],
  ['Coopération suisse (DDC)', 'DDC', 'PTF / bailleur', 'Financier', 'Bamako', 'Gouvernance locale', 5, 4, 'Élevé', 'Élevé', 'Formalisation', A],
  ['Agence belge de développement', 'Enabel', 'PTF / bailleur', 'Technique', 'Bamako', 'Emploi, formation', 3, 4, 'Élevé', 'Moyen', 'Identification', M],
  ['Coopération allemande', 'GIZ', 'PTF / bailleur', 'Technique', 'Bamako', 'Décentralisation, paix', 4, 4, 'Élevé', 'Moyen', 'Catégorisation', M],
  ['Programme des Nations unies pour le développement', 'PNUD', 'PTF / bailleur', 'Stratégique', 'Bamako', 'Gouvernance, élections', 5, 5, 'Élevé', 'Élevé', 'Collaboration', A],
  ['ONU Femmes Mali', 'ONU Femmes', 'PTF / bailleur', 'Stratégique', 'Bamako', 'Genre, leadership féminin', 5, 4, 'Élevé', 'Élevé', 'Collaboration', A],
  ['Fonds des Nations unies pour l’enfance', 'UNICEF', 'PTF / bailleur', 'Technique', 'Bamako', 'Jeunesse, éducation', 3, 4, 'Élevé', 'Faible', 'Identification', M],
  ['Open Society Initiative for West Africa', 'OSIWA', 'Fondation', 'Financier', 'Dakar', 'Redevabilité, justice', 5, 4, 'Moyen', 'Élevé', 'Renouvellement', A],
  ['National Endowment for Democracy', 'NED', 'Fondation', 'Financier', 'Washington', 'Démocratie, société civile', 5, 3, 'Moyen', 'Élevé', 'Collaboration', A],
  ['Fondation Orange Mali', 'FOM', 'Fondation', 'Financier', 'Bamako', 'Numérique, éducation', 3, 3, 'Moyen', 'Moyen', 'Analyse', M],
  ['Oxfam au Mali', 'Oxfam', 'ONG internationale', 'Opérationnel', 'Bamako', 'Inégalités, gouvernance', 4, 3, 'Moyen', 'Élevé', 'Collaboration', A],
  ['Plan International Mali', 'Plan', 'ONG internationale', 'Opérationnel', 'Ségou', 'Droits des filles, jeunesse', 4, 3, 'Moyen', 'Moyen', 'Approbation', M],
  ['Save the Children Mali', 'SCI', 'ONG internationale', 'Opérationnel', 'Mopti', 'Protection, éducation', 3, 3, 'Moyen', 'Faible', 'Identification', M],
  ['Helvetas Mali', 'Helvetas', 'ONG internationale', 'Technique', 'Sikasso', 'Gouvernance locale, eau', 4, 3, 'Moyen', 'Moyen', 'Catégorisation', A],
  ['International Alert', 'Alert', 'ONG internationale', 'Technique', 'Mopti', 'Paix, cohésion sociale', 4, 3, 'Moyen', 'Élevé', 'Analyse', A],
  ['Search for Common Ground', 'SFCG', 'ONG internationale', 'Opérationnel', 'Tombouctou', 'Paix, médias', 4, 3, 'Moyen', 'Moyen', 'Identification', M],
  ['Association malienne des droits de l’homme', 'AMDH', 'ONG nationale', 'Opérationnel', 'Bamako', 'Droits humains', 4, 2, 'Moyen', 'Élevé', 'Collaboration', A],
  ['WILDAF Mali', 'WILDAF', 'ONG nationale', 'Opérationnel', 'Bamako', 'Droits des femmes', 4, 2, 'Faible', 'Élevé', 'Collaboration', A],
  ['Réseau Plaidoyer et Lobbying', 'RPL', 'ONG nationale', 'Stratégique', 'Bamako', 'Plaidoyer, budget', 4, 2, 'Moyen', 'Élevé', 'Formalisation', M],
  ['Coordination des associations et ONG féminines', 'CAFO', 'OSC', 'Institutionnel', 'Bamako', 'Femmes, leadership', 4, 2, 'Moyen', 'Moyen', 'Identification', A],
  ['Conseil national de la jeunesse du Mali', 'CNJ', 'OSC', 'Institutionnel', 'Bamako', 'Jeunesse', 5, 2, 'Élevé', 'Élevé', 'Collaboration', A],
  ['Association des jeunes pour le développement de Kayes', 'AJDK', 'OSC', 'Opérationnel', 'Kayes', 'Jeunesse, migration', 4, 1, 'Faible', 'Élevé', 'Collaboration', M],
  ['Réseau des jeunes leaders de Sikasso', 'RJLS', 'OSC', 'Opérationnel', 'Sikasso', 'Citoyenneté', 4, 1, 'Faible', 'Élevé', 'Évaluation', M],
  ['Tournons la page Mali', 'TLP', 'OSC', 'Stratégique', 'Bamako', 'Démocratie', 5, 1, 'Faible', 'Élevé', 'Catégorisation', A],
  ['Mairie de la Commune IV du District de Bamako', 'CIV', 'Collectivité territoriale', 'Institutionnel', 'Bamako', 'Services sociaux de base', 4, 2, 'Élevé', 'Moyen', 'Analyse', A],
  ['Conseil régional de Ségou', 'CR Ségou', 'Collectivité territoriale', 'Institutionnel', 'Ségou', 'Développement local', 3, 2, 'Élevé', 'Faible', 'Identification', M],
  ['Mairie de Mopti', '', 'Collectivité territoriale', 'Institutionnel', 'Mopti', 'Cohésion sociale', 3, 2, 'Moyen', 'Moyen', 'Identification', M],
  ['Conseil de cercle de Kati', '', 'Collectivité territoriale', 'Institutionnel', 'Koulikoro', 'Jeunesse, services', 3, 1, 'Moyen', 'Faible', 'Identification', A],
  ['Ministère de la Jeunesse et des Sports', 'MJS', 'Institution publique', 'Institutionnel', 'Bamako', 'Jeunesse, engagement civique', 5, 3, 'Élevé', 'Moyen', 'Approbation', A],
  ['Ministère de l’Administration territoriale et de la Décentralisation', 'MATD', 'Institution publique', 'Institutionnel', 'Bamako', 'Décentralisation, élections', 4, 2, 'Élevé', 'Faible', 'Catégorisation', M],
  ['Office central de lutte contre l’enrichissement illicite', 'OCLEI', 'Institution publique', 'Stratégique', 'Bamako', 'Anti-corruption', 5, 2, 'Élevé', 'Moyen', 'Analyse', A],
  ['Université des sciences juridiques et politiques de Bamako', 'USJPB', 'Université / recherche', 'Technique', 'Bamako', 'Recherche, droit', 3, 2, 'Moyen', 'Moyen', 'Identification', M],
  ['Studio Tamani', '', 'Média', 'Opérationnel', 'Bamako', 'Information, radio', 4, 2, 'Moyen', 'Élevé', 'Collaboration', A],
  ['Radio Klédu', '', 'Média', 'Opérationnel', 'Bamako', 'Radio', 3, 1, 'Moyen', 'Moyen', 'Identification', M],
  ['Orange Mali', '', 'Secteur privé', 'Financier', 'Bamako', 'Télécoms, RSE', 2, 4, 'Élevé', 'Faible', 'Identification', M],
  ['Ecobank Mali', '', 'Secteur privé', 'Financier', 'Bamako', 'Banque, RSE', 2, 3, 'Moyen', 'Faible', 'Identification', M],
  ['Haut Conseil des Maliens de l’extérieur – section France', 'HCME France', 'Diaspora / relais', 'Stratégique', 'Paris', 'Diaspora, mobilisation', 3, 3, 'Moyen', 'Moyen', 'Catégorisation', A],
  ['Kabakoo Academies', '', 'Université / recherche', 'Technique', 'Bamako', 'Compétences numériques', 3, 2, 'Faible', 'Moyen', 'Identification', M],
];

export const DEMO_PARTNERS: Record<string, string | number>[] = PARTNERS.map(
  ([name, acronym, type, category, region, sectors, alignment, potential, power, interest, stage, owner]) => ({
    name,
    acronym,
    type,
    category,
    country: ['Dakar', 'Washington', 'Paris'].includes(region) ? { Dakar: 'Sénégal', Washington: 'États-Unis', Paris: 'France' }[region]! : 'Mali',
    region,
    sectors,
    alignment,
    potential,
    power,
    interest,
    stage,
    owner,
  }),
);
