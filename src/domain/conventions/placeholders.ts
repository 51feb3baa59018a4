/**
 * The fields a convention template may hold (conventions, MoU, accords de financement, avenants)
 * and those of the minutes templates (PV, notes de synthèse, arbitrages). Names ignore case and
 * accents; « si vide » is what is written when the value is empty — without it, an empty value
 * stops the generation with « Valeur manquante » (put the passage in {{#si …}} … {{/si}}).
 *
 * | Champ | Contenu | Si vide |
 * | --- | --- | --- |
 * | `{{partenaire.id}}` | ID du partenaire (PAR-0001) | — |
 * | `{{partenaire.nom}}` | Nom du partenaire | — |
 * | `{{partenaire.sigle}}` | Sigle | — (utiliser `{{#si partenaire.sigle}}`) |
 * | `{{partenaire.type}}` | Type (ONG nationale, PTF / bailleur…) | — |
 * | `{{partenaire.pays}}`, `{{partenaire.region}}` | Pays, région | `__________` |
 * | `{{partenaire.localisation}}` | « Région, Pays » | `__________` |
 * | `{{partenaire.email}}`, `{{partenaire.telephone}}` | Coordonnées | `__________` |
 * | `{{partenaire.representant}}`, `{{partenaire.representant_fonction}}` | Contact principal (Contacts) et sa fonction | `__________` |
 * | `{{organisation.nom}}` | Notre organisation (Paramètres › Général › Organisation) | — |
 * | `{{organisation.adresse}}`, `{{organisation.ville}}` | Paramètres › Général › Adresse, Ville | `__________` |
 * | `{{organisation.representant}}`, `{{organisation.representant_fonction}}` | Paramètres › Général › Représentant, Fonction du représentant | `__________` |
 * | `{{convention.id}}`, `{{convention.version}}` | CONV-0001, 1 | — |
 * | `{{convention.type}}` | Type de convention | — |
 * | `{{convention.objet}}` | Objet | — |
 * | `{{convention.date_debut}}`, `{{convention.date_fin}}` | « 1er mars 2026 » | — |
 * | `{{convention.duree}}` | « 12 mois », « 1 an et 6 mois » | — |
 * | `{{convention.montant}}` | « 1 500 000 FCFA » | — |
 * | `{{convention.montant_lettres}}` | « un million cinq cent mille francs CFA » | — |
 * | `{{convention.devise}}` | FCFA, €, $ US | — |
 * | `{{convention.contribution_nature}}`, `{{convention.contribution_nature_lettres}}` | Contribution en nature valorisée, en chiffres et en lettres | — |
 * | `{{convention.contribution_nature_description}}` | Nature de la contribution en nature | « mise à disposition de moyens matériels et humains » |
 * | `{{convention.total_engagements}}` | Somme des montants des engagements | — |
 * | `{{convention.opportunite}}` | Titre de l'opportunité liée | — |
 * | `{{convention.initiale}}` | Convention modifiée par un avenant | « la convention initiale conclue entre les Parties » |
 * | `{{convention.statut}}` | Statut (PV et notes) | — |
 * | `{{date}}` | Date de génération, « 12 mars 2026 » | — |
 * | `{{redige_par}}` | Qui a généré le document | — |
 * | `{{document.type}}`, `{{document.titre}}`, `{{document.date}}`, `{{document.contenu}}` | PV, note de synthèse, arbitrage | contenu : « À compléter. » |
 *
 * Conditions (`{{#si …}}`): `contribution_financiere` (montant > 0), `contribution_nature`
 * (contribution en nature valorisée > 0), `sans_contribution` (ni l'une ni l'autre), `engagements`
 * (au moins un engagement), `sans_engagement`, `opportunite`, `avenant` (une convention initiale est
 * indiquée), and any value above (true when not empty).
 *
 * Rows repeated with `{{#chaque engagement}}` … `{{/chaque}}`: `{{engagement.numero}}` (1, 2…),
 * `{{engagement.nature}}`, `{{engagement.libelle}}`, `{{engagement.echeance}}`, `{{engagement.partie}}`
 * (Nous → notre organisation, Partenaire → son nom), `{{engagement.responsable}}`, `{{engagement.montant}}`,
 * `{{engagement.statut}}` — each written « — » when empty, except the first four.
 */
