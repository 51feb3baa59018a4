/** Reading a ReportDocument in tests: all its words, its tables by caption, its section bodies. */
import { boldRuns, type ReportBlock, type ReportDocument, type ReportTable } from '../../src/domain/reports/document';

const words = (b: ReportBlock): string[] => {
  switch (b.kind) {
    case 'heading':
    case 'paragraph':
    case 'note':
      return [boldRuns(b.text).text];
    case 'bullets':
      return b.items.map((i) => boldRuns(i).text);
    case 'table':
      return [b.caption, ...b.header, ...b.rows.flat()];
    case 'chart':
      return [b.caption, ...b.categories, ...b.series.map((s) => s.name)];
    default:
      return [];
  }
};

/** Every word of the document, title page included, one block a line. */
export const docText = (doc: ReportDocument): string => [...Object.values(doc.title), ...doc.blocks.flatMap(words)].join('\n');

export function tableOf(doc: ReportDocument, caption: string): ReportTable {
  const t = doc.blocks.find((b): b is ReportTable => b.kind === 'table' && b.caption === caption);
  if (!t)
    throw new Error(
      `no table « ${caption} » in ${doc.blocks
        .filter((b) => b.kind === 'table')
        .map((b) => (b as ReportTable).caption)
        .join(', ')}`,
    );
  return t;
}

/** The text of the blocks between the heading starting with `title` and the next level-1 heading. */
export function sectionText(doc: ReportDocument, title: string): string {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.text.startsWith(title));
  if (start < 0) throw new Error(`no section « ${title} »`);
  const rest = doc.blocks.slice(start + 1);
  const end = rest.findIndex((b) => b.kind === 'heading' && b.level === 1);
  return (end < 0 ? rest : rest.slice(0, end)).flatMap(words).join('\n');
}
