/**
 * Reading a template with fewer Docs calls (services/docs/template-doc.ts): the section's one
 * getText() replaces asParagraph()/getText() for paragraphs without {{…}}; the result must be
 * exactly the element-by-element reading, for every default template, for a user-edited one
 * (list items, split runs, tables), and when the section's text disagrees (fallback).
 */
import { setupWorkbook, type TestWorkbook } from '../support/workbook';
import { TEMPLATE_KEYS, TEMPLATES } from '../../src/domain/templates/defaults';
import { createTemplateDoc, readTemplateDocument } from '../../src/services/docs/template-doc';
import { seededPerFile } from '../support/workbooks';

let wb: TestWorkbook;
const DOCS = ['Body.', 'Paragraph.', 'ListItem.', 'Table.', 'TableRow.', 'TableCell.', 'Text.', 'HeaderSection.', 'FooterSection.'];

function create(key: (typeof TEMPLATE_KEYS)[number]): string {
  return wb.world.run(() => createTemplateDoc(TEMPLATES[key], Drive!.Files.create({ name: 'Modèles', mimeType: 'application/vnd.google-apps.folder' }).id!));
}

function readBoth(id: string): { fast: unknown; full: unknown; fastCalls: number; fullCalls: number } {
  return wb.world.run(() => {
    wb.world.log.reset();
    const full = readTemplateDocument(id, 'Le modèle', 'full');
    const fullCalls = wb.world.log.total(...DOCS);
    wb.world.log.reset();
    const fast = readTemplateDocument(id, 'Le modèle');
    return { fast, full, fastCalls: wb.world.log.total(...DOCS), fullCalls };
  });
}

/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  wb = setupWorkbook({ initialise: false });
  return wb;
});

describe('readTemplateDocument', () => {
  it.each(TEMPLATE_KEYS)('default template « %s »: same model as the full reading, with fewer calls', (key) => {
    const { fast, full, fastCalls, fullCalls } = readBoth(create(key));
    expect(fast).toEqual(full);
    expect(fastCalls).toBeLessThan(fullCalls);
  });

  it('a user-edited template: list items, placeholders split across Text elements, syntax in a table, empty paragraphs', () => {
    const id = create('convention');
    wb.world.run(() => {
      const body = DocumentApp.openById(id).getBody();
      body.insertListItem(3, 'Point sans champ');
      body.insertListItem(4, 'Point avec {{partenaire.nom}}');
      body.insertParagraph(5, '');
      const split = body.insertParagraph(6, 'Montant : {{convention.mon');
      split.appendText('tant}} versé').setBold(true);
      body.appendTable([
        ['Cellule {{convention.id}}', 'sans champ'],
        ['', '{{date}}'],
      ]);
      body.appendParagraph('Fin du document.');
    });
    const { fast, full, fastCalls, fullCalls } = readBoth(id);
    expect(fast).toEqual(full);
    expect(fastCalls).toBeLessThan(fullCalls);
    const blocks = (fast as { body: { kind: string; list?: boolean; runs?: { text: string; element?: number }[] }[] }).body;
    expect(blocks[3]).toEqual({ kind: 'paragraph', runs: [{ text: 'Point sans champ' }], list: true });
    expect(blocks[6].runs).toEqual([
      { text: 'Montant : {{convention.mon', element: 0 },
      { text: 'tant}} versé', element: 1 },
    ]);
  });

  it('falls back to the full reading when the section text does not line up with its children', () => {
    const id = create('mou');
    const { full } = readBoth(id);
    const fast = wb.world.run(() => {
      const body = DocumentApp.openById(id).getBody();
      const proto = Object.getPrototypeOf(body) as { getText: () => string };
      const original = proto.getText;
      // A Docs version rendering the section's text differently (tables with tabs, say).
      proto.getText = function (this: unknown) {
        return original.call(this).replace(/\n/g, '\t');
      };
      try {
        return readTemplateDocument(id, 'Le modèle');
      } finally {
        proto.getText = original;
      }
    });
    expect(fast).toEqual(full);
  });
});
