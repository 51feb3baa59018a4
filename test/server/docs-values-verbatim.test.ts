/**
 * User text with `$` and `\` comes out verbatim in the generated Docs, whatever replaceText does
 * with them (Google does not document it: the emulator runs both readings, see
 * test/emulator/document-text.test.ts). Pacte writes values by offsets, never as a replacement.
 */
import { seedRows } from '../support/demo-sheets';
import { seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { OPPORTUNITIES } from '../../src/domain/schema/tables';

const PARTNER = 'Fonds $1 & Cie';
const AMOUNT = '1 500 $';
const PATH = 'C:\\dossier\\n';

describe.each(['java', 'literal'] as const)('replaceText replacement read as %s', (docsReplacement) => {
  let wb: PartnersWorkbook;
  let partnerId: string;
  let opportunityId: string;

  const docText = (url: string): { text: string; header: string; name: string } =>
    wb.world.run(() => {
      const doc = DocumentApp.openByUrl(url);
      return { text: doc.getBody().getText(), header: doc.getHeader()?.getText() ?? '', name: doc.getName() };
    });

  const seeded = seededPerFile(() => {
    const w = workbookWithPartners([{ name: PARTNER, acronym: '$$', type: 'Fondation', category: 'Financier', country: 'Mali', region: 'Mopti' }], {
      world: { docsReplacement },
    });
    const [opportunity] = seedRows(w, OPPORTUNITIES, [
      { partnerId: w.partnerIds[0], title: 'Appui $2', stage: 'Négociation', amount: 1500000, currency: 'XOF' },
    ]);
    return Object.assign(w, { opportunityId: opportunity });
  });

  beforeEach(() => {
    wb = seeded();
    [partnerId] = wb.partnerIds;
    opportunityId = seeded().opportunityId;
  });

  it('convention: partner name, purpose and commitment label verbatim (paragraphs and repeated rows)', () => {
    const detail = wb.call(
      'generateConvention',
      [
        {
          partnerId,
          opportunityId,
          type: 'Convention de partenariat',
          startDate: '2026-03-01',
          endDate: '2027-02-28',
          amount: 1500000,
          inKind: null,
          purpose: `verser ${AMOUNT} et archiver sous ${PATH}`,
          commitments: [{ kind: 'Versement', label: `Tranche de ${AMOUNT} — ${PATH}`, due: '2026-04-15', party: 'Partenaire', amount: 750000 }],
        },
      ],
      { user: USERS.officer },
    );
    const doc = docText(detail.convention.docUrl);
    expect(doc.text).toContain(`verser ${AMOUNT} et archiver sous ${PATH}`);
    expect(doc.text).toContain(PARTNER);
    expect(doc.text).toContain(`Tranche de ${AMOUNT} — ${PATH}`);
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
    expect(doc.header).toMatch(/^.+ · Convention de partenariat CONV-\d+ · version 1$/);
    expect(doc.name).toContain(PARTNER);
  });

  it('meeting brief: partner name, objectives and key messages verbatim', () => {
    const link = wb.call('createMeetingBrief', [partnerId, { objectives: `Obtenir ${AMOUNT}`, keyMessages: `Pièces dans ${PATH}` }], {
      user: USERS.officer,
    });
    const doc = docText(link.url);
    expect(doc.text).toContain(PARTNER);
    expect(doc.text).toContain(`Obtenir ${AMOUNT}`);
    expect(doc.text).toContain(`Pièces dans ${PATH}`);
    expect(doc.text).toContain('$$'); // the acronym
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
  });
});
