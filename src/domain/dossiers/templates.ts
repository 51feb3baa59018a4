/**
 * The dossier's three Google Docs templates per base kit (created on first use, then edited freely
 * by the organisation): the concept note, the logframe (a real table, one row copied per line with
 * `{{#chaque ligne}}`) and the risk analysis (`{{#chaque risque}}`). Placeholders:
 *
 * | Champ | Contenu |
 * | --- | --- |
 * | `{{organisation.nom}}`, `{{partenaire.nom}}`, `{{opportunite.titre}}`, `{{opportunite.id}}`, `{{kit}}`, `{{date}}`, `{{redige_par}}` | as named |
 * | `{{montant}}` | « 25 000 000 FCFA » (the opportunity's amount in its currency, French format) |
 * | `{{montant_fcfa}}` | the same in FCFA when the currency is another (else empty: `{{#si montant_fcfa}}`) |
 * | `{{duree}}`, `{{periode}}`, `{{date_limite}}` | « 12 mois », « du 1er janvier 2027 au 31 décembre 2027 », the deadline |
 * | `{{contexte}}`, `{{objectif_general}}`, `{{objectifs_specifiques}}`, `{{resultats}}`, `{{groupes_cibles}}` | what is known, else a « [À rédiger : …] » line |
 *
 * Rows: `ligne.niveau`, `ligne.intitule`, `ligne.indicateur`, `ligne.reference`, `ligne.cible`,
 * `ligne.source`, `ligne.frequence`, `ligne.hypotheses`, `ligne.verification`, `ligne.odd`;
 * `risque.libelle`, `risque.probabilite`, `risque.impact`, `risque.mesure`, `risque.responsable`.
 */
import type { DefaultBlock, DefaultParagraph } from '../templates/defaults';
import type { PlaceholderSpec, TemplateCatalogue } from '../templates/engine';
import type { BaseKit, KitDoc } from './kits';

const v = (name: string, label: string, whenEmpty?: string): PlaceholderSpec => (whenEmpty === undefined ? { name, label } : { name, label, whenEmpty });

const COMMON = [
  v('organisation.nom', 'le nom de l’organisation'),
  v('partenaire.nom', 'le nom du bailleur'),
  v('opportunite.titre', 'l’intitulé du projet'),
  v('opportunite.id', 'l’ID de l’opportunité'),
  v('kit', 'le kit de dossier'),
  v('date', 'la date de génération'),
  v('redige_par', 'l’auteur'),
];

export const NOTE_CATALOGUE: TemplateCatalogue = {
  title: 'Note conceptuelle',
  values: [
    ...COMMON,
    v('montant', 'le montant demandé', '[À préciser : montant demandé]'),
    v('montant_fcfa', 'le montant demandé en FCFA (autre devise)', ''),
    v('duree', 'la durée du projet'),
    v('periode', 'la période du projet'),
    v('date_limite', 'la date limite de dépôt', 'non précisée'),
    v('contexte', 'le contexte et la justification', '[À rédiger : contexte, problème traité, justification]'),
    v('objectif_general', 'l’objectif général', '[À rédiger : objectif général]'),
    v('objectifs_specifiques', 'les objectifs spécifiques', '[À rédiger : objectifs spécifiques]'),
    v('resultats', 'les résultats attendus', '[À rédiger : résultats attendus]'),
    v('groupes_cibles', 'les groupes cibles', '[À rédiger : groupes cibles et bénéficiaires]'),
  ],
  conditions: [],
  collections: {},
};

const LINE_FIELDS = ['niveau', 'intitule', 'indicateur', 'reference', 'cible', 'source', 'frequence', 'hypotheses', 'verification', 'odd'] as const;
export type LogframeField = (typeof LINE_FIELDS)[number];

export const LOGFRAME_CATALOGUE: TemplateCatalogue = {
  title: 'Cadre logique',
  values: [...COMMON, v('periode', 'la période du projet')],
  conditions: [],
  collections: { ligne: LINE_FIELDS.map((f) => v(`ligne.${f}`, `la colonne « ${f} » de la ligne`, '')) },
};

export const RISKS_CATALOGUE: TemplateCatalogue = {
  title: 'Analyse des risques',
  values: [...COMMON],
  conditions: [],
  collections: { risque: ['libelle', 'probabilite', 'impact', 'mesure', 'responsable'].map((f) => v(`risque.${f}`, `la colonne « ${f} » du risque`, '')) },
};

export const CATALOGUES: Readonly<Record<KitDoc, TemplateCatalogue>> = { note: NOTE_CATALOGUE, cadre: LOGFRAME_CATALOGUE, risques: RISKS_CATALOGUE };

/** The logframe's columns every kit has (the first row of its table), then each base kit's extra ones. */
export const LOGFRAME_COLUMNS = ['Niveau', 'Intitulé', 'Indicateur', 'Valeur de référence', 'Cible', 'Source', 'Fréquence'] as const;
const LOGFRAME_EXTRA: Readonly<Record<BaseKit, readonly { header: string; field: LogframeField }[]>> = {
  institutionnel: [
    { header: 'Hypothèses', field: 'hypotheses' },
    { header: 'Sources de vérification', field: 'verification' },
  ],
  onu: [
    { header: 'Hypothèses', field: 'hypotheses' },
    { header: 'Cible ODD', field: 'odd' },
  ],
  fondation: [],
  rse: [],
};
export const logframeHeader = (base: BaseKit): string[] => [...LOGFRAME_COLUMNS, ...LOGFRAME_EXTRA[base].map((c) => c.header)];

