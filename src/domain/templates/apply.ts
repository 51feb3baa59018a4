/**
 * Applies a fill plan to the document model itself, with the semantics of the Docs adapter's
 * operations (a value written over a placeholder keeps the formatting of its first character;
 * a copied row keeps its formatting). Pure: used by
 * the domain tests and for previews; the Docs adapter applies the same plan to a real Doc.
 */
import type { FillPlan } from './engine';
import { type ParagraphRef, type Run, type SectionName, type TemplateBlock, type TemplateDocument, type TemplateParagraph, SECTIONS } from './model';

type Attrs = Omit<Run, 'text'>;

interface CharParagraph {
  chars: string[];
  attrs: Attrs[];
}

function explode(p: TemplateParagraph): CharParagraph {
  const chars: string[] = [];
  const attrs: Attrs[] = [];
  for (const { text, ...a } of p.runs) {
    // UTF-16 units, as the engine's offsets and Docs' are.
    for (const ch of text.split('')) {
      chars.push(ch);
      attrs.push(a);
    }
  }
  return { chars, attrs };
}

const sameAttrs = (a: Attrs, b: Attrs): boolean =>
  (a.bold ?? null) === (b.bold ?? null) &&
  (a.italic ?? null) === (b.italic ?? null) &&
  (a.underline ?? null) === (b.underline ?? null) &&
  (a.element ?? 0) === (b.element ?? 0);

function implode(p: TemplateParagraph, c: CharParagraph): TemplateParagraph {
  const runs: Run[] = [];
  c.chars.forEach((ch, i) => {
    const last = runs[runs.length - 1];
    if (last && sameAttrs(last, c.attrs[i])) last.text += ch;
    else runs.push({ ...c.attrs[i], text: ch });
  });
  return { ...p, runs };
}

/** Replaces [start, end) by text, which takes the attributes of the first replaced character. */
function splice(c: CharParagraph, start: number, end: number, text: string): void {
  const a = c.attrs[start] ?? c.attrs[start - 1] ?? {};
  const chars = text.split('');
  c.chars.splice(start, end - start, ...chars);
  c.attrs.splice(start, end - start, ...chars.map(() => a));
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function getSection(doc: TemplateDocument, s: SectionName): TemplateBlock[] | undefined {
  return s === 'body' ? doc.body : s === 'header' ? doc.header : doc.footer;
}

function setParagraph(doc: TemplateDocument, ref: ParagraphRef, p: TemplateParagraph): void {
  const blocks = getSection(doc, ref.section)!;
  const block = blocks[ref.block];
  if (block.kind === 'paragraph') blocks[ref.block] = p;
  else block.rows[ref.row!].cells[ref.cell!].paragraphs[ref.paragraph!] = p;
}

function getParagraph(doc: TemplateDocument, ref: ParagraphRef): TemplateParagraph {
  const block = getSection(doc, ref.section)![ref.block];
  return block.kind === 'paragraph' ? block : block.rows[ref.row!].cells[ref.cell!].paragraphs[ref.paragraph!];
}

function editParagraph(p: TemplateParagraph, edits: readonly { start: number; end: number; text: string }[]): TemplateParagraph {
  const c = explode(p);
  for (const e of edits) splice(c, e.start, e.end, e.text);
  return implode(p, c);
}

export function applyPlan(template: TemplateDocument, plan: FillPlan): TemplateDocument {
  const doc = clone(template);
  for (const { ref, edits } of plan.edits) setParagraph(doc, ref, editParagraph(getParagraph(doc, ref), edits));
  for (const rep of [...plan.repeats].sort((a, b) => b.firstRow - a.firstRow)) {
    const table = getSection(doc, rep.section)![rep.table];
    if (table.kind !== 'table') continue;
    const templateRows = table.rows.slice(rep.firstRow, rep.lastRow + 1);
    const copies = rep.items.flatMap((cells) =>
      templateRows.map((row, k) => {
        const copy = clone(row);
        for (const c of cells.filter((x) => x.row === rep.firstRow + k)) {
          const paragraphs = copy.cells[c.cell].paragraphs;
          paragraphs[c.paragraph] = editParagraph(paragraphs[c.paragraph], c.edits);
        }
        return copy;
      }),
    );
    table.rows.splice(rep.firstRow, templateRows.length, ...copies);
  }
  for (const section of SECTIONS) {
    const blocks = getSection(doc, section);
    if (!blocks) continue;
    for (const rm of plan.removals.filter((x) => x.section === section)) {
      if (rm.clear) blocks[rm.block] = { ...(blocks[rm.block] as TemplateParagraph), runs: [] };
      else blocks.splice(rm.block, 1);
    }
  }
  return doc;
}

/** The document's text as Docs' getText() gives it: paragraphs and table cells on their own lines. */
export function documentText(blocks: readonly TemplateBlock[]): string {
  return blocks
    .map((b) =>
      b.kind === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.runs.map((x) => x.text).join('')).join('\n')).join('\n')).join('\n'),
    )
    .join('\n');
}
