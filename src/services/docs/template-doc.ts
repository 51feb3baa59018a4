/**
 * Google Docs side of the template engine (domain/templates): creating the default templates,
 * reading a template into the engine's document model, and applying a fill plan to a copy:
 * each placeholder written over by offsets (text-edits.ts: values never go through replaceText),
 * TableRow.copy() per repeated row; never an edit per character. Then the PDF export saved next
 * to the Doc. Docs are created and copied with Drive v3 (drive-files.ts) so that the drive.file
 * scope suffices.
 */
import type { DefaultBlock, DefaultParagraph, TemplateDefinition } from '../../domain/templates/defaults';
import { markupRuns } from '../../domain/templates/defaults';
import type { FillPlan } from '../../domain/templates/engine';
import type { ParagraphRef, SectionName, TemplateBlock, TemplateDocument, TemplateParagraph, TemplateTable } from '../../domain/templates/model';
import { applyEdits } from './text-edits';
import { copyInto, createDocIn, saveBlobIn } from '../drive-files';
import { copyDocContent } from './doc-copy';

type Doc = GoogleAppsScript.Document.Document;
type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;
type Para = GoogleAppsScript.Document.Paragraph | GoogleAppsScript.Document.ListItem;
type Container = Section | GoogleAppsScript.Document.TableCell;

class TemplateAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateAccessError';
  }
}

// ---- default templates -------------------------------------------------------------------------

const HEADER_BACKGROUND = '#e8eef7';

/** Writes the text with its ** ** bold parts into a paragraph (one setText, one setBold per bold part). */
function writeMarkup(p: Para, markup: string): void {
  const runs = markupRuns(markup);
  p.setText(runs.map((r) => r.text).join(''));
  if (!runs.some((r) => r.bold)) return;
  const text = p.editAsText();
  let at = 0;
  for (const r of runs) {
    if (r.bold && r.text) text.setBold(at, at + r.text.length - 1, true);
    at += r.text.length;
  }
}

function styleParagraph(p: Para, b: DefaultParagraph): void {
  if (b.heading && b.heading !== 'NORMAL') p.setHeading(DocumentApp.ParagraphHeading[b.heading]);
  if (b.align) p.setAlignment(DocumentApp.HorizontalAlignment[b.align]);
  if (b.italic && b.text) p.editAsText().setItalic(true);
  if (b.pageBreakAfter) p.appendPageBreak();
}

function writeBlocks(section: GoogleAppsScript.Document.Body, blocks: readonly DefaultBlock[]): void {
  blocks.forEach((b, i) => {
    if (b.kind === 'paragraph') {
      const p = i === 0 ? section.getChild(0).asParagraph() : section.appendParagraph('');
      writeMarkup(p, b.text);
      styleParagraph(p, b);
      return;
    }
    const plain = b.rows.map((r) =>
      r.map((c) =>
        markupRuns(c)
          .map((x) => x.text)
          .join(''),
      ),
    );
    const table = section.appendTable(plain);
    if (b.borderless) table.setBorderWidth(0);
    b.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        const header = b.header && r === 0;
        if (!header && !cell.includes('**')) return;
        const target = table.getCell(r, c);
        if (header) {
          target.setBackgroundColor(HEADER_BACKGROUND);
          target.editAsText().setBold(true);
        } else writeMarkup(target.getChild(0).asParagraph(), cell);
      }),
    );
  });
}

/** Creates a default template as a Google Doc in the folder (shared with the team through it); returns its ID. */
export function createTemplateDoc(def: Pick<TemplateDefinition, 'docName' | 'header' | 'blocks'>, folderId: string): string {
  const id = createDocIn(def.docName, folderId);
  const doc = DocumentApp.openById(id);
  writeBlocks(doc.getBody(), def.blocks);
  if (def.header) {
    const p = doc.addHeader().getChild(0).asParagraph();
    p.setText(def.header);
    p.editAsText().setItalic(true).setFontSize(9);
    p.setAlignment(DocumentApp.HorizontalAlignment.RIGHT);
  }
  doc.saveAndClose();
  return id;
}

// ---- reading a template ------------------------------------------------------------------------

const hasSyntax = (text: string): boolean => text.includes('{{') || text.includes('}}');

