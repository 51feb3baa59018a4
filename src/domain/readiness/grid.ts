/**
 * The readiness grid: the areas donors look at before funding an organisation (modelled on the
 * HACT micro-assessment and USAID's NUPAS), each with concrete questions answered Oui /
 * Partiellement / Non / Sans objet, and the action that closes the gap when the answer is not Oui.
 * A critical question is one a donor treats as a condition (audited accounts, a safeguarding
 * policy): its gap comes first in the plan and a « Non » there caps the overall risk.
 */

export const ANSWERS = ['Oui', 'Partiellement', 'Non', 'Sans objet'] as const;
export type Answer = (typeof ANSWERS)[number];

export interface Question {
  /** Stable code (« FIN-2 »), kept in the answers sheet. */
  code: string;
  text: string;
  /** The gap plan's action when the answer is Non or Partiellement. */
  action: string;
  critical: boolean;
}

export interface Area {
  key: string;
  label: string;
  /** Default share of the overall score (the defaults add up to 100; Paramètres › Auto-évaluation may change them). */
  weight: number;
  questions: readonly Question[];
}

const q = (code: string, text: string, action: string, critical = false): Question => ({ code, text, action, critical });

export const AREAS: readonly Area[] = [
  {
    key: 'governance',
    label: 'Gouvernance',
    weight: 15,
    questions: [
      q('GOU-1', 'L’organisation est légalement enregistrée et ses statuts sont à jour', 'Mettre à jour les statuts et le récépissé de déclaration', true),
      q(
        'GOU-2',
        'Le conseil d’administration se réunit au moins deux fois par an et ses décisions sont consignées dans des procès-verbaux',
        'Tenir et archiver les procès-verbaux du conseil d’administration',
      ),
      q('GOU-3', 'L’assemblée générale s’est tenue dans les douze derniers mois', 'Convoquer l’assemblée générale et en établir le procès-verbal'),
      q('GOU-4', 'Les fonctions de décision, d’exécution et de contrôle sont séparées', 'Formaliser la séparation des fonctions dans un organigramme validé'),
      q(
        'GOU-5',
        'Une politique de conflits d’intérêts est adoptée et signée par les dirigeants',
        'Adopter une politique de conflits d’intérêts et la faire signer',
      ),
    ],
  },
  {
    key: 'finance',
    label: 'Gestion financière',
    weight: 30,
    questions: [
      q(
        'FIN-1',
        'Les états financiers sont audités chaque année par un auditeur indépendant',
        'Faire auditer les états financiers par un auditeur indépendant',
        true,
      ),
      q(
        'FIN-2',
        'Un manuel de procédures administratives et financières est adopté et appliqué',
        'Rédiger et faire adopter le manuel de procédures administratives et financières',
        true,
      ),
      q('FIN-3', 'La comptabilité est tenue sur un logiciel, selon le SYSCOHADA', 'Tenir la comptabilité sur un logiciel conforme au SYSCOHADA'),
      q('FIN-4', 'Les rapprochements bancaires sont faits chaque mois et visés', 'Faire et viser chaque mois les rapprochements bancaires'),
      q(
        'FIN-5',
        'Chaque paiement porte deux signatures et des pièces justificatives',
        'Instaurer la double signature et l’archivage des pièces justificatives',
        true,
      ),
      q('FIN-6', 'Les dépenses sont suivies par projet et par ligne budgétaire', 'Mettre en place le suivi budgétaire par projet et par ligne'),
    ],
  },
  {
    key: 'procurement',
    label: 'Passation des marchés',
    weight: 15,
    questions: [
      q('PAS-1', 'Une procédure écrite fixe les seuils de mise en concurrence', 'Rédiger la procédure d’achats et ses seuils de mise en concurrence', true),
      q(
        'PAS-2',
        'Au-delà du seuil, au moins trois devis sont comparés et la comparaison est archivée',
        'Exiger et archiver trois devis comparés au-delà du seuil',
      ),
      q('PAS-3', 'Une commission des marchés, sans conflit d’intérêts, attribue les marchés importants', 'Constituer une commission des marchés'),
      q('PAS-4', 'Les fournisseurs sont vérifiés sur les listes de sanctions', 'Vérifier les fournisseurs sur les listes de sanctions avant tout contrat'),
    ],
  },
  {
    key: 'hr',
    label: 'Ressources humaines',
    weight: 10,
    questions: [
      q('RH-1', 'Un manuel ou règlement intérieur du personnel est adopté', 'Adopter un règlement intérieur du personnel'),
      q('RH-2', 'Chaque salarié a un contrat écrit et une description de poste', 'Établir contrats écrits et descriptions de poste pour chaque salarié'),
      q(
        'RH-3',
        'Les cotisations sociales et l’impôt sur les salaires sont déclarés et payés',
        'Régulariser les déclarations sociales et fiscales sur les salaires',
        true,
      ),
      q('RH-4', 'Les feuilles de temps répartissent le temps du personnel entre projets', 'Mettre en place des feuilles de temps par projet'),
      q('RH-5', 'Le recrutement suit une procédure écrite et transparente', 'Rédiger la procédure de recrutement'),
    ],
  },
  {
    key: 'programme',
    label: 'Gestion des programmes',
    weight: 15,
    questions: [
      q('PRG-1', 'Chaque projet a un cadre logique avec des indicateurs et des cibles', 'Doter chaque projet d’un cadre logique avec indicateurs et cibles'),
      q('PRG-2', 'Un système de suivi-évaluation collecte les données des indicateurs', 'Mettre en place le suivi-évaluation des indicateurs'),
      q(
        'PRG-3',
        'Les rapports narratifs et financiers sont remis aux bailleurs à l’échéance',
        'Planifier les rapports aux bailleurs et leur relecture avant échéance',
      ),
      q(
        'PRG-4',
        'Les bénéficiaires disposent d’un mécanisme de plainte et de retour',
        'Mettre en place un mécanisme de plainte et de retour des bénéficiaires',
      ),
      q('PRG-5', 'Un rapport annuel d’activités est publié', 'Publier le rapport annuel d’activités'),
    ],
  },
  {
    key: 'safeguarding',
    label: 'Protection (PSEA)',
    weight: 15,
    questions: [
      q(
        'PRO-1',
        'Une politique de protection contre l’exploitation et les abus sexuels (PSEA) est adoptée',
        'Adopter une politique PSEA et de protection de l’enfance',
        true,
      ),
      q('PRO-2', 'Le personnel et les volontaires signent un code de conduite', 'Faire signer le code de conduite au personnel et aux volontaires'),
      q('PRO-3', 'Le personnel est formé à la PSEA chaque année', 'Former le personnel à la PSEA'),
      q('PRO-4', 'Un point focal reçoit les signalements, confidentiellement', 'Désigner un point focal PSEA et un canal de signalement confidentiel', true),
      q('PRO-5', 'Les antécédents des candidats sont vérifiés avant recrutement', 'Vérifier les références et antécédents avant tout recrutement'),
    ],
  },
];

export const QUESTIONS: readonly (Question & { area: string })[] = AREAS.flatMap((a) => a.questions.map((question) => ({ ...question, area: a.key })));

export const questionOf = (code: string) => QUESTIONS.find((x) => x.code === code);

/** « oui », « OUI », « partiellement » → the answer; null when it is none of the four. */
export function parseAnswer(value: unknown): Answer | null {
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  return ANSWERS.find((a) => a.toLowerCase() === t) ?? null;
}
