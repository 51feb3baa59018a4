/**
 * The templates Pacte ships (French), created as Google Docs on first use in the Pacte Drive
 * folder; their IDs are kept in Paramètres › Modèles, and the organisation edits them freely.
 * Text between ** ** is bold. Placeholders: see conventions/placeholders.ts.
 */
import { conventionCatalogue, minutesCatalogue } from '../conventions/placeholders';
import { CLOSING_CATALOGUE } from '../evaluation/closing-report';
import { REPORT_BLOCKS, REPORT_CATALOGUE, REPORT_HEADER } from '../reports/template';
import { AGENDA_CATALOGUE } from '../events/agenda';
import { MEETING_REPORT_CATALOGUE } from '../representation/report';
import type { TemplateCatalogue } from './engine';
import type { Run } from './model';

export const TEMPLATE_SECTION = 'Modèles';

export type TemplateKey =
  'convention' | 'mou' | 'financement' | 'avenant' | 'pv' | 'note-synthese' | 'rapport-cloture' | 'rapport' | 'ordre-du-jour' | 'compte-rendu';
export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  'convention',
  'mou',
  'financement',
  'avenant',
  'pv',
  'note-synthese',
  'rapport-cloture',
  'rapport',
  'ordre-du-jour',
  'compte-rendu',
];

type DefaultHeading = 'TITLE' | 'SUBTITLE' | 'HEADING1' | 'HEADING2' | 'HEADING3' | 'NORMAL';

export interface DefaultParagraph {
  kind: 'paragraph';
  text: string;
  heading?: DefaultHeading;
  align?: 'CENTER' | 'RIGHT' | 'JUSTIFY';
  italic?: boolean;
  /** A page break ends the paragraph (a title page). */
  pageBreakAfter?: boolean;
}

interface DefaultTable {
  kind: 'table';
  rows: string[][];
  /** First row bold on a grey background. */
  header?: boolean;
  /** Signature blocks: no borders. */
  borderless?: boolean;
}

export type DefaultBlock = DefaultParagraph | DefaultTable;

export interface TemplateDefinition {
  key: TemplateKey;
  /** Clé in Paramètres › Modèles. */
  settingsKey: string;
  /** Name of the Google Doc created. */
  docName: string;
  catalogue: TemplateCatalogue;
  header: string;
  blocks: DefaultBlock[];
}

/** "Entre **{{partenaire.nom}}** et nous" → runs, bold between ** **. */
export function markupRuns(text: string): Run[] {
  return text
    .split('**')
    .map((t, i): Run => (i % 2 ? { text: t, bold: true } : { text: t }))
    .filter((r) => r.text !== '');
}

const P = (text: string, opts: Omit<DefaultParagraph, 'kind' | 'text'> = {}): DefaultParagraph => ({ kind: 'paragraph', text, ...opts });
const H = (text: string): DefaultParagraph => P(text, { heading: 'HEADING2' });
const J = (text: string): DefaultParagraph => P(text, { align: 'JUSTIFY' });

const COMMITMENTS_TABLE: DefaultTable = {
  kind: 'table',
  header: true,
  rows: [
    ['N°', 'Nature', 'Engagement', 'Partie', 'Échéance', 'Montant'],
    [
      '{{#chaque engagement}}{{engagement.numero}}',
      '{{engagement.nature}}',
      '**{{engagement.libelle}}**',
      '{{engagement.partie}}',
      '{{engagement.echeance}}',
      '{{engagement.montant}}{{/chaque}}',
    ],
  ],
};

const PARTIES: DefaultBlock[] = [
  H('Entre les soussignés'),
  J(
    '**{{organisation.nom}}**, ayant son siège à {{organisation.adresse}}, agissant par l’intermédiaire de {{organisation.representant}}, {{organisation.representant_fonction}}, dûment habilité(e) à cet effet, ci-après « l’Organisation »,',
  ),
  P('d’une part,', { align: 'RIGHT', italic: true }),
  P('et', { align: 'CENTER' }),
  J(
    '**{{partenaire.nom}}**{{#si partenaire.sigle}} ({{partenaire.sigle}}){{/si}}, {{partenaire.type}} ayant son siège à {{partenaire.localisation}}, agissant par l’intermédiaire de {{partenaire.representant}}, {{partenaire.representant_fonction}}, dûment habilité(e) à cet effet, ci-après « le Partenaire »,',
  ),
  P('d’autre part,', { align: 'RIGHT', italic: true }),
  P('ci-après dénommés ensemble « les Parties » et individuellement « la Partie ».'),
];

