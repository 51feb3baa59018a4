/** DocumentApp: body structure, paragraphs, tables, text editing and findText/replaceText patterns. */
import { check } from '../check';

const DOC = 'https://developers.google.com/apps-script/reference/document';

const childTypes = (body: GoogleAppsScript.Document.Body) => Array.from({ length: body.getNumChildren() }, (_, i) => String(body.getChild(i).getType()));

export const documentChecks = [
  // Observed: a new Doc's body holds one empty paragraph.
  check('DocumentApp.create: one empty paragraph; appendParagraph joins with newlines', `${DOC}/document-app#create(String)`, (t) => {
    const doc = t.document();
    const body = doc.getBody();
    t.equal([childTypes(body), body.getText()], [['PARAGRAPH'], ''], 'new document');
    body.appendParagraph('Bonjour');
    t.equal(DocumentApp.openById(doc.getId()).getBody().getText(), '\nBonjour', 'reopened by id');
    t.equal(DocumentApp.openByUrl(doc.getUrl()).getBody().getText(), '\nBonjour', 'reopened by URL');
    t.equal(doc.getUrl(), `https://docs.google.com/document/d/${doc.getId()}/edit`, 'URL');
    t.equal(DriveApp.getFileById(doc.getId()).getMimeType(), 'application/vnd.google-apps.document', 'a Google Docs file');
    t.equal(DocumentApp.getActiveDocument(), null, 'no active document in a standalone script');
  }),

  check('DocumentApp.openById: an unknown id, and a document closed by saveAndClose', `${DOC}/document-app#openById(String)`, (t) => {
    t.throws(() => DocumentApp.openById('1inconnu'), "Document is missing (perhaps it was deleted, or you don't have read access?)", 'unknown id');
    const doc = t.document();
    doc.saveAndClose();
    t.throws(() => doc.getBody(), 'Document is closed, its contents cannot be updated.', 'after saveAndClose');
  }),

  check('Body: paragraphs, list items and page breaks in order', `${DOC}/body`, (t) => {
    const body = t.document().getBody();
    body.getChild(0).asParagraph().setText('Titre');
    body.appendParagraph('Intro');
    body.insertParagraph(1, 'Préambule');
    const one = body.appendListItem('Point 1').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const two = body.appendListItem('Point 2').setNestingLevel(1);
    const pb = body.appendPageBreak();
    t.equal(String(pb.getParent().getType()), 'PARAGRAPH', 'a page break sits in a paragraph');
    t.equal(childTypes(body), ['PARAGRAPH', 'PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'LIST_ITEM', 'PARAGRAPH'], 'children');
    t.equal(
      body.getParagraphs().map((p) => p.getText()),
      ['Titre', 'Préambule', 'Intro', 'Point 1', 'Point 2', ''],
      'paragraph texts',
    );
    t.equal([two.getListId() === one.getListId(), String(one.getGlyphType()), two.getNestingLevel()], [true, 'NUMBER', 1], 'one list');
    t.ok(body.appendListItem('autre liste').getListId() !== one.getListId(), 'a paragraph in between starts another list');
  }),

  // Observed: a section cannot end with a table, so Docs keeps an empty paragraph after an appended table.
  check('Body.appendTable: a table from a 2-D array, followed by an empty paragraph', `${DOC}/body#appendTable(String[][])`, (t) => {
    const body = t.document().getBody();
    const table = body.appendTable([
      ['Rubrique', 'Montant'],
      ['Frais', '100 000'],
    ]);
    t.equal(childTypes(body), ['PARAGRAPH', 'TABLE', 'PARAGRAPH']);
    t.equal([table.getNumRows(), table.getCell(1, 1).getText()], [2, '100 000']);
  }),

  check('Body: Google’s texts for the last paragraph, a bad index and an attached element', `${DOC}/body#removeChild(Element)`, (t) => {
    const body = t.document().getBody();
    const last = body.appendParagraph('fin');
    t.throws(() => last.removeFromParent(), "Can't remove the last paragraph in a document section.", 'removeFromParent');
    t.throws(() => body.removeChild(last), "Can't remove the last paragraph in a document section.", 'removeChild');
    t.throws(() => body.getChild(3), 'Child index (3) must be less than the number of child elements (2).', 'getChild');
    t.throws(() => body.appendParagraph(last), 'Element must be detached.', 'append an attached paragraph');
    body.appendParagraph(last.copy());
    body.removeChild(body.getChild(0));
    t.equal(body.getText(), 'fin\nfin');
  }),

  check('Table rows: a copied template row keeps its formatting', `${DOC}/table#appendTableRow(TableRow)`, (t) => {
    const body = t.document().getBody();
    const table = body.appendTable([
      ['Poste', 'Montant'],
      ['{{poste}}', '{{montant}}'],
    ]);
    table.getCell(1, 0).editAsText().setBold(true);
    const template = table.getRow(1);
    for (const poste of ['Salles', 'Transport']) table.appendTableRow(template.copy()).replaceText('\\{\\{poste\\}\\}', poste);
    table.removeRow(1);
    t.equal([table.getNumRows(), table.getCell(2, 0).getText()], [3, 'Transport']);
    t.equal(table.getCell(1, 0).editAsText().isBold(), true, 'bold kept');
  }),

  check('Text: inclusive end offsets, mixed formatting as null, attribute indices', `${DOC}/text#setBold(Integer,Integer,Boolean)`, (t) => {
    const text = t.document().getBody().appendParagraph('Montant total : 100 000 XOF').editAsText();
    text.setBold(16, 22, true).setForegroundColor(16, 22, '#cc0000');
    t.equal([text.isBold(15), text.isBold(16), text.isBold(22), text.isBold(23)], [null, true, true, null], 'per offset');
    t.equal(text.isBold(), null, 'mixed');
    t.equal(text.getForegroundColor(20), '#cc0000', 'colour');
    t.equal(text.getTextAttributeIndices(), [0, 16, 23]);
    const ab = t.document().getBody().appendParagraph('ab').editAsText();
    t.throws(() => ab.setBold(1, 3, true), 'Index (3) must be less than the content length (2).', 'setBold past the end');
    t.throws(() => ab.deleteText(0, 2), 'Index (2) must be less than the content length (2).', 'deleteText past the end');
  }),

  check(
    'Text: insertText takes the formatting before it; deleteText is inclusive; setText keeps the first character’s',
    `${DOC}/text#insertText(Integer,String)`,
    (t) => {
      const body = t.document().getBody();
      const text = body.appendParagraph('Bonjour').editAsText();
      text.setBold(true);
      text.insertText(7, ' Awa');
      t.equal([text.getText(), text.isBold(9)], ['Bonjour Awa', true], 'insert');
      text.deleteText(0, 7);
      t.equal(text.getText(), 'Awa', 'delete');
      text.appendText('!');
      const p = body.appendParagraph('{{titre}}');
      p.editAsText().setBold(true);
      p.setText('Convention');
      t.equal([p.getText(), p.editAsText().isBold()], ['Convention', true], 'setText');
      const editable = body.editAsText();
      t.equal(editable.getText(), '\nAwa!\nConvention', 'the body as one text');
    },
  ),

  // "the pattern is a regular expression string"; matched independently against each text element.
  check('replaceText: a regular expression, (?i), never across paragraphs', `${DOC}/body#replaceText(String,String)`, (t) => {
    const body = t.document().getBody();
    body.appendParagraph('Réf. 2026-001 et 2026-002');
    body.appendParagraph('début {{bloc');
    body.appendParagraph('fin}}');
    body.appendParagraph('CONVENTION');
    body.replaceText('2026-\\d{3}', 'N°');
    body.replaceText('\\{\\{bloc[\\s\\S]*\\}\\}', 'X');
    body.replaceText('(?i)convention', 'Accord');
    t.equal(body.getText(), '\nRéf. N° et N°\ndébut {{bloc\nfin}}\nAccord');
  }),

  check('replaceText keeps the formatting of the first replaced character', `${DOC}/text#replaceText(String,String)`, (t) => {
    const text = t.document().getBody().appendParagraph('Partenaire : {{partenaire.nom}}.').editAsText();
    text.setBold(13, 30, true);
    text.replaceText('\\{\\{partenaire\\.nom\\}\\}', 'Association des Jeunes');
    t.equal(text.getText(), 'Partenaire : Association des Jeunes.');
    t.equal([text.isBold(13), text.isBold(34), text.isBold(35)], [true, true, null]);
  }),

  check('findText: successive matches, offsets, element and parent', `${DOC}/body#findText(String,RangeElement)`, (t) => {
    const body = t.document().getBody();
    body.appendParagraph('{{a}} puis {{b}}');
    body.appendParagraph('{{c}}');
    const found: string[] = [];
    for (let r = body.findText('\\{\\{\\w+\\}\\}'); r; r = body.findText('\\{\\{\\w+\\}\\}', r)) {
      found.push(
        r
          .getElement()
          .asText()
          .getText()
          .slice(r.getStartOffset(), r.getEndOffsetInclusive() + 1),
      );
    }
    t.equal(found, ['{{a}}', '{{b}}', '{{c}}'], 'matches');
    const whole = body.findText('\\{\\{c\\}\\}')!;
    t.equal(
      [whole.isPartial(), String(whole.getElement().getType()), whole.getElement().getParent().asParagraph().getText()],
      [false, 'TEXT', '{{c}}'],
      'a whole match',
    );
    t.equal(body.findText('absent'), null, 'no match');
  }),
];
