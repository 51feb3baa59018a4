/** DocumentApp on the emulator: documents, body structure, text formatting, tables, lists. */
import { installEmulator, type World } from '../../src/dev/emulator';
import { setActiveDocument } from '../../src/dev/emulator/document';

let world: World;
beforeEach(() => {
  world = installEmulator(globalThis);
});

describe('DocumentApp and Document', () => {
  // Observed: a new Doc's body holds one empty paragraph.
  it('creates a document holding one empty paragraph, stored in Drive', () => {
    const doc = DocumentApp.create('Convention PAR-0001');
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(body.getText()).toBe('');
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
    expect(DriveApp.getFileById(doc.getId()).getMimeType()).toBe('application/vnd.google-apps.document');
  });

  it('opens a document by ID and by URL, seeing the same content', () => {
    const doc = DocumentApp.create('Note');
    doc.getBody().appendParagraph('Bonjour');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toBe('\nBonjour');
    expect(DocumentApp.openByUrl(doc.getUrl()).getName()).toBe('Note');
  });

  it('refuses to open an unknown ID, or a private document for another user', () => {
    expect(() => DocumentApp.openById('1inconnu')).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    const id = DocumentApp.create('Privé').getId();
    world.run(() => expect(() => DocumentApp.openById(id)).toThrow('You do not have permission to access the requested document.'), { user: 'x@autre.org' });
  });

  it('returns null from getActiveDocument unless the script is bound to a document', () => {
    expect(DocumentApp.getActiveDocument()).toBeNull();
    const doc = DocumentApp.create('Lié');
    setActiveDocument(world, doc.getId());
    expect(DocumentApp.getActiveDocument()?.getId()).toBe(doc.getId());
  });

  it('cannot be edited through the same Document object after saveAndClose', () => {
    const doc = DocumentApp.create('Fermé');
    doc.saveAndClose();
    expect(() => doc.getBody()).toThrow('Document is closed, its contents cannot be updated.');
    expect(DocumentApp.openById(doc.getId()).getBody().getNumChildren()).toBe(1);
  });

  it('adds a header and footer once', () => {
    const doc = DocumentApp.create('HF');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('AJCAD — Convention');
    doc.addFooter().setText('Page de signature');
    expect(doc.getHeader()?.getText()).toBe('\nAJCAD — Convention');
    expect(doc.addHeader().getNumChildren()).toBe(2);
    expect(doc.getFooter()?.getText()).toBe('Page de signature');
  });
});

