/**
 * DocumentApp on the emulator: documents, body structure, text formatting, tables, lists.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { installEmulator, type World } from '../../src/dev/emulator';
import { setActiveDocument } from '../../src/dev/emulator/document';

let world: World;
beforeEach(() => {
  world = installEmulator(globalThis);
});

describe('DocumentApp and Document', () => {
  it('refuses to open a private document for another user', () => {
    const id = DocumentApp.create('Privé').getId();
    world.run(() => expect(() => DocumentApp.openById(id)).toThrow('You do not have permission to access the requested document.'), { user: 'x@autre.org' });
  });

  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions: « Installable triggers always run under the account of the person who created them ».
  it('opens a document for the trigger creator a trigger runs as, even when Session names no active user', () => {
    const id = DocumentApp.create('Privé').getId();
    world.run(() => expect(DocumentApp.openById(id).getName()).toBe('Privé'), { user: '', effectiveUser: world.owner });
    world.run(() => expect(() => DocumentApp.openById(id)).toThrow('You do not have permission'), { user: '', effectiveUser: 'x@autre.org' });
  });

  it('returns null from getActiveDocument unless the script is bound to a document', () => {
    expect(DocumentApp.getActiveDocument()).toBeNull();
    const doc = DocumentApp.create('Lié');
    setActiveDocument(world, doc.getId());
    expect(DocumentApp.getActiveDocument()?.getId()).toBe(doc.getId());
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

  it('removes a paragraph from its parent', () => {
    const body = DocumentApp.create('R').getBody();
    const p = body.appendParagraph('à retirer');
    body.appendParagraph('reste');
    p.removeFromParent();
    expect(body.getText()).toBe('\nreste');
  });
});

describe('Tables', () => {
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