import type { PlaceholderSpec, TemplateCatalogue } from '../templates/engine';

const BLANK = '__________';

const v = (name: string, label: string, whenEmpty?: string): PlaceholderSpec => (whenEmpty === undefined ? { name, label } : { name, label, whenEmpty });

const COMMON: PlaceholderSpec[] = [
  v('partenaire.id', 'l’ID du partenaire'),
  v('partenaire.nom', 'le nom du partenaire'),
  v('partenaire.sigle', 'le sigle du partenaire'),
  v('partenaire.type', 'le type du partenaire'),
  v('partenaire.pays', 'le pays du partenaire', BLANK),
  v('partenaire.region', 'la région du partenaire', BLANK),
  v('partenaire.localisation', 'la localisation du partenaire', BLANK),
  v('partenaire.email', 'l’email du partenaire', BLANK),
  v('partenaire.telephone', 'le téléphone du partenaire', BLANK),
  v('partenaire.representant', 'le contact principal du partenaire', BLANK),
  v('partenaire.representant_fonction', 'la fonction du contact principal', BLANK),
  v('organisation.nom', 'le nom de l’organisation (Paramètres › Général › Organisation)'),
  v('organisation.adresse', 'l’adresse de l’organisation', BLANK),
  v('organisation.ville', 'la ville de l’organisation', BLANK),
  v('organisation.representant', 'le représentant de l’organisation', BLANK),
  v('organisation.representant_fonction', 'la fonction du représentant', BLANK),
  v('convention.id', 'l’ID de la convention'),
  v('convention.version', 'la version'),
  v('convention.type', 'le type de convention'),
  v('convention.objet', 'l’objet de la convention'),
  v('convention.date_debut', 'la date de début'),
  v('convention.date_fin', 'la date de fin'),
  v('convention.duree', 'la durée'),
  v('convention.montant', 'le montant'),
  v('convention.montant_lettres', 'le montant'),
  v('convention.devise', 'la devise'),
  v('convention.contribution_nature', 'la contribution en nature valorisée'),
  v('convention.contribution_nature_lettres', 'la contribution en nature valorisée'),
  v('convention.contribution_nature_description', 'la nature de la contribution en nature', 'mise à disposition de moyens matériels et humains'),
  v('convention.total_engagements', 'le total des montants des engagements'),
  v('convention.opportunite', 'l’opportunité liée'),
  v('convention.initiale', 'la convention initiale', 'la convention initiale conclue entre les Parties'),
  v('convention.statut', 'le statut de la convention'),
  v('date', 'la date du document'),
  v('redige_par', 'l’auteur du document'),
];

const COMMITMENT_ITEMS: PlaceholderSpec[] = [
  v('engagement.numero', 'le numéro de l’engagement'),
  v('engagement.nature', 'la nature de l’engagement'),
  v('engagement.libelle', 'le libellé de l’engagement'),
  v('engagement.echeance', 'l’échéance de l’engagement'),
  v('engagement.partie', 'la partie', '—'),
  v('engagement.responsable', 'le responsable', '—'),
  v('engagement.montant', 'le montant', '—'),
  v('engagement.statut', 'le statut', '—'),
];

const CONDITIONS = [
  { name: 'contribution_financiere', label: 'une contribution financière (montant > 0)' },
  { name: 'contribution_nature', label: 'une contribution en nature valorisée' },
  { name: 'sans_contribution', label: 'ni contribution financière ni en nature' },
  { name: 'engagements', label: 'au moins un engagement' },
  { name: 'sans_engagement', label: 'aucun engagement' },
  { name: 'opportunite', label: 'une opportunité liée' },
  { name: 'avenant', label: 'une convention initiale modifiée' },
];

export function conventionCatalogue(title: string): TemplateCatalogue {
  return { title, values: COMMON, conditions: CONDITIONS, collections: { engagement: COMMITMENT_ITEMS } };
}

const MINUTES: PlaceholderSpec[] = [
  v('document.type', 'le type de document'),
  v('document.titre', 'le titre'),
  v('document.date', 'la date'),
  v('document.contenu', 'le contenu', 'À compléter.'),
];

export function minutesCatalogue(title: string): TemplateCatalogue {
  return { title, values: [...COMMON, ...MINUTES], conditions: CONDITIONS, collections: { engagement: COMMITMENT_ITEMS } };
}
