/**
 * The document model the template engine works on: what the Docs adapter extracts from a Google
 * Doc (services/docs/template-doc.ts), and what domain tests build by hand. Paragraphs hold runs
 * of text; tables hold rows of cells of paragraphs. Only what the engine needs is modelled:
 * a run is a piece of text with its formatting and the Docs Text element it belongs to.
 */
export type SectionName = 'body' | 'header' | 'footer';

export interface Run {
  text: string;
  bold?: boolean | null;
  italic?: boolean | null;
  underline?: boolean | null;
  /**
   * Index of the Docs Text element holding the run (0 when omitted). Runs of one element differ
   * only by formatting. Offsets count across elements, as a paragraph's editAsText() does.
   */
  element?: number;
}

export interface TemplateParagraph {
  kind: 'paragraph';
  runs: Run[];
  heading?: string;
  alignment?: string;
  /** A list item (Docs' ListItem rather than Paragraph). */
  list?: boolean;
}

interface TemplateCell {
  paragraphs: TemplateParagraph[];
}

export interface TemplateRow {
  /** Empty when the adapter did not read the row (no « {{ » in it): kept as it is. */
  cells: TemplateCell[];
}

export interface TemplateTable {
  kind: 'table';
  rows: TemplateRow[];
}

export type TemplateBlock = TemplateParagraph | TemplateTable;

export interface TemplateDocument {
  body: TemplateBlock[];
  header?: TemplateBlock[];
  footer?: TemplateBlock[];
}

/** Where a paragraph is: a block of a section, or a paragraph of a cell of a table block. */
export interface ParagraphRef {
  section: SectionName;
  block: number;
  row?: number;
  cell?: number;
  paragraph?: number;
}

export const SECTIONS: readonly SectionName[] = ['body', 'header', 'footer'];

export function sectionBlocks(doc: TemplateDocument, section: SectionName): TemplateBlock[] {
  return (section === 'body' ? doc.body : section === 'header' ? doc.header : doc.footer) ?? [];
}

export const paragraphText = (p: TemplateParagraph): string => p.runs.map((r) => r.text).join('');

export function paragraphAt(doc: TemplateDocument, ref: ParagraphRef): TemplateParagraph {
  const block = sectionBlocks(doc, ref.section)[ref.block];
  if (block.kind === 'paragraph') return block;
  return block.rows[ref.row ?? 0].cells[ref.cell ?? 0].paragraphs[ref.paragraph ?? 0];
}

export const inTable = (ref: ParagraphRef): boolean => ref.row !== undefined;

export const sameParagraph = (a: ParagraphRef, b: ParagraphRef): boolean =>
  a.section === b.section && a.block === b.block && a.row === b.row && a.cell === b.cell && a.paragraph === b.paragraph;

/**
 * Where a paragraph is, in French, as a user finds it in the Doc: « paragraphe 12 » (12th
 * paragraph of the body, tables not counted), « tableau 2, ligne 3 », « en-tête, paragraphe 1 ».
 */
export function locationOf(doc: TemplateDocument, ref: ParagraphRef): string {
  const blocks = sectionBlocks(doc, ref.section);
  const prefix = ref.section === 'header' ? 'en-tête, ' : ref.section === 'footer' ? 'pied de page, ' : '';
  const kind = blocks[ref.block]?.kind ?? 'paragraph';
  const ordinal = blocks.slice(0, ref.block + 1).filter((b) => b.kind === kind).length;
  return kind === 'table' ? `${prefix}tableau ${ordinal}, ligne ${(ref.row ?? 0) + 1}` : `${prefix}paragraphe ${ordinal}`;
}