const P = (text: string, opts: Omit<DefaultParagraph, 'kind' | 'text'> = {}): DefaultParagraph => ({ kind: 'paragraph', text, ...opts });
const H = (text: string): DefaultParagraph => P(text, { heading: 'HEADING2' });
const J = (text: string): DefaultParagraph => P(text, { align: 'JUSTIFY' });

const TITLE = (what: string): DefaultBlock[] => [
  P(what, { heading: 'TITLE', align: 'CENTER' }),
  P('**{{opportunite.titre}}**', { align: 'CENTER' }),
  P('Soumis à {{partenaire.nom}} par {{organisation.nom}} — {{date}}', { align: 'CENTER', italic: true }),
];

const AMOUNT: DefaultBlock[] = [
  P('**Montant demandé :** {{montant}}{{#si montant_fcfa}} (soit {{montant_fcfa}}){{/si}}'),
  P('**Durée :** {{duree}}, {{periode}}'),
];

function note(base: BaseKit): DefaultBlock[] {
  if (base === 'fondation')
    // Foundations ask for two pages: the essentials only.
    return [
      ...TITLE('Note conceptuelle'),
      H('1. Le projet en bref'),
      J('{{contexte}}'),
      H('2. Objectifs et résultats'),
      J('**Objectif :** {{objectif_general}}'),
      J('**Résultats attendus :** {{resultats}}'),
      J('**Bénéficiaires :** {{groupes_cibles}}'),
      H('3. Demande'),
      ...AMOUNT,
    ];
  const specific: DefaultBlock[] =
    base === 'onu'
      ? [
          H('Alignement sur les ODD et le Cadre de coopération'),
          J('[À rédiger : cibles ODD visées, alignement sur le Cadre de coopération des Nations unies et le plan national.]'),
        ]
      : base === 'rse'
        ? [H('Contreparties pour l’entreprise'), J('[À rédiger : visibilité, engagement des salariés, indicateurs RSE partagés avec l’entreprise.]')]
        : [
            H('Durabilité et stratégie de sortie'),
            J('[À rédiger : appropriation par les acteurs locaux, suite du projet après le financement.]'),
            H('Suivi-évaluation'),
            J('Le cadre logique joint fixe les indicateurs, leurs valeurs de référence et cibles, leurs sources et fréquences de collecte.'),
          ];
  return [
    ...TITLE('Note conceptuelle'),
    H('Contexte et justification'),
    J('{{contexte}}'),
    H('Objectifs'),
    J('**Objectif général :** {{objectif_general}}'),
    J('**Objectifs spécifiques :** {{objectifs_specifiques}}'),
    H('Résultats attendus'),
    J('{{resultats}}'),
    H('Groupes cibles'),
    J('{{groupes_cibles}}'),
    ...specific,
    H('Budget et durée'),
    ...AMOUNT,
    P('Date limite de dépôt : {{date_limite}}', { italic: true }),
  ];
}

function logframe(base: BaseKit): DefaultBlock[] {
  const fields: LogframeField[] = [
    'niveau',
    'intitule',
    'indicateur',
    'reference',
    'cible',
    'source',
    'frequence',
    ...LOGFRAME_EXTRA[base].map((c) => c.field),
  ];
  const row = fields.map((f, i) => `${i === 0 ? '{{#chaque ligne}}' : ''}{{ligne.${f}}}${i === fields.length - 1 ? '{{/chaque}}' : ''}`);
  return [
    ...TITLE('Cadre logique'),
    P('Période : {{periode}}. Chaque résultat a au moins un indicateur avec sa cible ; ajoutez des lignes au tableau au besoin.', { italic: true }),
    { kind: 'table', header: true, rows: [logframeHeader(base), row] },
  ];
}

const RISKS: DefaultBlock[] = [
  ...TITLE('Analyse des risques'),
  P('Probabilité et impact : Faible, Moyen ou Élevé.', { italic: true }),
  {
    kind: 'table',
    header: true,
    rows: [
      ['Risque', 'Probabilité', 'Impact', 'Mesure d’atténuation', 'Responsable'],
      ['{{#chaque risque}}{{risque.libelle}}', '{{risque.probabilite}}', '{{risque.impact}}', '{{risque.mesure}}', '{{risque.responsable}}{{/chaque}}'],
    ],
  },
];

/** What Docs' template creation needs (services/docs/template-doc.ts createTemplateDoc). */
export interface DossierTemplateDefinition {
  docName: string;
  header: string;
  blocks: DefaultBlock[];
}

export function dossierTemplate(kitName: string, base: BaseKit, doc: KitDoc): DossierTemplateDefinition {
  const blocks = doc === 'note' ? note(base) : doc === 'cadre' ? logframe(base) : RISKS;
  const what = doc === 'note' ? 'Note conceptuelle' : doc === 'cadre' ? 'Cadre logique' : 'Analyse des risques';
  return { docName: `Modèle — ${what} — ${kitName} (Pacte)`, header: '{{organisation.nom}} · {{opportunite.titre}}', blocks };
}
