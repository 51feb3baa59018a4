/**
 * DocumentApp text: formatting runs, replaceText / findText semantics, and the PDF and HTML exports.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { installEmulator } from '../../src/dev/emulator';
import { documentToHtml, DocumentModel } from '../../src/dev/emulator/document';

beforeEach(() => {
  installEmulator(globalThis);
});

function newBody(): GoogleAppsScript.Document.Body {
  return DocumentApp.create('Texte').getBody();
}

describe('Text formatting', () => {
  it('sets italic, underline, size and link on the whole element', () => {
    const text = newBody().appendParagraph('site').editAsText();
    text.setItalic(true).setUnderline(true).setFontSize(14).setLinkUrl('https://ajcad.org');
    expect([text.isItalic(), text.isUnderline(), text.getFontSize(), text.getLinkUrl()]).toEqual([true, true, 14, 'https://ajcad.org']);
    expect(text.getAttributes()[DocumentApp.Attribute.FONT_SIZE]).toBe(14);
  });

  it('applies several attributes at once with setAttributes', () => {
    const text = newBody().appendParagraph('abcdef').editAsText();
    text.setAttributes(0, 2, { [DocumentApp.Attribute.BOLD]: true, [DocumentApp.Attribute.ITALIC]: true });
    expect(text.isBold(2) && text.isItalic(2)).toBe(true);
    expect(text.isItalic(3)).toBeNull();
  });

  it("edits the body's text as one string, paragraphs joined by newlines", () => {
    const body = newBody();
    body.getChild(0).asParagraph().setText('un');
    body.appendParagraph('deux');
    const text = body.editAsText();
    expect(text.getText()).toBe('un\ndeux');
    text.setBold(3, 6, true);
    expect(body.getChild(1).asParagraph().editAsText().isBold()).toBe(true);
    expect(body.getChild(0).asParagraph().editAsText().isBold()).toBeNull();
  });
});

describe('replaceText and findText', () => {
  it('matches a placeholder whose characters are split across differently formatted runs', () => {
    const text = newBody().appendParagraph('{{montant}} XOF').editAsText();
    text.setItalic(0, 4, true);
    text.replaceText('\\{\\{montant\\}\\}', '1 500 000');
    expect(text.getText()).toBe('1 500 000 XOF');
    expect(text.isItalic(0)).toBe(true);
  });

  it('replaces inside table cells too', () => {
    const body = newBody();
    body.appendTable([['{{prix}}']]);
    body.replaceText('\\{\\{prix\\}\\}', '1 500 & <b>');
    expect(body.getTables()[0].getCell(0, 0).getText()).toBe('1 500 & <b>');
  });

  it('removes a conditional block found by its markers', () => {
    const body = newBody();
    body.appendParagraph('{{#si cofinancement}}');
    body.appendParagraph('Le cofinancement est de 20 %.');
    body.appendParagraph('{{/si}}');
    body.appendParagraph('Article suivant');
    const start = body.findText('\\{\\{#si cofinancement\\}\\}')!.getElement().getParent();
    const end = body.findText('\\{\\{/si\\}\\}')!.getElement().getParent();
    const [from, to] = [body.getChildIndex(start), body.getChildIndex(end)];
    for (let i = to; i >= from; i--) body.removeChild(body.getChild(i));
    expect(body.getText()).toBe('\nArticle suivant');
  });
});

describe('Exports', () => {
  it('exports a real PDF with the text, accents in WinAnsi, and one page per page break', () => {
    const doc = DocumentApp.create('Convention AJCAD');
    const body = doc.getBody();
    body.appendParagraph('Convention de partenariat').setHeading(DocumentApp.ParagraphHeading.TITLE);
    body.appendParagraph('Signée à Bamako, le 12 mars 2026 — (copie)');
    body.appendPageBreak();
    body.appendTable([['Partie', 'Représentant']]);
    const pdf = doc.getAs('application/pdf');
    expect(pdf.getName()).toBe('Convention AJCAD.pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    const bytes = Buffer.from(pdf.getBytes());
    const s = bytes.toString('latin1');
    expect(s.startsWith('%PDF-1.4')).toBe(true);
    expect(s.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(s).toContain('Convention de partenariat');
    expect(s).toContain('Sign\xe9e \xe0 Bamako, le 12 mars 2026 \x97 \\(copie\\)');
    expect(s).toContain('Repr\xe9sentant');
    expect(s).toContain('/Count 2');
    // The xref offset points at the xref table.
    const startxref = Number(/startxref\n(\d+)/.exec(s)![1]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
  });

  it('renders standalone HTML with headings, runs, lists, bordered tables and escaped text', () => {
    const doc = DocumentApp.create('Aperçu <test>');
    const body = doc.getBody();
    body.appendParagraph('Article 1').setHeading(DocumentApp.ParagraphHeading.HEADING1);
    const p = body.appendParagraph('Le partenaire <script>alert(1)</script> s’engage');
    p.editAsText().setBold(0, 1, true).setUnderline(3, 12, true);
    p.setAlignment(DocumentApp.HorizontalAlignment.JUSTIFY);
    body.appendListItem('premier').setGlyphType(DocumentApp.GlyphType.NUMBER);
    body.appendTable([['A & B']]);
    body.appendPageBreak();
    const html = (doc as unknown as { _toHtml(): string })._toHtml();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>Aperçu &lt;test&gt;</title>');
    expect(html).toContain('<h1>Article 1</h1>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span style="font-weight:bold">Le</span>');
    expect(html).toContain('text-decoration:underline');
    expect(html).toContain('style="text-align:justify"');
    expect(html).toContain('<ol type="1">');
    expect(html).toMatch(/<td style="border:1pt solid #000000">.*A &amp; B/);
    // The page break starts a second page.
    expect(html.match(/<div class="page">/g)).toHaveLength(2);
  });

  it('renders links only for safe URL schemes', () => {
    const model = DocumentModel.blank('x');
    const doc = DocumentApp.create('L');
    const t = doc.getBody().appendParagraph('ok ko').editAsText();
    t.setLinkUrl(0, 1, 'https://ajcad.org').setLinkUrl(3, 4, 'javascript:alert(1)');
    const html = (doc as unknown as { _toHtml(): string })._toHtml();
    expect(html).toContain('<a href="https://ajcad.org">ok</a>');
    expect(html).not.toContain('javascript:');
    expect(documentToHtml(model)).toContain('<main><p><br></p></main>');
  });
});

/**
 * https://developers.google.com/apps-script/reference/document/body#replaceText(String,String):
 * "searchPattern — the regex pattern to search for; replacement — the text to use as
 * replacement". Nothing is said of `$` or `\\` in the replacement, so the emulator offers both
 * readings (world option `docsReplacement`); Java's Matcher syntax is the default, the stricter one.
 */
