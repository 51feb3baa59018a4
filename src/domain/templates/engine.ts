/**
 * The template engine: finds the placeholders and blocks of a template, reports every problem
 * (unknown placeholder, unclosed or mismatched block, missing value) with its location, and —
 * only when there is none — computes the plan of edits that fills a copy of the template.
 * The plan is made of edits by offsets (each placeholder's text replaced by its value, markers
 * cut), table rows copied per item and paragraphs deleted: the Docs adapter edits once per
 * placeholder, never per character, and never hands a value to replaceText as a replacement.
 *
 * Syntax (placeholder names ignore case, accents and spaces inside the braces):
 * - `{{partenaire.nom}}`: a value (see the catalogue of the template, e.g. conventions/placeholders.ts);
 * - `{{#si contribution_nature}} … {{/si}}`: kept only when the condition holds (a flag of the
 *   catalogue, or any value that is not empty). Both markers in one paragraph (inline), or each
 *   alone in its own paragraph, the section then spanning any paragraphs and tables between;
 * - `{{#chaque engagement}} … {{/chaque}}`: inside a table, from a cell of one row to a cell of the
 *   same or a later row: those rows are copied once per item, keeping their formatting, with
 *   `{{engagement.libelle}}`… filled for each item.
 */
import { foldText } from '../records/normalise';
import type { TemplateProblem } from '../contracts';
import {
  type ParagraphRef,
  type SectionName,
  type TemplateBlock,
  type TemplateDocument,
  type TemplateParagraph,
  SECTIONS,
  inTable,
  locationOf,
  paragraphText,
  sameParagraph,
  sectionBlocks,
} from './model';

// ---- catalogue and data ----------------------------------------------------------------------

export interface PlaceholderSpec {
  name: string;
  /** What it holds, in French (documentation for whoever edits the template). */
  label: string;
  /** Text written when the value is empty; without it an empty value is a « valeur manquante ». */
  whenEmpty?: string;
}

interface ConditionSpec {
  name: string;
  label: string;
}

export interface TemplateCatalogue {
  /** Short French name of the template, for messages (« le modèle « Convention de partenariat » »). */
  title: string;
  values: readonly PlaceholderSpec[];
  /** Conditions besides the values (any value may also be tested: true when not empty). */
  conditions: readonly ConditionSpec[];
  /** Repeated items: collection name (singular, e.g. 'engagement') → its item placeholders ('engagement.libelle'…). */
  collections: Readonly<Record<string, readonly PlaceholderSpec[]>>;
}

export interface TemplateData {
  /** Placeholder name → text ('' when there is no value). */
  values: Readonly<Record<string, string>>;
  flags: Readonly<Record<string, boolean>>;
  /** Collection name → items, each placeholder name → text. */
  collections: Readonly<Record<string, readonly Readonly<Record<string, string>>[]>>;
}

const foldName = (name: string): string => foldText(name).replace(/\s+/g, '');

// ---- tokens ------------------------------------------------------------------------------------

type TokenKind = 'value' | 'openIf' | 'closeIf' | 'openEach' | 'closeEach' | 'unknownBlock';

export interface Token {
  kind: TokenKind;
  /** Folded name: 'partenaire.nom', 'contribution_nature', 'engagement'. */
  name: string;
  /** Exact text in the Doc, braces included. */
  raw: string;
  start: number;
  /** Exclusive. */
  end: number;
  ref: ParagraphRef;
}

const TOKEN = /\{\{([^{}]*)\}\}/g;