function readParagraph(p: Para, list: boolean): TemplateParagraph {
  const text = p.getText();
  const base: TemplateParagraph = { kind: 'paragraph', runs: [{ text }], ...(list ? { list } : {}) };
  // Only a paragraph with template syntax and several children is read element by element.
  if (!hasSyntax(text) || p.getNumChildren() <= 1) return base;
  const runs: TemplateParagraph['runs'] = [];
  const n = p.getNumChildren();
  for (let i = 0; i < n; i++) {
    const child = p.getChild(i);
    if (child.getType() === DocumentApp.ElementType.TEXT) runs.push({ text: child.asText().getText(), element: i });
  }
  return runs.map((r) => r.text).join('') === text ? { ...base, runs } : base;
}

function readChild(container: Container, i: number): TemplateBlock {
  const child = container.getChild(i);
  const type = child.getType();
  if (type === DocumentApp.ElementType.TABLE) return readTable(child.asTable());
  if (type === DocumentApp.ElementType.LIST_ITEM) return readParagraph(child.asListItem(), true);
  if (type === DocumentApp.ElementType.PARAGRAPH) return readParagraph(child.asParagraph(), false);
  return { kind: 'paragraph', runs: [] };
}

function readTable(t: GoogleAppsScript.Document.Table, text = t.getText()): TemplateTable {
  const rows = t.getNumRows();
  if (!hasSyntax(text)) return { kind: 'table', rows: Array.from({ length: rows }, () => ({ cells: [] })) };
  const out: TemplateTable = { kind: 'table', rows: [] };
  for (let r = 0; r < rows; r++) {
    const row = t.getRow(r);
    if (!hasSyntax(row.getText())) {
      out.rows.push({ cells: [] });
      continue;
    }
    const cells = [];
    const n = row.getNumCells();
    for (let c = 0; c < n; c++) {
      const cell = row.getCell(c);
      const k = cell.getNumChildren();
      const paragraphs: TemplateParagraph[] = [];
      for (let i = 0; i < k; i++) {
        const b = readChild(cell, i);
        paragraphs.push(b.kind === 'paragraph' ? b : { kind: 'paragraph', runs: [] });
      }
      cells.push({ paragraphs });
    }
    out.rows.push({ cells });
  }
  return out;
}

/** Every child read element by element (the reference reading). */
function readSectionFully(section: Section): TemplateBlock[] {
  const n = section.getNumChildren();
  const out: TemplateBlock[] = [];
  for (let i = 0; i < n; i++) out.push(readChild(section, i));
  return out;
}

/**
 * Reads a section with fewer Docs calls: one getText() of the whole section gives every
 * top-level paragraph's text (children are joined by newlines, a paragraph never holds one),
 * so a paragraph without template syntax is taken from it without asParagraph()/getText().
 * Paragraphs with syntax and tables are still read element by element, and each is checked
 * against its lines of the section's text: at the first disagreement (a Docs version that
 * renders tables differently, an element type not handled here) the section is read again
 * fully, so the result is always the reference reading's.
 */
function readSection(section: Section): TemplateBlock[] {
  const n = section.getNumChildren();
  const lines = section.getText().split('\n');
  const out: TemplateBlock[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    const child = section.getChild(i);
    const type = child.getType();
    if (type === DocumentApp.ElementType.TABLE) {
      const table = child.asTable();
      const text = table.getText();
      const k = text.split('\n').length;
      if (lines.slice(at, at + k).join('\n') !== text) return readSectionFully(section);
      at += k;
      out.push(readTable(table, text));
      continue;
    }
    const list = type === DocumentApp.ElementType.LIST_ITEM;
    if (!list && type !== DocumentApp.ElementType.PARAGRAPH) return readSectionFully(section);
    const line = lines[at++];
    if (line === undefined) return readSectionFully(section);
    if (!hasSyntax(line)) {
      out.push({ kind: 'paragraph', runs: [{ text: line }], ...(list ? { list } : {}) });
      continue;
    }
    const p = readParagraph(list ? child.asListItem() : child.asParagraph(), list);
    if (p.runs.map((r) => r.text).join('') !== line) return readSectionFully(section);
    out.push(p);
  }
  return at === lines.length ? out : readSectionFully(section);
}

function openTemplate(templateId: string, what: string): Doc {
  try {
    return DocumentApp.openById(templateId);
  } catch {
    throw new TemplateAccessError(
      `${what} (ID « ${templateId} ») est introuvable ou n'est pas un document Google Docs qui vous est accessible. Corrigez l'ID dans Paramètres › Modèles, ou effacez la valeur pour que Pacte recrée le modèle par défaut.`,
    );
  }
}

