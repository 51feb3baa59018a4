/**
 * What each view of the sidebar is for and how to use it, in a few lines: the « Aide » dialog shows
 * every view, and the sidebar can show the current one's. Static French text (no user data).
 */
export const HELP_VIEWS = [
  'partners',
  'pipeline',
  'conventions',
  'surveys',
  'commitments',
  'resources',
  'events',
  'week',
  'watch',
  'readiness',
  'report',
  'map',
  'kpis',
  'reports',
  'import',
  'roles',
] as const;
/** Views opened from another (no tab of their own), with their help too. */
export const PAGE_VIEWS = ['evaluation'] as const;
export type HelpView = (typeof HELP_VIEWS)[number] | (typeof PAGE_VIEWS)[number];

export interface ViewHelp {
  /** The tab's label. */
  title: string;
  /** One sentence: what the view is for. */
  summary: string;
  /** The usual steps, each short. */
  steps: readonly string[];
}

export const VIEW_HELP: Record<HelpView, ViewHelp> = {
  partners: {
    title: 'Partenaires',
    summary: 'La base des partenaires : fiche d’identification, contacts, interactions, opportunités et analyse de diligence.',
    steps: [
      '« Nouveau partenaire » ouvre la fiche ; Pacte signale un doublon probable avant de créer.',
      'Ouvrez un partenaire pour voir ses contacts, son historique d’étapes, ses interactions et ses opportunités.',
      '« Consigner » enregistre une réunion, un appel ou une mission et met à jour la prochaine action.',
      'Le score de priorité et le quadrant (pouvoir × intérêt) se recalculent à chaque modification.',
      '« Archiver » retire un partenaire, un contact, une opportunité ou une interaction des listes et des comptes sans l’effacer de la feuille ; « Archives », au-dessus de la liste, permet de le restaurer.',
    ],
  },
  pipeline: {
    title: 'Pipeline',
    summary: 'Les opportunités par étape, du premier contact à la signature, avec les montants pondérés par étape.',
    steps: [
      'Déplacez une carte vers l’étape suivante ; « Abandonnée » demande un motif.',
      '« Signée » n’est possible qu’une fois une convention liée à l’opportunité.',
      'Filtrez par responsable ou par bailleur ; les actions en retard sont signalées.',
    ],
  },
  conventions: {
    title: 'Conventions',
    summary: 'Conventions et protocoles d’accord générés dans Google Docs depuis les modèles, leurs versions, le circuit de validation et les signatures.',
    steps: [
      '« Générer » crée le document (version 1) depuis le modèle choisi, avec les engagements (livrables, versements, échéances).',
      '« Soumettre au circuit » l’envoie à la validation interne : juridique → DAF → DG/SG ; chacun approuve, rejette ou demande des modifications.',
      '« Nouvelle version » reprend la version précédente ; un avenant nomme la convention qu’il modifie.',
      'Une fois validée, enregistrez les signatures (PDF signé) : la convention devient active à sa date de début.',
    ],
  },
  surveys: {
    title: 'Enquêtes',
    summary: 'Les enquêtes de satisfaction des partenaires (Google Forms) : envoi, relances, taux de réponse, scores par dimension et NPS.',
    steps: [
      'Créez une campagne : période, partenaires ciblés (par type ou par étape), date d’envoi, relances et clôture.',
      '« Envoyer » poste un lien personnel à chaque contact principal ; au-delà du quota quotidien de Gmail, le reste part le lendemain.',
      'Les réponses arrivent seules ; « Synchroniser » les reprend si besoin. Les résultats montrent chaque dimension, le NPS et la tendance.',
    ],
  },
  commitments: {
    title: 'Engagements',
    summary:
      'Le suivi des engagements des conventions (livrables, rapports, versements) et le taux de respect des échéances, le nôtre et celui des partenaires.',
    steps: [
      'Filtrez par responsable (vous, par défaut), par convention ou par partenaire, puis par échéance : 7 jours, 30 jours, en retard, réalisés.',
      '« Marquer réalisé » enregistre la date et la preuve (lien ou fichier Drive) en une fois ; « Annuler » demande un motif.',
      '« Ajouter un engagement » en crée un, ou une série (« tous les 3 mois jusqu’au… ») ; « Actualiser le tableau des engagements » réécrit la feuille de suivi.',
    ],
  },
  resources: {
    title: 'Ressources',
    summary:
      'Les ressources mobilisées, en numéraire et en nature, promises et reçues, en FCFA, par type de partenaire et par axe, face à l’objectif annuel de Paramètres › Objectifs.',
    steps: [
      '« Mettre à jour depuis les conventions » reprend les montants des conventions signées et des opportunités signées sans convention ; relancer ne crée pas de doublon.',
      '« Ajouter » enregistre une contribution reçue ou promise : en numéraire dans sa devise, ou en nature par catégorie et quantité (taux de Paramètres › Valorisation).',
      'Une contribution compte une fois : pour une convention, le plus grand du promis et du reçu. « Taux à saisir » : ajoutez le taux de la devise dans Paramètres › Taux de change.',
    ],
  },
  events: {
    title: 'Événements',
    summary:
      'Les OpenDays, ateliers Bilan/Perspectives, restitutions et visites : invitations, ordre du jour, présence et bilan. Chaque événement tenu compte comme action de fidélisation.',
    steps: [
      '« Planifier un événement » : date, lieu, partenaires invités (leurs contacts avec une adresse deviennent participants) et autres invités.',
      '« Envoyer les invitations » envoie un e-mail par participant, jamais deux ; au-delà du quota quotidien de Gmail, le reste part le lendemain.',
      '« Générer l’ordre du jour » crée le document depuis le modèle « Ordre du jour » (Paramètres › Modèles), une seule fois.',
      'Après l’événement : notez la présence, puis le bilan ; chaque suite à donner qui nomme un partenaire devient sa prochaine action (Ma semaine).',
    ],
  },
  week: {
    title: 'Ma semaine',
    summary: 'Vos échéances : actions en retard d’abord, puis celles des prochains jours, et ce qui attend votre validation.',
    steps: [
      'Ouvrez une ligne pour aller au partenaire ou à la convention concernés.',
      '« Copier pour WhatsApp » prépare le récapitulatif de vos engagements et évaluations, prêt à coller dans un groupe.',
      'Admins : les échecs des tâches planifiées (feuille « Journal des erreurs ») s’affichent en tête, avec leur pile d’appels.',
    ],
  },
  kpis: {
    title: 'Indicateurs',
    summary: 'Les indicateurs de pilotage d’un mois, d’un trimestre ou d’une année, comparés à la période précédente et aux objectifs de Paramètres.',
    steps: [
      'Choisissez Mois, Trimestre ou Année ; ◀ et ▶ passent à la période précédente ou suivante.',
      '▲▼ comparent à la période précédente et à l’objectif ; la courbe montre les 12 derniers mois.',
      '« ? » donne la définition de l’indicateur.',
    ],
  },
  reports: {
    title: 'Rapports',
    summary:
      'Les rapports mensuels, trimestriels et annuels, rédigés par Pacte dans un Google Doc à partir des indicateurs, des engagements, des alertes et des enquêtes.',
    steps: [
      'Choisissez le type de rapport et la période, puis « Générer » : le lien vers le Doc s’affiche une fois le rapport écrit.',
      'Le Doc est classé dans le dossier des rapports, partagé en lecture avec les destinataires de Paramètres › Rapports, qui reçoivent un e-mail, une seule fois.',
      'Un rapport déjà généré pour la période est rouvert tel quel ; complétez dans le Doc la section « Recommandations ».',
      'Chaque mois, Pacte génère seul le rapport du mois écoulé, au début d’un trimestre celui du trimestre écoulé, en janvier celui de l’année.',
    ],
  },
  watch: {
    title: 'Veille',
    summary: 'Les appels à projets, fonds et programmes suivis, date limite la plus proche d’abord, chacun avec son score d’adéquation expliqué.',
    steps: [
      'Ajoutez un appel, ou collez une liste (une ligne par appel : intitulé ; bailleur ; date limite ; lien).',
      'Les flux RSS ou Atom listés dans Paramètres › Veille (clé « Flux ») sont lus chaque jour ; un flux en erreur est signalé dans le Journal des erreurs.',
      '« Go » crée l’opportunité de l’appel à l’étape « Cible » (une seule, même cliqué deux fois) ; « No go » et « À étudier » enregistrent la décision et son responsable.',
    ],
  },
  map: {
    title: 'Cartographie',
    summary: 'Les partenaires par type et par quadrant pouvoir × intérêt (gérer de près, satisfaire, informer, surveiller).',
    steps: ['« Mettre à jour la feuille » réécrit la feuille Cartographie et son graphique.'],
  },
  import: {
    title: 'Importer des partenaires',
    summary: 'Reprendre une liste existante (autre feuille du classeur ou texte CSV) dans la base.',
    steps: [
      'Choisissez la source, associez ses colonnes à celles de Pacte, vérifiez l’aperçu.',
      'Les doublons et les lignes incomplètes sont signalés par ligne et par colonne ; rien n’est importé deux fois.',
    ],
  },
  evaluation: {
    title: 'Évaluation conjointe',
    summary: 'Le bilan de santé d’un partenariat : la même grille vert / orange / rouge remplie par nous et par le partenaire, comparée, puis une décision.',
    steps: [
      'Ouvrez-la depuis la fiche du partenaire ou depuis « Ma semaine » ; cochez une couleur par dimension, commentez, puis « Enregistrer ».',
      '« Envoyer le formulaire au partenaire » poste à son contact un Google Form personnel ; ses réponses s’affichent à côté des nôtres, les écarts vert contre rouge signalés.',
      'Une dimension critique en rouge plafonne le résultat global : elle ne se compense pas par de bonnes notes ailleurs.',
      'La décision (renforcer, maintenir, réorienter, clore) demande une justification ; « Clore » demande aussi les leçons apprises et lance le plan de sortie.',
    ],
  },
  report: {
    title: 'Compte rendu',
    summary: 'Le compte rendu d’une rencontre, d’un atelier ou d’une mission, en Google Doc, rattaché à chaque partenaire rencontré.',
    steps: [
      'Choisissez les partenaires rencontrés (plusieurs), la nature, la date et le lieu, puis les objectifs, les points discutés et les décisions.',
      'Chaque suite à donner (action, responsable, échéance, partenaire) devient la prochaine action du partenaire concerné, visible dans Ma semaine.',
      '« Enregistrer » crée le Doc depuis le modèle « Compte rendu » (Paramètres › Modèles) et une interaction par partenaire ; un second clic ne crée rien de plus.',
    ],
  },
  readiness: {
    title: 'Auto-évaluation',
    summary:
      'Se préparer aux évaluations des bailleurs (micro-évaluation HACT, NUPAS) : une grille par domaine, des scores, un plan de renforcement et les documents institutionnels.',
    steps: [
      '« Démarrer l’auto-évaluation », puis répondez Oui, Partiellement, Non ou Sans objet à chaque question, avec son justificatif ; « Enregistrer les réponses » les garde.',
      '« Terminer » calcule les scores par domaine (poids dans Paramètres › Auto-évaluation) et le niveau de risque : faible dès 85 %, modéré dès 70 %, significatif dès 50 %, élevé en dessous.',
      'Chaque « Non » ou « Partiellement » devient une action du plan de renforcement, les points critiques d’abord ; elles apparaissent dans « Ma semaine » et les récapitulatifs de leur responsable.',
      'Pour chaque document (statuts, récépissé, états financiers certifiés…), indiquez le lien Drive et la date d’expiration : un document expiré ou qui expire dans 30 jours est signalé.',
    ],
  },
  roles: {
    title: 'Rôles (admin)',
    summary: 'Qui peut faire quoi : admin, chargé, juridique, DAF, DG, SG, lecteur.',
    steps: ['Ajoutez une adresse avec son rôle ; le dernier administrateur ne peut pas être retiré.', 'Chaque changement est tracé dans le Journal.'],
  },
};
