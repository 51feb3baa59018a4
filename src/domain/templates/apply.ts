/**
 * Applies a fill plan to the document model itself, with the semantics of Google Docs'
 * operations (replaceText matches inside one Text element and the replacement keeps the
 * formatting of the first replaced character; a copied row keeps its formatting). Pure: used by
 * the domain tests and for previews; the Docs adapter applies the same plan to a real Doc.
 */
import type { FillPlan } from './engine';
import {
  type ParagraphRef,
  type Run,
  type SectionName,
  type TemplateBlock,
  type TemplateDocument,
  type TemplateParagraph,
  type TemplateRow,
  SECTIONS,
} from './model';

type Attrs = Omit<Run, 'text'>;

interface CharParagraph {
  chars: string[];
  attrs: Attrs[];
}

function explode(p: TemplateParagraph): CharParagraph {
  const chars: string[] = [];
  const attrs: Attrs[] = [];
  for (const { text, ...a } of p.runs) {
    for (const ch of text) {
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
  const chars = [...text];
  c.chars.splice(start, end - start, ...chars);
  c.attrs.splice(start, end - start, ...chars.map(() => a));
}

/** Every occurrence of `find` that lies inside one Text element. */
function replaceInParagraph(p: TemplateParagraph, find: string, text: string): TemplateParagraph {
  const c = explode(p);
  const findChars = [...find];
  const hits: number[] = [];
  for (let i = 0; i + findChars.length <= c.chars.length; i++) {
    let ok = true;
    for (let k = 0; k < findChars.length && ok; k++) ok = c.chars[i + k] === findChars[k] && (c.attrs[i + k].element ?? 0) === (c.attrs[i].element ?? 0);
    if (ok) {
      hits.push(i);
      i += findChars.length - 1;
    }
  }
  for (const i of hits.reverse()) splice(c, i, i + findChars.length, text);
  return hits.length ? implode(p, c) : p;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function mapParagraphs(blocks: TemplateBlock[], fn: (p: TemplateParagraph) => TemplateParagraph): TemplateBlock[] {
  return blocks.map((b) => (b.kind === 'paragraph' ? fn(b) : { ...b, rows: b.rows.map((r) => mapRow(r, fn)) }));
}

function mapRow(r: TemplateRow, fn: (p: TemplateParagraph) => TemplateParagraph): TemplateRow {
  return { cells: r.cells.map((c) => ({ paragraphs: c.paragraphs.map(fn) })) };
}

function getSection(doc: TemplateDocument, s: SectionName): TemplateBlock[] | undefined {
  return s === 'body' ? doc.body : s === 'header' ? doc.header : doc.footer;
}

function setSection(doc: TemplateDocument, s: SectionName, blocks: TemplateBlock[]): void {
  if (s === 'body') doc.body = blocks;
  else if (s === 'header') doc.header = blocks;
  else doc.footer = blocks;
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

export function applyPlan(template: TemplateDocument, plan: FillPlan): TemplateDocument {
  const doc = clone(template);
  for (const { ref, edits } of plan.edits) {
    const p = getParagraph(doc, ref);
    const c = explode(p);
    for (const e of edits) splice(c, e.start, e.end, e.text);
    setParagraph(doc, ref, implode(p, c));
  }
  for (const r of plan.replaceAll) {
    const blocks = getSection(doc, r.section);
    if (blocks)
      setSection(
        doc,
        r.section,
        mapParagraphs(blocks, (p) => replaceInParagraph(p, r.find, r.text)),
      );
  }
  for (const rep of [...plan.repeats].sort((a, b) => b.firstRow - a.firstRow)) {
    const table = getSection(doc, rep.section)![rep.table];
    if (table.kind !== 'table') continue;
    const templateRows = table.rows.slice(rep.firstRow, rep.lastRow + 1);
    const copies = rep.items.flatMap((rows) =>
      templateRows.map((row, k) => rows[k].reduce((acc, x) => mapRow(acc, (p) => replaceInParagraph(p, x.find, x.text)), clone(row))),
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