function classify(inner: string): { kind: TokenKind; name: string } {
  const t = inner.trim();
  const block = /^([#/])\s*(\S+)\s*(.*)$/s.exec(t);
  if (!block) return { kind: 'value', name: foldName(t) };
  const [, sigil, word, rest] = block;
  const w = foldName(word);
  if (sigil === '#' && w === 'si') return { kind: 'openIf', name: foldName(rest) };
  if (sigil === '/' && w === 'si') return { kind: 'closeIf', name: '' };
  if (sigil === '#' && w === 'chaque') return { kind: 'openEach', name: foldName(rest).replace(/s$/, '') };
  if (sigil === '/' && w === 'chaque') return { kind: 'closeEach', name: '' };
  return { kind: 'unknownBlock', name: `${sigil}${w}` };
}

interface ParagraphInfo {
  ref: ParagraphRef;
  paragraph: TemplateParagraph;
  text: string;
}

/** Every paragraph of the document in reading order (body, header, footer; tables row by row). */
function paragraphs(doc: TemplateDocument): ParagraphInfo[] {
  const out: ParagraphInfo[] = [];
  for (const section of SECTIONS) {
    sectionBlocks(doc, section).forEach((b, block) => {
      if (b.kind === 'paragraph') out.push({ ref: { section, block }, paragraph: b, text: paragraphText(b) });
      else
        b.rows.forEach((r, row) =>
          r.cells.forEach((c, cell) =>
            c.paragraphs.forEach((p, paragraph) => out.push({ ref: { section, block, row, cell, paragraph }, paragraph: p, text: paragraphText(p) })),
          ),
        );
    });
  }
  return out;
}

// ---- analysis ------------------------------------------------------------------------------------

interface IfBlock {
  name: string;
  open: Token;
  close: Token;
  /** Both markers in the same paragraph. */
  inline: boolean;
}

interface EachBlock {
  name: string;
  open: Token;
  close: Token;
  section: SectionName;
  /** Block index of the table. */
  table: number;
  firstRow: number;
  lastRow: number;
}

interface TemplateAnalysis {
  problems: TemplateProblem[];
  tokens: Token[];
  ifs: IfBlock[];
  eaches: EachBlock[];
}

const show = (raw: string): string => raw.replace(/\s+/g, ' ');

/** Closest known name (typo help), or '' when nothing is close. */
function suggestion(name: string, known: readonly string[]): string {
  let best = '';
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(name, k);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return bestDistance <= Math.max(2, Math.floor(name.length / 4)) ? best : '';
}

function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** Finds every token and block, and every problem that does not depend on the data. */
export function analyseTemplate(doc: TemplateDocument, catalogue: TemplateCatalogue): TemplateAnalysis {
  const problems: TemplateProblem[] = [];
  const tokens: Token[] = [];
  const ifs: IfBlock[] = [];
  const eaches: EachBlock[] = [];
  const where = (ref: ParagraphRef) => locationOf(doc, ref);
  const problem = (placeholder: string, ref: ParagraphRef, message: string) => problems.push({ placeholder, location: where(ref), message });

  const values = new Set(catalogue.values.map((v) => foldName(v.name)));
  const conditions = new Set([...catalogue.conditions.map((c) => foldName(c.name)), ...values]);
  const itemNames = new Map<string, Set<string>>(
    Object.entries(catalogue.collections).map(([k, specs]) => [foldName(k), new Set(specs.map((s) => foldName(s.name)))]),
  );
  const allKnown = [...values, ...[...itemNames.values()].flatMap((s) => [...s])];

  const stack: { kind: 'si' | 'chaque'; token: Token }[] = [];
  for (const info of paragraphs(doc)) {
    for (const m of info.text.matchAll(TOKEN)) {
      const { kind, name } = classify(m[1]);
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const token: Token = { kind, name, raw: m[0], start, end, ref: info.ref };
      tokens.push(token);
      const label = show(m[0]);
      switch (kind) {
        case 'unknownBlock':
          problem(label, info.ref, `Bloc inconnu ${label} : les blocs possibles sont {{#si condition}} … {{/si}} et {{#chaque engagement}} … {{/chaque}}.`);
          break;
        case 'value': {
          if (name === '') {
            problem(label, info.ref, 'Champ vide {{}} : écrivez le nom du champ entre les accolades, par exemple {{partenaire.nom}}.');
            break;
          }
          const collection = [...itemNames].find(([, names]) => names.has(name))?.[0];
          if (collection) {
            if (!stack.some((s) => s.kind === 'chaque' && s.token.name === collection)) {
              problem(label, info.ref, `Le champ ${label} n'a de sens que dans une ligne de tableau répétée {{#chaque ${collection}}} … {{/chaque}}.`);
            }
          } else if (!values.has(name)) {
            const near = suggestion(name, allKnown);
            problem(
              label,
              info.ref,
              `Champ inconnu ${label}${near ? ` : vouliez-vous dire {{${near}}} ?` : '.'} La liste des champs possibles est dans la documentation des modèles.`,
            );
          }
          break;
        }
        case 'openIf':
          if (name === '') problem(label, info.ref, 'Condition manquante : écrivez {{#si nom_de_la_condition}}.');
          else if (!conditions.has(name)) {
            const near = suggestion(name, [...conditions]);
            problem(label, info.ref, `Condition inconnue « ${name} »${near ? ` : vouliez-vous dire {{#si ${near}}} ?` : '.'}`);
          }
          stack.push({ kind: 'si', token });
          break;
        case 'openEach':
          if (!itemNames.has(name))
            problem(label, info.ref, `Liste inconnue « ${name} » : la seule liste possible est {{#chaque ${[...itemNames.keys()].join(' | ')}}}.`);
          else if (!inTable(info.ref)) problem(label, info.ref, `${label} doit être dans une ligne de tableau : la ligne est copiée pour chaque ${name}.`);
          else if (stack.some((s) => s.kind === 'chaque'))
            problem(label, info.ref, `${label} est à l'intérieur d'un autre bloc {{#chaque}} : les répétitions ne s'emboîtent pas.`);
          stack.push({ kind: 'chaque', token });
          break;
        case 'closeIf':
        case 'closeEach': {
          const want = kind === 'closeIf' ? 'si' : 'chaque';
          const top = stack[stack.length - 1];
          if (!top) {
            problem(label, info.ref, `${label} ferme un bloc qui n'a pas été ouvert (il manque {{#${want} …}} avant).`);
            break;
          }
          if (top.kind !== want) {
            problem(
              label,
              info.ref,
              `${label} ne correspond pas au bloc ouvert ${show(top.token.raw)} (${where(top.token.ref)}) : fermez d'abord celui-ci avec {{/${top.kind}}}.`,
            );
            break;
          }
          stack.pop();
          if (want === 'si') checkIf(doc, top.token, token, ifs, problem);
          else checkEach(top.token, token, eaches, problem);
          break;
        }
      }
    }
    const leftover = info.text.replace(TOKEN, '');
    const stray = /\{\{|\}\}/.exec(leftover);
    if (stray) {
      const i = stray.index;
      const fragment = leftover.slice(Math.max(0, i - 12), i + 24).trim();
      problem(
        fragment,
        info.ref,
        `Accolades non appariées dans « ${fragment} » : un champ s'écrit entre {{ et }}, sur une seule ligne (par exemple {{partenaire.nom}}).`,
      );
    }
  }
  for (const open of stack) {
    problem(show(open.token.raw), open.token.ref, `${show(open.token.raw)} n'est jamais fermé : ajoutez {{/${open.kind}}} à la fin du bloc.`);
  }
  return { problems, tokens, ifs, eaches };
}

type Report = (placeholder: string, ref: ParagraphRef, message: string) => void;

function checkIf(doc: TemplateDocument, open: Token, close: Token, ifs: IfBlock[], problem: Report): void {
  if (sameParagraph(open.ref, close.ref)) {
    ifs.push({ name: open.name, open, close, inline: true });
    return;
  }
  const label = show(open.raw);
  if (inTable(open.ref) || inTable(close.ref)) {
    problem(label, inTable(open.ref) ? open.ref : close.ref, `Dans un tableau, ${label} et {{/si}} doivent être dans le même paragraphe d'une cellule.`);
    return;
  }
  if (open.ref.section !== close.ref.section) {
    problem(label, open.ref, `${label} et son {{/si}} doivent être dans la même partie du document (corps, en-tête ou pied de page).`);
    return;
  }
  const alone = (t: Token) => {
    const block = sectionBlocks(doc, t.ref.section)[t.ref.block];
    return block.kind === 'paragraph' && paragraphText(block).trim() === t.raw;
  };
  let ok = true;
  for (const t of [open, close]) {
    if (!alone(t)) {
      ok = false;
      problem(show(t.raw), t.ref, `${show(t.raw)} doit être seul dans son paragraphe quand la section conditionnelle couvre plusieurs paragraphes.`);
    }
  }
  if (ok) ifs.push({ name: open.name, open, close, inline: false });
}

function checkEach(open: Token, close: Token, eaches: EachBlock[], problem: Report): void {
  const label = show(open.raw);
  if (!inTable(open.ref)) return; // already reported
  if (!inTable(close.ref) || close.ref.section !== open.ref.section || close.ref.block !== open.ref.block) {
    problem('{{/chaque}}', close.ref, `{{/chaque}} doit être dans le même tableau que ${label} .`);
    return;
  }
  eaches.push({ name: open.name, open, close, section: open.ref.section, table: open.ref.block, firstRow: open.ref.row!, lastRow: close.ref.row! });
}

// ---- the plan ------------------------------------------------------------------------------------

/** Replaces [start, end) of a paragraph's text; the new text takes the formatting of the first replaced character. */
interface TextEdit {
  start: number;
  end: number;
  text: string;
}

interface ParagraphEdits {
  ref: ParagraphRef;
  /** Right to left: offsets stay valid while applying them in order. */
  edits: TextEdit[];
}

/** The edits of one paragraph of a repeated row, for one item. */
interface CellEdits {
  /** Template row (firstRow…lastRow) this paragraph belongs to. */
  row: number;
  cell: number;
  paragraph: number;
  /** Where the paragraph starts in the cell's text (its paragraphs joined by '\n'), for TableCell.editAsText(). */
  base: number;
  /** Right to left, offsets in the paragraph's text. */
  edits: TextEdit[];
}

interface RowRepeat {
  section: SectionName;
  table: number;
  firstRow: number;
  lastRow: number;
  /** One entry per item: the edits of each paragraph of its copied rows (markers cut, values written). */
  items: CellEdits[][];
}

interface BlockRemoval {
  section: SectionName;
  block: number;
  /** The last paragraph of a section cannot be removed in Docs: its text is cleared instead. */
  clear: boolean;
}

/**
 * Every value is written by offsets into its paragraph (never passed to Docs' replaceText, whose
 * replacement string may give `$` and `\\` a meaning Google does not document).
 */
export interface FillPlan {
  edits: ParagraphEdits[];
  repeats: RowRepeat[];
  /** Descending block index within each section. */
  removals: BlockRemoval[];
}

type PlanResult = { ok: true; plan: FillPlan; analysis: TemplateAnalysis } | { ok: false; problems: TemplateProblem[] };

const refKey = (r: ParagraphRef): string => [r.section, r.block, r.row ?? '', r.cell ?? '', r.paragraph ?? ''].join(':');

const rightToLeft = (edits: TextEdit[]): TextEdit[] => [...edits].sort((a, b) => b.start - a.start);

/** Where paragraph `paragraph` of a cell starts in the cell's text (paragraphs joined by '\n'). */
function cellBase(doc: TemplateDocument, ref: ParagraphRef): number {
  const block = sectionBlocks(doc, ref.section)[ref.block];
  if (block.kind !== 'table') return 0;
  const paragraphs = block.rows[ref.row ?? 0].cells[ref.cell ?? 0].paragraphs;
  return paragraphs.slice(0, ref.paragraph ?? 0).reduce((at, p) => at + paragraphText(p).length + 1, 0);
}

/**
 * Checks the template against the data and returns the plan that fills it, or every problem
 * (syntax and missing values) — never a partial plan.
 */
export function planFill(doc: TemplateDocument, catalogue: TemplateCatalogue, data: TemplateData): PlanResult {
  const analysis = analyseTemplate(doc, catalogue);
  if (analysis.problems.length) return { ok: false, problems: analysis.problems };
  const problems: TemplateProblem[] = [];
  const where = (ref: ParagraphRef) => locationOf(doc, ref);

  const values = new Map(Object.entries(data.values).map(([k, v]) => [foldName(k), v ?? '']));
  const flags = new Map(Object.entries(data.flags).map(([k, v]) => [foldName(k), v]));
  const specs = new Map(catalogue.values.map((s) => [foldName(s.name), s]));
  const itemSpecs = new Map(Object.values(catalogue.collections).flatMap((list) => list.map((s): [string, PlaceholderSpec] => [foldName(s.name), s])));
  const holds = (name: string): boolean => flags.get(name) ?? (values.get(name) ?? '').trim() !== '';

  // Blocks removed whole, and ranges removed inside paragraphs.
  const removedBlocks = new Map<SectionName, Set<number>>(SECTIONS.map((s) => [s, new Set<number>()]));
  const ranges = new Map<string, { ref: ParagraphRef; cut: [number, number][]; falseCut: boolean }>();
  const cut = (ref: ParagraphRef, start: number, end: number, isFalse: boolean) => {
    const k = refKey(ref);
    const entry = ranges.get(k) ?? { ref, cut: [], falseCut: false };
    entry.cut.push([start, end]);
    entry.falseCut ||= isFalse;
    ranges.set(k, entry);
  };
  for (const b of analysis.ifs) {
    const keep = holds(b.name);
    if (b.inline) {
      if (keep) {
        cut(b.open.ref, b.open.start, b.open.end, false);
        cut(b.close.ref, b.close.start, b.close.end, false);
      } else cut(b.open.ref, b.open.start, b.close.end, true);
    } else {
      const set = removedBlocks.get(b.open.ref.section)!;
      if (keep) [b.open.ref.block, b.close.ref.block].forEach((i) => set.add(i));
      else for (let i = b.open.ref.block; i <= b.close.ref.block; i++) set.add(i);
    }
  }
  // The markers of repeated rows go too (from every copy).
  for (const e of analysis.eaches) {
    cut(e.open.ref, e.open.start, e.open.end, false);
    cut(e.close.ref, e.close.start, e.close.end, false);
  }
  const blockRemoved = (ref: ParagraphRef) => removedBlocks.get(ref.section)!.has(ref.block);
  const inCut = (t: Token) => (ranges.get(refKey(t.ref))?.cut ?? []).some(([s, e]) => t.start >= s && t.end <= e);
  const kept = (t: Token) => !blockRemoved(t.ref) && !inCut(t);

  const valueOf = (t: Token, name: string, raw: string | undefined, spec: PlaceholderSpec | undefined, what: string): string | null => {
    if (raw !== undefined && raw.trim() !== '') return raw;
    if (spec?.whenEmpty !== undefined) return spec.whenEmpty;
    problems.push({
      placeholder: show(t.raw),
      location: where(t.ref),
      missing: `${spec?.label ?? name}${what}`,
      message: `Valeur manquante pour ${show(t.raw)}${what} : ${spec?.label ?? name} n'est pas renseigné(e). Complétez-le, ou placez ce passage dans un bloc {{#si ${name}}} … {{/si}}.`,
    });
    return null;
  };

  // Edits by offsets that are the same wherever the paragraph is (cuts, values): for a paragraph
  // of a repeated row, they are applied to each copy.
  const editsByRef = new Map<string, ParagraphEdits>();
  const addEdit = (ref: ParagraphRef, edit: TextEdit) => {
    const k = refKey(ref);
    const entry = editsByRef.get(k) ?? { ref, edits: [] };
    entry.edits.push(edit);
    editsByRef.set(k, entry);
  };
  for (const { ref, cut: list } of ranges.values()) {
    if (blockRemoved(ref)) continue;
    for (const [s, e] of mergeRanges(list)) addEdit(ref, { start: s, end: e, text: '' });
  }
  for (const t of analysis.tokens) {
    if (t.kind !== 'value' || !kept(t) || itemSpecs.has(t.name)) continue;
    const text = valueOf(t, t.name, values.get(t.name), specs.get(t.name), '');
    if (text !== null) addEdit(t.ref, { start: t.start, end: t.end, text });
  }

  // Paragraphs left empty by a false inline section disappear (section level only).
  for (const { ref, cut: list, falseCut } of ranges.values()) {
    if (!falseCut || inTable(ref) || blockRemoved(ref)) continue;
    const text = paragraphText(sectionBlocks(doc, ref.section)[ref.block] as TemplateParagraph);
    let rest = '';
    const merged = mergeRanges(list);
    for (let i = 0, at = 0; i <= merged.length; i++) {
      const [s, e] = merged[i] ?? [text.length, text.length];
      rest += text.slice(at, s);
      at = e;
    }
    if (rest.trim() === '') removedBlocks.get(ref.section)!.add(ref.block);
  }

  // Repeated rows: each item's copy gets the row's common edits plus its own values.
  const repeatOf = (ref: ParagraphRef) =>
    analysis.eaches.find((e) => inTable(ref) && ref.section === e.section && ref.block === e.table && ref.row! >= e.firstRow && ref.row! <= e.lastRow);
  const repeats: RowRepeat[] = [];
  for (const e of analysis.eaches) {
    if (removedBlocks.get(e.section)!.has(e.table)) continue;
    const items = data.collections[e.name] ?? data.collections[foldName(e.name)] ?? [];
    const itemTokens = analysis.tokens.filter((t) => t.kind === 'value' && itemSpecs.has(t.name) && kept(t) && repeatOf(t.ref) === e);
    const common = [...editsByRef.values()].filter((p) => repeatOf(p.ref) === e);
    const filled = items.map((item, i) => {
      const folded = new Map(Object.entries(item).map(([k, v]) => [foldName(k), v ?? '']));
      const byRef = new Map<string, { ref: ParagraphRef; edits: TextEdit[] }>(common.map((p) => [refKey(p.ref), { ref: p.ref, edits: [...p.edits] }]));
      for (const t of itemTokens) {
        const text = valueOf(t, t.name, folded.get(t.name), itemSpecs.get(t.name), ` (${e.name} ${i + 1})`);
        if (text === null) continue;
        const k = refKey(t.ref);
        const entry = byRef.get(k) ?? { ref: t.ref, edits: [] };
        entry.edits.push({ start: t.start, end: t.end, text });
        byRef.set(k, entry);
      }
      return [...byRef.values()].map(({ ref, edits }): CellEdits => ({
        row: ref.row!,
        cell: ref.cell ?? 0,
        paragraph: ref.paragraph ?? 0,
        base: cellBase(doc, ref),
        edits: rightToLeft(edits),
      }));
    });
    const table = sectionBlocks(doc, e.section)[e.table];
    if (items.length === 0 && table.kind === 'table' && e.lastRow - e.firstRow + 1 === table.rows.length) removedBlocks.get(e.section)!.add(e.table);
    else repeats.push({ section: e.section, table: e.table, firstRow: e.firstRow, lastRow: e.lastRow, items: filled });
  }
  if (problems.length) return { ok: false, problems };

  const removals: BlockRemoval[] = [];
  for (const section of SECTIONS) {
    const blocks = sectionBlocks(doc, section);
    const set = removedBlocks.get(section)!;
    const sorted = [...set].sort((a, b) => b - a);
    for (const block of sorted) {
      const isLast = block === blocks.length - 1 && blocks[block].kind === 'paragraph';
      removals.push({ section, block, clear: isLast });
    }
  }
  const edits = [...editsByRef.values()].filter((p) => !blockRemoved(p.ref) && !repeatOf(p.ref)).map((p) => ({ ref: p.ref, edits: rightToLeft(p.edits) }));
  return { ok: true, plan: { edits, repeats, removals }, analysis };
}

function mergeRanges(list: [number, number][]): [number, number][] {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Problems of the template alone (syntax, unknown names), for « Vérifier le modèle ». */
export function checkTemplateDocument(doc: TemplateDocument, catalogue: TemplateCatalogue): TemplateProblem[] {
  return analyseTemplate(doc, catalogue).problems;
}

/** One French message listing the problems (for an error thrown to the sidebar). */
/**
 * The refusal as the user reads it: values left empty in the form are named in the form's words
 * (« le montant »), never by placeholder or paragraph; problems of the template itself follow with
 * their location, for whoever maintains it.
 */
export function problemsMessage(catalogue: TemplateCatalogue, problems: readonly TemplateProblem[]): string {
  const missing = [...new Set(problems.flatMap((p) => (p.missing ? [p.missing] : [])))];
  const ofTemplate = problems.filter((p) => !p.missing);
  const parts: string[] = [];
  if (missing.length) parts.push(`Pour générer « ${catalogue.title} », complétez d'abord : ${missing.join(', ')}. Aucun document n'a été créé.`);
  if (ofTemplate.length) {
    const lines = ofTemplate.slice(0, 12).map((p) => `• ${p.location} — ${p.message}`);
    if (ofTemplate.length > 12) lines.push(`• … et ${ofTemplate.length - 12} autre(s) problème(s).`);
    const n = ofTemplate.length;
    parts.push(
      `Le modèle « ${catalogue.title} » ne peut pas être utilisé (${n} problème${n > 1 ? 's' : ''}) ; aucun document n'a été créé :\n${lines.join('\n')}`,
    );
  }
  return parts.join('\n');
}

export type { TemplateBlock };
