/**
 * The default « Rapport » template (Paramètres › Modèles): a title page of placeholders, then
 * the paragraph {{contenu}} that the report's blocks replace. API: `REPORT_CATALOGUE`,
 * `REPORT_BLOCKS`, `REPORT_HEADER`, `CONTENT_PLACEHOLDER`, `reportTemplateData(title)`,
 * `contentParagraphPresent(template)`.
 */
import type { DefaultBlock } from '../templates/defaults';
import type { PlaceholderSpec, TemplateCatalogue, TemplateData } from '../templates/engine';
import { type TemplateDocument, paragraphText } from '../templates/model';
import type { ReportTitlePage } from './document';

export const CONTENT_PLACEHOLDER = '{{contenu}}';

const v = (name: string, label: string, whenEmpty?: string): PlaceholderSpec => (whenEmpty === undefined ? { name, label } : { name, label, whenEmpty });

export const REPORT_CATALOGUE: TemplateCatalogue = {
  title: 'Rapport',
  values: [
    v('titre', 'le titre du rapport'),
    v('sous_titre', 'le sous-titre du rapport', ''),
    v('organisation', 'le nom de l’organisation'),
    v('periode', 'la période couverte'),
    v('date', 'la date du rapport'),
    v('auteur', 'l’auteur du rapport'),
    // Kept as is by the fill: the report's body is written in its place afterwards.
    v('contenu', 'le corps du rapport (titres, tableaux, graphiques), écrit par Pacte'),
  ],
  conditions: [],
  collections: {},
};

export const REPORT_HEADER = '{{organisation}} · {{titre}} · {{periode}}';

/** Empty paragraphs lower the title on its page. */
const SPACE: DefaultBlock = { kind: 'paragraph', text: '' };

export const REPORT_BLOCKS: DefaultBlock[] = [
  SPACE,
  SPACE,
  SPACE,
  { kind: 'paragraph', text: '{{organisation}}', align: 'CENTER' },
  { kind: 'paragraph', text: '{{titre}}', heading: 'TITLE', align: 'CENTER' },
  { kind: 'paragraph', text: '{{sous_titre}}', heading: 'SUBTITLE', align: 'CENTER' },
  { kind: 'paragraph', text: 'Période : **{{periode}}**', align: 'CENTER' },
  { kind: 'paragraph', text: 'Rédigé par {{auteur}}, le {{date}}', align: 'CENTER', italic: true, pageBreakAfter: true },
  { kind: 'paragraph', text: CONTENT_PLACEHOLDER },
];

/** The title page's values; {{contenu}} filled with itself so the adapter finds where the body goes. */
export function reportTemplateData(t: ReportTitlePage): TemplateData {
  return {
    values: {
      titre: t.title,
      sous_titre: t.subtitle,
      organisation: t.organisation,
      periode: t.period,
      date: t.date,
      auteur: t.author,
      contenu: CONTENT_PLACEHOLDER,
    },
    flags: {},
    collections: {},
  };
}

/** True when a body paragraph of the template still holds {{contenu}}. */
export function contentParagraphPresent(template: TemplateDocument): boolean {
  return template.body.some((b) => b.kind === 'paragraph' && paragraphText(b).includes(CONTENT_PLACEHOLDER));
}