const COMMITMENTS_ARTICLE = (n: number, title: string, intro: string): DefaultBlock[] => [
  H(`Article ${n} — ${title}`),
  J(intro),
  P('{{#si engagements}}'),
  COMMITMENTS_TABLE,
  P('{{/si}}'),
  J('{{#si sans_engagement}}Les engagements détaillés des Parties feront l’objet d’un plan de travail annexé à la présente convention.{{/si}}'),
  J(
    'Chaque Partie désigne un point focal chargé du suivi de ces engagements et informe l’autre Partie, sans délai et par écrit, de toute difficulté susceptible d’en compromettre la réalisation.',
  ),
];

const CONTRIBUTIONS_ARTICLE = (n: number): DefaultBlock[] => [
  H(`Article ${n} — Contributions des Parties`),
  J(
    '{{#si contribution_financiere}}**Contribution financière.** Le Partenaire apporte une contribution financière d’un montant de **{{convention.montant}}** ({{convention.montant_lettres}}), versée selon l’échéancier des versements figurant à l’article 3. Les fonds sont affectés exclusivement aux activités prévues par la présente convention.{{/si}}',
  ),
  J(
    '{{#si contribution_nature}}**Contribution en nature.** Les Parties mettent à disposition {{convention.contribution_nature_description}}, contribution valorisée à **{{convention.contribution_nature}}** ({{convention.contribution_nature_lettres}}).{{/si}}',
  ),
  J(
    '{{#si sans_contribution}}La présente convention n’emporte aucun transfert financier entre les Parties : chacune supporte les frais liés à sa participation.{{/si}}',
  ),
];

const CLOSING_ARTICLES = (n: number): DefaultBlock[] => [
  H(`Article ${n} — Suivi et rapports`),
  J(
    'Les Parties se réunissent au moins une fois par semestre pour faire le point sur la mise en œuvre de la présente convention. Les rapports prévus à l’article 3 sont transmis aux échéances convenues ; chaque réunion de suivi donne lieu à un procès-verbal partagé entre les points focaux.',
  ),
  H(`Article ${n + 1} — Confidentialité`),
  J(
    'Chaque Partie s’engage à garder confidentielles les informations de toute nature communiquées par l’autre Partie pour l’exécution de la présente convention, pendant toute sa durée et deux (2) ans après son terme, sauf accord écrit de l’autre Partie ou obligation légale.',
  ),
  H(`Article ${n + 2} — Modification`),
  J('Toute modification de la présente convention fait l’objet d’un avenant écrit, signé par les représentants habilités des Parties.'),
  H(`Article ${n + 3} — Règlement des différends`),
  J(
    'Les Parties s’efforcent de régler à l’amiable tout différend né de l’interprétation ou de l’exécution de la présente convention. À défaut d’accord dans un délai de trente (30) jours à compter de sa notification écrite, le différend est porté devant les juridictions compétentes du lieu du siège de l’Organisation.',
  ),
  H(`Article ${n + 4} — Résiliation`),
  J(
    'Chacune des Parties peut résilier la présente convention en cas de manquement grave de l’autre Partie à ses obligations, non réparé dans un délai de trente (30) jours suivant une mise en demeure adressée par écrit. La résiliation ne remet pas en cause les engagements en cours d’exécution à la date de sa notification.',
  ),
  H(`Article ${n + 5} — Entrée en vigueur`),
  J('La présente convention entre en vigueur à la date de sa signature par les deux Parties.'),
];

const SIGNATURES: DefaultBlock[] = [
  P(''),
  P('Fait à {{organisation.ville}}, le ____________________, en deux (2) exemplaires originaux.'),
  {
    kind: 'table',
    borderless: true,
    rows: [
      ['**Pour {{organisation.nom}}**', '**Pour {{partenaire.nom}}**'],
      ['{{organisation.representant}}', '{{partenaire.representant}}'],
      ['{{organisation.representant_fonction}}', '{{partenaire.representant_fonction}}'],
      ['Signature et cachet :', 'Signature et cachet :'],
      ['', ''],
    ],
  },
];