/**
 * The template as the engine's document model (body, header, footer). `full` reads every
 * element one by one (the reference the default, cheaper reading is tested against).
 */
export function readTemplateDocument(templateId: string, what: string, mode: 'fast' | 'full' = 'fast'): TemplateDocument {
  const doc = openTemplate(templateId, what);
  const read = mode === 'full' ? readSectionFully : readSection;
  const header = doc.getHeader();
  const footer = doc.getFooter();
  const out: TemplateDocument = { body: read(doc.getBody()) };
  if (header) out.header = read(header);
  if (footer) out.footer = read(footer);
  return out;
}

// ---- filling a copy ----------------------------------------------------------------------------

function sectionOf(doc: Doc, name: SectionName): Section | null {
  return name === 'body' ? doc.getBody() : name === 'header' ? doc.getHeader() : doc.getFooter();
}

function paragraphAt(section: Section, ref: ParagraphRef, list: boolean): Para {
  const child = section.getChild(ref.block);
  const target =
    ref.row === undefined
      ? child
      : child
          .asTable()
          .getCell(ref.row, ref.cell ?? 0)
          .getChild(ref.paragraph ?? 0);
  return list ? target.asListItem() : target.asParagraph();
}

interface GeneratedDoc {
  id: string;
  url: string;
}

/**
 * Copies the template into the folder under `name` and applies the plan (computed and checked
 * beforehand: this never leaves a half-filled Doc because of the template). Drive copies a template
 * Pacte created; one the organisation brought (an ID pasted in Paramètres) is copied by Pacte,
 * element by element, into a Doc it creates (doc-copy.ts), as drive.file does not reach it.
 */
export function generateFromTemplate(
  templateId: string,
  template: TemplateDocument,
  plan: FillPlan,
  folderId: string,
  name: string,
  what: string,
): GeneratedDoc {
  const id = copyInto(templateId, name, folderId) ?? copyDocContent(templateId, name, folderId, what);
  const doc = DocumentApp.openById(id);
  const sections = new Map<SectionName, Section>();
  const section = (s: SectionName): Section => {
    let found = sections.get(s);
    if (!found) {
      found = sectionOf(doc, s)!;
      sections.set(s, found);
    }
    return found;
  };
  const isList = (ref: ParagraphRef): boolean => {
    const blocks = (ref.section === 'body' ? template.body : ref.section === 'header' ? template.header : template.footer) ?? [];
    const b = blocks[ref.block];
    const p = b.kind === 'paragraph' ? b : b.rows[ref.row ?? 0]?.cells[ref.cell ?? 0]?.paragraphs[ref.paragraph ?? 0];
    return !!p?.list;
  };

  for (const { ref, edits } of plan.edits) applyEdits(paragraphAt(section(ref.section), ref, isList(ref)).editAsText(), edits);
  for (const rep of plan.repeats) {
    const table = section(rep.section).getChild(rep.table).asTable();
    const templates: GoogleAppsScript.Document.TableRow[] = [];
    for (let r = rep.firstRow; r <= rep.lastRow; r++) templates.push(table.getRow(r));
    let at = rep.lastRow + 1;
    for (const cells of rep.items) {
      templates.forEach((tpl, k) => {
        const row = table.insertTableRow(at++, tpl.copy());
        // One editAsText per cell: its paragraphs' edits are placed by their offset in the cell's text.
        const byCell = new Map<number, typeof cells>();
        for (const c of cells) if (c.row === rep.firstRow + k) byCell.set(c.cell, [...(byCell.get(c.cell) ?? []), c]);
        for (const [cell, paragraphs] of byCell) {
          const text = row.getCell(cell).editAsText();
          for (const p of [...paragraphs].sort((a, b) => b.base - a.base)) applyEdits(text, p.edits, p.base);
        }
      });
    }
    for (let r = rep.lastRow; r >= rep.firstRow; r--) table.removeRow(r);
  }
  for (const rm of plan.removals) {
    const s = section(rm.section);
    const child = s.getChild(rm.block);
    if (rm.clear) child.asParagraph().clear();
    else s.removeChild(child);
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  return { id, url };
}

/**
 * Saves the Doc's PDF export in the folder (same name + .pdf); returns its URL. Document.getAs
 * needs no Drive scope; the file is created with Drive v3 (drive.file).
 */
export function savePdf(docId: string, folderId: string): string {
  return saveBlobIn(DocumentApp.openById(docId).getAs('application/pdf'), folderId);
}
