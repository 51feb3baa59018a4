/** A default template as the Docs adapter would read it once created (paragraphs and table cells of runs). */
import { markupRuns, TEMPLATES, type DefaultBlock, type TemplateKey } from '../../src/domain/templates/defaults';
import type { TemplateBlock, TemplateDocument } from '../../src/domain/templates/model';

const paragraph = (text: string) => ({ kind: 'paragraph' as const, runs: markupRuns(text) });
const block = (b: DefaultBlock): TemplateBlock =>
  b.kind === 'paragraph' ? paragraph(b.text) : { kind: 'table', rows: b.rows.map((cells) => ({ cells: cells.map((c) => ({ paragraphs: [paragraph(c)] })) })) };

export const defaultTemplate = (key: TemplateKey): TemplateDocument => ({ body: TEMPLATES[key].blocks.map(block) });