describe('Body structure', () => {
  it('appends and inserts paragraphs, list items, tables and page breaks in order', () => {
    const body = DocumentApp.create('S').getBody();
    body.getChild(0).asParagraph().setText('Titre');
    body.appendParagraph('Intro');
    body.insertParagraph(1, 'Préambule');
    body.appendListItem('Point 1');
    const pb = body.appendPageBreak();
    expect(pb.getType()).toBe(DocumentApp.ElementType.PAGE_BREAK);
    expect(pb.getParent().getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    const types = Array.from({ length: body.getNumChildren() }, (_, i) => String(body.getChild(i).getType()));
    expect(types).toEqual(['PARAGRAPH', 'PARAGRAPH', 'PARAGRAPH', 'LIST_ITEM', 'PARAGRAPH']);
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['Titre', 'Préambule', 'Intro', 'Point 1', '']);
    expect(body.getListItems()).toHaveLength(1);
  });

  // Observed: a section cannot end with a table, so Docs keeps an empty paragraph after an appended table.
  it('appends a table from a 2-D array, followed by an empty paragraph', () => {
    const body = DocumentApp.create('T').getBody();
    const table = body.appendTable([
      ['Rubrique', 'Montant'],
      ['Frais', '100 000'],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChildIndex(table)).toBe(1);
    expect(body.getChild(2).getType()).toBe(DocumentApp.ElementType.PARAGRAPH);
    expect(table.getNumRows()).toBe(2);
    expect(table.getCell(1, 1).getText()).toBe('100 000');
    expect(body.getTables()).toHaveLength(1);
  });

  // Message quoted in scripts that hit it (observed); the reference is silent.
  it("refuses to remove the body's last paragraph", () => {
    const body = DocumentApp.create('R').getBody();
    const last = body.appendParagraph('fin');
    expect(() => last.removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    expect(() => body.removeChild(last)).toThrow("Can't remove the last paragraph in a document section.");
    body.removeChild(body.getChild(0));
    expect(body.getText()).toBe('fin');
  });

  it('reports a child index out of range', () => {
    const body = DocumentApp.create('I').getBody();
    expect(() => body.getChild(3)).toThrow('Child index (3) must be less than the number of child elements (1).');
  });

  it('requires an element to be detached before inserting it, and copy() gives a detached one', () => {
    const body = DocumentApp.create('C').getBody();
    const p = body.appendParagraph('bloc');
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    body.appendParagraph(p.copy());
    expect(body.getText()).toBe('\nbloc\nbloc');
  });

  it('clears to a single empty paragraph and sets text line by line', () => {
    const body = DocumentApp.create('X').getBody();
    body.appendParagraph('a');
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    body.setText('un\ndeux');
    expect(body.getParagraphs().map((p) => p.getText())).toEqual(['un', 'deux']);
  });

  it('navigates siblings and parents, and knows the document end', () => {
    const body = DocumentApp.create('N').getBody();
    const a = body.appendParagraph('a');
    const b = body.appendParagraph('b');
    expect(a.getNextSibling().asParagraph().getText()).toBe('b');
    expect(b.getPreviousSibling().asParagraph().getText()).toBe('a');
    expect(b.getNextSibling()).toBeNull();
    expect(b.isAtDocumentEnd()).toBe(true);
    expect(a.isAtDocumentEnd()).toBe(false);
    expect(a.getParent().getType()).toBe(DocumentApp.ElementType.BODY_SECTION);
  });
});

describe('Paragraphs and list items', () => {
  it('sets heading and alignment', () => {
    const p = DocumentApp.create('H').getBody().appendParagraph('Article 1');
    p.setHeading(DocumentApp.ParagraphHeading.HEADING2).setAlignment(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.getHeading()).toBe(DocumentApp.ParagraphHeading.HEADING2);
    expect(p.getAlignment()).toBe(DocumentApp.HorizontalAlignment.CENTER);
    expect(p.getAttributes()[DocumentApp.Attribute.HEADING]).toBe('HEADING2');
  });

  it('appends Text children that can be formatted on their own', () => {
    const p = DocumentApp.create('A').getBody().appendParagraph('Signé par ');
    p.appendText('la Directrice').setBold(true);
    expect(p.getNumChildren()).toBe(2);
    expect(p.getText()).toBe('Signé par la Directrice');
    expect(p.getChild(0).asText().isBold()).toBeNull();
    expect(p.getChild(1).asText().isBold()).toBe(true);
    expect(p.editAsText().isBold(0)).toBeNull();
    expect(p.editAsText().isBold(10)).toBe(true);
  });

  it('keeps consecutive list items in one list, with glyph type and nesting level', () => {
    const body = DocumentApp.create('L').getBody();
    const one = body.appendListItem('un').setGlyphType(DocumentApp.GlyphType.NUMBER);
    const two = body.appendListItem('deux').setNestingLevel(1);
    expect(two.getListId()).toBe(one.getListId());
    expect(one.getGlyphType()).toBe(DocumentApp.GlyphType.NUMBER);
    expect(two.getNestingLevel()).toBe(1);
    body.appendParagraph('fin');
    expect(body.appendListItem('autre liste').getListId()).not.toBe(one.getListId());
  });

  it('removes a paragraph from its parent', () => {
    const body = DocumentApp.create('R').getBody();
    const p = body.appendParagraph('à retirer');
    body.appendParagraph('reste');
    p.removeFromParent();
    expect(body.getText()).toBe('\nreste');
  });
});

describe('Tables', () => {
  it('copies a template row with its formatting and fills one row per item', () => {
    const body = DocumentApp.create('Budget').getBody();
    const table = body.appendTable([
      ['Poste', 'Montant'],
      ['{{poste}}', '{{montant}}'],
    ]);
    table.getCell(1, 0).editAsText().setBold(true);
    const template = table.getRow(1);
    for (const [poste, montant] of [
      ['Salles', '50 000'],
      ['Transport', '75 000'],
    ]) {
      const row = table.appendTableRow(template.copy());
      row.replaceText('\\{\\{poste\\}\\}', poste);
      row.replaceText('\\{\\{montant\\}\\}', montant);
    }
    table.removeRow(1);
    expect(table.getNumRows()).toBe(3);
    expect(table.getRow(2).getCell(0).getText()).toBe('Transport');
    expect(table.getCell(1, 0).editAsText().isBold()).toBe(true);
    expect(table.getCell(1, 1).getParentRow().getParentTable().getNumRows()).toBe(3);
  });

  it('edits cells: append cell, set text, append paragraph, insert row', () => {
    const table = DocumentApp.create('T')
      .getBody()
      .appendTable([['a']]);
    table.getRow(0).appendTableCell('b');
    table.insertTableRow(0).appendTableCell('entête');
    const cell = table.getCell(1, 1);
    cell.appendParagraph('suite');
    expect(cell.getNumChildren()).toBe(2);
    expect(cell.getText()).toBe('b\nsuite');
    cell.setText('B');
    expect(table.getText()).toBe('entête\na\nB');
    expect(table.getRow(1).getNumCells()).toBe(2);
  });
});