describe('replaceText replacement syntax (Google silent: an emulator option)', () => {
  const replaced = (mode: 'java' | 'literal', replacement: string, pattern = '\\{\\{(nom)\\}\\}'): string => {
    installEmulator(globalThis, { docsReplacement: mode });
    const body = newBody();
    body.appendParagraph('Partenaire : {{nom}}.');
    body.replaceText(pattern, replacement);
    return body.getText();
  };

  it('java (default): $1 inserts the group, \\ escapes the next character', () => {
    expect(replaced('java', '[$1]')).toBe('\nPartenaire : [nom].');
    expect(replaced('java', 'C:\\\\dossier\\n')).toBe('\nPartenaire : C:\\dossiern.');
    expect(replaced('java', '1 500 \\$')).toBe('\nPartenaire : 1 500 $.');
    installEmulator(globalThis);
    const body = newBody();
    body.appendParagraph('{{a}}');
    body.replaceText('\\{\\{a\\}\\}', '$0$0');
    expect(body.getText()).toBe('\n{{a}}{{a}}');
  });

  it('java: an invalid group reference throws and changes nothing', () => {
    const attempt = (replacement: string) => () => replaced('java', replacement);
    expect(attempt('Fonds $2 & Cie')).toThrow('No group 2');
    expect(attempt('1 500 $')).toThrow('Illegal group reference: group index is missing');
    expect(attempt('$ 1 500')).toThrow('Illegal group reference');
    expect(attempt('C:\\')).toThrow('character to be escaped is missing');
    installEmulator(globalThis);
    const body = newBody();
    body.appendParagraph('{{a}} et {{a}}');
    expect(() => body.replaceText('\\{\\{a\\}\\}', 'Fonds $1 & Cie')).toThrow('No group 1');
    expect(body.getText()).toBe('\n{{a}} et {{a}}');
  });

  it('literal: the replacement goes in as it is', () => {
    expect(replaced('literal', 'Fonds $1 & Cie')).toBe('\nPartenaire : Fonds $1 & Cie.');
    expect(replaced('literal', 'C:\\dossier\\n 1 500 $')).toBe('\nPartenaire : C:\\dossier\\n 1 500 $.');
  });
});