const TITLE_BLOCK = (title: string): DefaultBlock[] => [
  P(title, { heading: 'TITLE', align: 'CENTER' }),
  P('entre {{organisation.nom}} et {{partenaire.nom}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  P('N° {{convention.id}} — version {{convention.version}} du {{date}}', { align: 'CENTER', italic: true }),
];

const HEADER = '{{organisation.nom}} · {{convention.type}} {{convention.id}} · version {{convention.version}}';

const CONVENTION: DefaultBlock[] = [
  ...TITLE_BLOCK('CONVENTION DE PARTENARIAT'),
  ...PARTIES,
  H('Préambule'),
  J('Considérant la mission de {{organisation.nom}} et les axes de son plan stratégique ;'),
  J('Considérant la volonté de {{partenaire.nom}} de contribuer à des actions conjointes au bénéfice des communautés ;'),
  J('{{#si opportunite}}Considérant les échanges menés entre les Parties dans le cadre de l’initiative « {{convention.opportunite}} » ;{{/si}}'),
  J('Il a été convenu et arrêté ce qui suit :'),
  H('Article 1 — Objet'),
  J('La présente convention a pour objet de définir le cadre et les modalités de la collaboration entre les Parties en vue de : {{convention.objet}}.'),
  H('Article 2 — Durée'),
  J(
    'La présente convention prend effet le **{{convention.date_debut}}** et prend fin le **{{convention.date_fin}}**, soit {{convention.duree}}. Elle peut être prorogée par avenant signé des deux Parties.',
  ),
  ...COMMITMENTS_ARTICLE(
    3,
    'Engagements des Parties',
    'Les Parties s’engagent à réaliser les livrables, rapports, activités et versements suivants, aux échéances indiquées :',
  ),
  ...CONTRIBUTIONS_ARTICLE(4),
  ...CLOSING_ARTICLES(5),
  ...SIGNATURES,
];

const MOU: DefaultBlock[] = [
  ...TITLE_BLOCK('PROTOCOLE D’ACCORD (MEMORANDUM OF UNDERSTANDING)'),
  ...PARTIES,
  H('Préambule'),
  J('Les Parties, partageant des objectifs communs, souhaitent formaliser leur intention de coopérer et les domaines de cette coopération.'),
  J('{{#si opportunite}}Le présent protocole fait suite aux échanges menés dans le cadre de l’initiative « {{convention.opportunite}} ».{{/si}}'),
  J('Il a été convenu ce qui suit :'),
  H('Article 1 — Objet'),
  J('Le présent protocole d’accord définit le cadre général de la coopération entre les Parties en vue de : {{convention.objet}}.'),
  H('Article 2 — Durée'),
  J(
    'Le présent protocole est conclu pour la période du **{{convention.date_debut}}** au **{{convention.date_fin}}** ({{convention.duree}}). Il peut être renouvelé par accord écrit des Parties.',
  ),
  ...COMMITMENTS_ARTICLE(3, 'Actions envisagées', 'Les Parties envisagent de conduire ensemble les actions suivantes :'),
  ...CONTRIBUTIONS_ARTICLE(4),
  H('Nature du protocole'),
  J(
    'Le présent protocole exprime l’intention commune des Parties. Il ne crée pas, par lui-même, d’obligation financière : les actions qui l’exigent font l’objet de conventions spécifiques précisant les engagements de chacune.',
  ),
  ...CLOSING_ARTICLES(5),
  ...SIGNATURES,
];

const FINANCING: DefaultBlock[] = [
  ...TITLE_BLOCK('ACCORD DE FINANCEMENT'),
  ...PARTIES,
  H('Préambule'),
  J('Considérant l’intérêt du Partenaire pour les actions de {{organisation.nom}} ;'),
  J('{{#si opportunite}}Considérant la proposition « {{convention.opportunite}} » présentée par l’Organisation ;{{/si}}'),
  J('Il a été convenu et arrêté ce qui suit :'),
  H('Article 1 — Objet'),
  J('Le présent accord a pour objet de définir les conditions dans lesquelles le Partenaire finance l’action suivante : {{convention.objet}}.'),
  H('Article 2 — Durée'),
  J('L’action est mise en œuvre du **{{convention.date_debut}}** au **{{convention.date_fin}}**, soit {{convention.duree}}.'),
  ...COMMITMENTS_ARTICLE(3, 'Échéancier des versements et des rapports', 'Les versements et les rapports sont effectués selon l’échéancier suivant :'),
  H('Article 4 — Montant du financement'),
  J('Le Partenaire accorde à l’Organisation un financement d’un montant total de **{{convention.montant}}** (**{{convention.montant_lettres}}**).'),
  J(
    '{{#si contribution_nature}}L’Organisation apporte en outre une contribution en nature ({{convention.contribution_nature_description}}) valorisée à {{convention.contribution_nature}} ({{convention.contribution_nature_lettres}}).{{/si}}',
  ),
  J(
    'Les fonds sont versés sur le compte bancaire de l’Organisation et affectés exclusivement à l’action décrite à l’article 1. Toute réaffectation entre lignes budgétaires supérieure à 15 % requiert l’accord écrit préalable du Partenaire. Les fonds non utilisés au terme de l’accord sont restitués au Partenaire, sauf accord contraire.',
  ),
  ...CLOSING_ARTICLES(5).map((b) =>
    b.kind === 'paragraph' && b.text.startsWith('Les Parties se réunissent')
      ? J(
          'L’Organisation remet au Partenaire les rapports narratifs et financiers prévus à l’article 3. Elle tient une comptabilité séparée de l’action et conserve les pièces justificatives pendant cinq (5) ans ; le Partenaire peut faire procéder à tout audit ou contrôle sur pièces et sur place.',
        )
      : b,
  ),
  ...SIGNATURES,
];

const AMENDMENT: DefaultBlock[] = [
  P('AVENANT', { heading: 'TITLE', align: 'CENTER' }),
  P('à {{convention.initiale}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  P('N° {{convention.id}} — version {{convention.version}} du {{date}}', { align: 'CENTER', italic: true }),
  ...PARTIES,
  H('Préambule'),
  J('Les Parties ont conclu {{convention.initiale}}. Elles conviennent d’en modifier certaines dispositions par le présent avenant.'),
  H('Article 1 — Objet de l’avenant'),
  J('Le présent avenant a pour objet : {{convention.objet}}.'),
  H('Article 2 — Durée'),
  J('Les dispositions du présent avenant s’appliquent du **{{convention.date_debut}}** au **{{convention.date_fin}}**.'),
  ...COMMITMENTS_ARTICLE(3, 'Engagements modifiés ou ajoutés', 'Les engagements des Parties sont complétés ou modifiés comme suit :'),
  ...CONTRIBUTIONS_ARTICLE(4),
  H('Article 5 — Autres dispositions'),
  J('Toutes les autres dispositions de la convention initiale non modifiées par le présent avenant demeurent inchangées et applicables.'),
  H('Article 6 — Entrée en vigueur'),
  J('Le présent avenant entre en vigueur à la date de sa signature par les deux Parties.'),
  ...SIGNATURES,
];

const MINUTES_HEADER = '{{organisation.nom}} · {{document.type}} · convention {{convention.id}}';

const MINUTES_BODY = (title: string): DefaultBlock[] => [
  P(title, { heading: 'TITLE', align: 'CENTER' }),
  P('{{document.titre}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  {
    kind: 'table',
    rows: [
      ['**Date**', '{{document.date}}'],
      ['**Convention**', '{{convention.id}} — {{convention.type}} (version {{convention.version}}, statut : {{convention.statut}})'],
      ['**Partenaire**', '{{partenaire.nom}}'],
      ['**Rédigé par**', '{{redige_par}}, le {{date}}'],
    ],
  },
  H('Contenu'),
  J('{{document.contenu}}'),
  H('Décisions et suites à donner'),
  J('À compléter : décisions prises, responsables et échéances.'),
  P(''),
  {
    kind: 'table',
    borderless: true,
    rows: [
      ['**Pour {{organisation.nom}}**', '**Pour {{partenaire.nom}}**'],
      ['Nom et signature :', 'Nom et signature :'],
      ['', ''],
    ],
  },
];

/** The report a « Clore » decision writes (fields: domain/evaluation/closing-report.ts). */
const CLOSING_REPORT: DefaultBlock[] = [
  P('RAPPORT DE CLÔTURE DU PARTENARIAT', { heading: 'TITLE', align: 'CENTER' }),
  P('{{partenaire.nom}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  {
    kind: 'table',
    rows: [
      ['**Partenaire**', '{{partenaire.nom}} ({{partenaire.id}})'],
      ['**Période du partenariat**', '{{periode}}'],
      ['**Évaluation**', '{{evaluation.id}} — décision : {{evaluation.decision}}'],
      ['**Rédigé par**', '{{redige_par}}, le {{date}}'],
    ],
  },
  H('1. Conventions'),
  P('{{#si conventions}}'),
  {
    kind: 'table',
    header: true,
    rows: [
      ['Convention', 'Type', 'Période', 'Statut', 'Montant'],
      [
        '{{#chaque convention}}{{convention.id}}',
        '{{convention.type}}',
        '{{convention.periode}}',
        '{{convention.statut}}',
        '{{convention.montant}}{{/chaque}}',
      ],
    ],
  },
  P('{{/si}}'),
  J('{{#si sans_convention}}Aucune convention n’a été conclue avec ce partenaire.{{/si}}'),
  H('2. Engagements et respect des échéances'),
  J('**{{organisation.nom}}** : {{engagements.nous}}. Taux de respect des échéances : {{respect.nous}}.'),
  J('**{{partenaire.nom}}** : {{engagements.partenaire}}. Taux de respect des échéances : {{respect.partenaire}}.'),
  H('3. Évaluation conjointe'),
  J('Appréciation d’ensemble : {{evaluation.note_nous}} pour {{organisation.nom}}, {{evaluation.note_partenaire}} pour {{partenaire.nom}}.'),
  {
    kind: 'table',
    header: true,
    rows: [
      ['Dimension', 'Notre appréciation', 'Celle du partenaire'],
      ['{{#chaque dimension}}{{dimension.nom}}', '{{dimension.nous}}', '{{dimension.partenaire}}{{/chaque}}'],
    ],
  },
  H('4. Décision et justification'),
  J('Décision : **{{evaluation.decision}}**. {{evaluation.justification}}'),
  H('5. Leçons apprises'),
  J('{{evaluation.lecons}}'),
  H('6. Archives'),
  J('Les conventions, leurs versions et leurs PDF sont classés dans le dossier « Archives » du partenaire.'),
];

/** The compte rendu of a meeting, workshop or mission (fields: domain/representation/report.ts). */
const MEETING_REPORT: DefaultBlock[] = [
  P('COMPTE RENDU', { heading: 'TITLE', align: 'CENTER' }),
  P('{{nature}} — {{lieu}}, le {{date}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  {
    kind: 'table',
    rows: [
      ['**Nature**', '{{nature}}'],
      ['**Date et lieu**', '{{date}}, {{lieu}}'],
      ['**Partenaires rencontrés**', '{{partenaires}}'],
      ['**Participants**', '{{participants}}'],
      ['**Rédigé par**', '{{redige_par}}'],
    ],
  },
  H('1. Objectifs'),
  J('{{objectifs}}'),
  H('2. Points discutés'),
  J('{{points}}'),
  H('3. Décisions'),
  J('{{decisions}}'),
  H('4. Suites à donner'),
  P('{{#si suites}}'),
  {
    kind: 'table',
    header: true,
    rows: [
      ['Action', 'Responsable', 'Échéance', 'Partenaire'],
      ['{{#chaque suite}}{{suite.action}}', '{{suite.responsable}}', '{{suite.echeance}}', '{{suite.partenaire}}{{/chaque}}'],
    ],
  },
  P('{{/si}}'),
  J('{{#si sans_suite}}Aucune suite n’a été convenue.{{/si}}'),
];

const AGENDA: DefaultBlock[] = [
  P('ORDRE DU JOUR', { heading: 'TITLE', align: 'CENTER' }),
  P('{{evenement.titre}}', { heading: 'SUBTITLE', align: 'CENTER' }),
  {
    kind: 'table',
    rows: [
      ['Type', '{{evenement.type}}'],
      ['Date', '{{evenement.date}} à {{evenement.heure}}'],
      ['Lieu', '{{evenement.lieu}}'],
      ['Responsable', '{{evenement.responsable}}'],
      ['Partenaires invités', '{{partenaires}}'],
    ],
  },
  H('Points à l’ordre du jour'),
  P('{{#si points}}'),
  {
    kind: 'table',
    header: true,
    rows: [
      ['N°', 'Point'],
      ['{{#chaque point}}{{point.numero}}', '{{point.texte}}{{/chaque}}'],
    ],
  },
  P('{{/si}}'),
  J('{{#si sans_points}}L’ordre du jour sera complété avant la rencontre.{{/si}}'),
];

export const TEMPLATES: Readonly<Record<TemplateKey, TemplateDefinition>> = {
  convention: {
    key: 'convention',
    settingsKey: 'Convention de partenariat',
    docName: 'Modèle — Convention de partenariat (Pacte)',
    catalogue: conventionCatalogue('Convention de partenariat'),
    header: HEADER,
    blocks: CONVENTION,
  },
  mou: {
    key: 'mou',
    settingsKey: 'Protocole d’accord (MoU)',
    docName: 'Modèle — Protocole d’accord (MoU) (Pacte)',
    catalogue: conventionCatalogue('Protocole d’accord (MoU)'),
    header: HEADER,
    blocks: MOU,
  },
  financement: {
    key: 'financement',
    settingsKey: 'Accord de financement',
    docName: 'Modèle — Accord de financement (Pacte)',
    catalogue: conventionCatalogue('Accord de financement'),
    header: HEADER,
    blocks: FINANCING,
  },
  avenant: {
    key: 'avenant',
    settingsKey: 'Avenant',
    docName: 'Modèle — Avenant (Pacte)',
    catalogue: conventionCatalogue('Avenant'),
    header: HEADER,
    blocks: AMENDMENT,
  },
  pv: {
    key: 'pv',
    settingsKey: 'Procès-verbal',
    docName: 'Modèle — Procès-verbal (Pacte)',
    catalogue: minutesCatalogue('Procès-verbal'),
    header: MINUTES_HEADER,
    blocks: MINUTES_BODY('PROCÈS-VERBAL'),
  },
  'note-synthese': {
    key: 'note-synthese',
    settingsKey: 'Note de synthèse',
    docName: 'Modèle — Note de synthèse (Pacte)',
    catalogue: minutesCatalogue('Note de synthèse'),
    header: MINUTES_HEADER,
    blocks: MINUTES_BODY('{{document.type}}'),
  },
  'rapport-cloture': {
    key: 'rapport-cloture',
    settingsKey: 'Rapport de clôture',
    docName: 'Modèle — Rapport de clôture (Pacte)',
    catalogue: CLOSING_CATALOGUE,
    header: '{{organisation.nom}} · Rapport de clôture · {{partenaire.nom}}',
    blocks: CLOSING_REPORT,
  },
  rapport: {
    key: 'rapport',
    settingsKey: 'Rapport',
    docName: 'Modèle — Rapport (Pacte)',
    catalogue: REPORT_CATALOGUE,
    header: REPORT_HEADER,
    blocks: REPORT_BLOCKS,
  },
  'ordre-du-jour': {
    key: 'ordre-du-jour',
    settingsKey: 'Ordre du jour',
    docName: 'Modèle — Ordre du jour (Pacte)',
    catalogue: AGENDA_CATALOGUE,
    header: '{{organisation.nom}} · Ordre du jour',
    blocks: AGENDA,
  },
  'compte-rendu': {
    key: 'compte-rendu',
    settingsKey: 'Compte rendu',
    docName: 'Modèle — Compte rendu (Pacte)',
    catalogue: MEETING_REPORT_CATALOGUE,
    header: '{{organisation.nom}} · Compte rendu · {{date}}',
    blocks: MEETING_REPORT,
  },
};

/** Template of a convention type (Accord de subvention uses the financing agreement). */
export function templateForType(type: string): TemplateKey {
  switch (type) {
    case 'Protocole d’accord (MoU)':
      return 'mou';
    case 'Accord de financement':
    case 'Accord de subvention':
      return 'financement';
    case 'Avenant':
      return 'avenant';
    default:
      return 'convention';
  }
}

export function isTemplateKey(v: unknown): v is TemplateKey {
  return typeof v === 'string' && (TEMPLATE_KEYS as readonly string[]).includes(v);
}

/** Template Doc IDs from Paramètres › Modèles (a pasted Doc URL is accepted); the last non-empty row of a key wins. */
export function templateIdsFromSettings(rows: readonly { section?: unknown; key?: unknown; value?: unknown }[]): Partial<Record<TemplateKey, string>> {
  const fold = (v: unknown) =>
    String(v ?? '')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[’']/g, "'")
      .trim()
      .toLowerCase();
  const byKey = new Map(TEMPLATE_KEYS.map((k) => [fold(TEMPLATES[k].settingsKey), k]));
  const out: Partial<Record<TemplateKey, string>> = {};
  for (const r of rows) {
    if (fold(r.section) !== fold(TEMPLATE_SECTION)) continue;
    const key = byKey.get(fold(r.key));
    const value = String(r.value ?? '').trim();
    if (!key || !value) continue;
    const m = /\/d\/([A-Za-z0-9_-]+)/.exec(value);
    out[key] = m ? m[1] : value;
  }
  return out;
}

export const docUrlOf = (id: string): string => (id ? `https://docs.google.com/document/d/${id}/edit` : '');
