/**
 * Google Docs side of the meeting brief: the default template (created once), reading a
 * template's text, and filling a copy — each placeholder present found with findText and
 * written over with the Text element's own edits (values never go through replaceText, see
 * text-edits.ts), one insertTable per table; never an edit per character or per row.
 */
import {
  BriefError,
  DEFAULT_TEMPLATE,
  placeholderPattern,
  TABLE_PLACEHOLDERS,
  TEMPLATE_KEY,
  TEMPLATE_NAME,
  TEMPLATE_SECTION,
  type BriefModel,
} from '../../domain/briefs/brief';
import { applyEdits, fillPlaceholder } from './text-edits';
import { copyInto, createDocIn } from '../drive-files';
import { copyDocContent } from './doc-copy';

type Section = GoogleAppsScript.Document.Body | GoogleAppsScript.Document.HeaderSection | GoogleAppsScript.Document.FooterSection;

/** Creates the default French template in the folder (Drive v3, so drive.file suffices); returns its Doc ID. */
export function createDefaultTemplate(folderId: string): string {
  const id = createDocIn(TEMPLATE_NAME, folderId);
  const doc = DocumentApp.openById(id);
  const body = doc.getBody();
  const [first, ...rest] = DEFAULT_TEMPLATE;
  const heading = (h: string | undefined) => DocumentApp.ParagraphHeading[(h ?? 'NORMAL') as keyof typeof DocumentApp.ParagraphHeading];
  const opening = body.getChild(0).asParagraph();
  opening.setText(first.text);
  opening.setHeading(heading(first.heading));
  for (const p of rest) {
    const par = body.appendParagraph(p.text);
    if (p.heading) par.setHeading(heading(p.heading));
  }
  doc.saveAndClose();
  return id;
}

interface TemplateText {
  body: string;
  header: string;
  footer: string;
}

/** The template's text by section, in one opening; a missing or unreadable Doc is explained in French. */
export function readTemplate(templateId: string): TemplateText {
  let doc: GoogleAppsScript.Document.Document;
  try {
    doc = DocumentApp.openById(templateId);
  } catch {
    throw new BriefError(
      `Le modèle « ${TEMPLATE_KEY} » (Paramètres › ${TEMPLATE_SECTION}, ID « ${templateId} ») est introuvable ou n'est pas un document Google Docs accessible. ` +
        `Corrigez l'ID, ou effacez la valeur pour que Pacte recrée le modèle par défaut.`,
    );
  }
  return { body: doc.getBody().getText(), header: doc.getHeader()?.getText() ?? '', footer: doc.getFooter()?.getText() ?? '' };
}

const has = (text: string, name: string): boolean => new RegExp(placeholderPattern(name)).test(text);

/**
 * Copies the template into the folder (Drive's copy, or Pacte's own for a template it may not
 * reach: see doc-copy.ts), fills it, and returns the new Doc's ID, name and URL.
 */
export function renderBrief(templateId: string, template: TemplateText, folderId: string, model: BriefModel): { id: string; name: string; url: string } {
  for (const name of TABLE_PLACEHOLDERS) {
    if (has(template.header, name) || has(template.footer, name)) {
      throw new BriefError(
        `Le modèle « ${TEMPLATE_KEY} » : le tableau {{${name}}} doit être dans le corps du document, pas dans l'en-tête ni le pied de page.`,
      );
    }
  }
  const copyId =
    copyInto(templateId, model.title, folderId) ??
    copyDocContent(templateId, model.title, folderId, `Le modèle « ${TEMPLATE_KEY} » (Paramètres › ${TEMPLATE_SECTION})`);
  const doc = DocumentApp.openById(copyId);
  const body = doc.getBody();
  const sections: [Section, string][] = [[body, template.body]];
  if (template.header) sections.push([doc.getHeader()!, template.header]);
  if (template.footer) sections.push([doc.getFooter()!, template.footer]);

  for (const [section, text] of sections) fillValues(section, text, model.values);
  for (const name of TABLE_PLACEHOLDERS) {
    if (!has(template.body, name)) continue;
    const content = model.tables[name];
    if ('empty' in content) {
      fillPlaceholder(body, placeholderPattern(name), content.empty);
      continue;
    }
    insertTableAt(body, name, content.rows);
  }
  const url = doc.getUrl();
  doc.saveAndClose();
  return { id: copyId, name: model.title, url };
}

/**
 * Writes the values over their placeholders in one section. The edits are placed by their offsets
 * in the template's text, through the section's editAsText(), when its text is exactly the
 * template's (one getText to check); otherwise each placeholder is found with findText.
 */
function fillValues(section: Section, templateText: string, values: Readonly<Record<string, string>>): void {
  const present = Object.entries(values).filter(([name]) => has(templateText, name));
  if (present.length === 0) return;
  const text = section.editAsText();
  if (text.getText() !== templateText) {
    for (const [name, value] of present) fillPlaceholder(section, placeholderPattern(name), value);
    return;
  }
  const edits = present.flatMap(([name, value]) =>
    [...templateText.matchAll(new RegExp(placeholderPattern(name), 'g'))]
      // findText never matches across paragraphs; neither does this.
      .filter((m) => !m[0].includes('\n'))
      .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, text: value })),
  );
  applyEdits(
    text,
    edits.sort((a, b) => b.start - a.start),
  );
}

/** Puts the table after the placeholder's paragraph, then drops the placeholder (or its paragraph). */
function insertTableAt(body: GoogleAppsScript.Document.Body, name: string, rows: string[][]): void {
  const pattern = placeholderPattern(name);
  const found = body.findText(pattern);
  if (!found) return;
  const paragraph = found.getElement().getParent();
  if (paragraph.getParent().getType() !== DocumentApp.ElementType.BODY_SECTION) {
    throw new BriefError(
      `Le modèle « ${TEMPLATE_KEY} » : le tableau {{${name}}} doit être seul dans un paragraphe du corps du document (pas dans un tableau).`,
    );
  }
  const index = body.getChildIndex(paragraph);
  const table = body.insertTable(index + 1, rows);
  const header = table.getRow(0);
  for (let c = 0; c < rows[0].length; c++) header.getCell(c).editAsText().setBold(true);
  const asParagraph = paragraph.asParagraph();
  if (new RegExp(`^\\s*${pattern}\\s*$`).test(asParagraph.getText())) body.removeChild(asParagraph);
  else asParagraph.replaceText(pattern, '');
}
