/**
 * Pacte under the narrowest scopes of its manifest (drive.file, spreadsheets.currentonly), through
 * the built bundle: no DriveApp call (its methods need the restricted `drive` scope), a template
 * the organisation brought from elsewhere, sharing without Drive's e-mails, and survey answers
 * when Google refuses to link the form to the spreadsheet.
 */
import { ORGANISATION, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { _pickWithGooglePicker, driveNotices } from '../../src/dev/emulator/drive-v3';
import { SETTINGS } from '../../src/domain/schema/tables';
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { records } from '../support/demo-sheets';
import { admin, chargee, create, draft, FULL, linksByAddress, list, respond, send, surveyWorkbook } from './surveys-support';
import { bareConventionDraft } from '../support/convention-draft';

const { officer } = USERS;
const docId = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];

describe('conventions and templates on drive.file', () => {
  let wb: PartnersWorkbook;
  let partnerId: string;
  const generate = () => wb.call('generateConvention', [bareConventionDraft(partnerId)], { user: officer });
  const detail = (id: string) => wb.call('getConvention', [id], { user: officer });

  const seeded = seededPerFile(() => workbookWithPartners([{ name: 'Fondation Sahel', type: 'Fondation', category: 'Financier', region: 'Mopti' }]));

  beforeEach(() => {
    wb = seeded();
    [partnerId] = wb.partnerIds;
  });

  it('creates folders, Docs and PDFs through Drive v3 only, shares the folder once, never e-mails through Drive', () => {
    const first = generate();
    expect(wb.world.log.total('DriveApp.', 'File.', 'Folder.')).toBe(0);
    expect(wb.world.log.count('Drive.Files.copy')).toBe(1);
    expect(wb.world.log.count('Drive.Permissions.create')).toBeGreaterThan(0);
    expect(driveNotices(wb.world)).toEqual([]);
    // The team opens the Doc and the PDF through the folder's access (admin, the other officers, the readers).
    for (const user of [USERS.admin, USERS.otherOfficer, USERS.reader]) {
      expect(wb.world.inspect(() => DocumentApp.openByUrl(first.convention.docUrl).getName(), user)).toContain('Fondation Sahel');
    }
    wb.world.log.reset();
    generate();
    expect(wb.world.log.count('Drive.Permissions.create')).toBe(0); // nobody new to share with
  });

  it('a template the organisation wrote elsewhere (its ID pasted in Paramètres › Modèles) is copied by Pacte, header included', () => {
    const defaults = wb.call('prepareTemplates', [], { user: officer });
    const pacteTemplate = defaults.find((t) => t.key === 'convention')!.docId;
    // The organisation's own Doc, made in Docs (not through Pacte): drive.file does not reach it.
    const theirs = wb.world.inspect(() => {
      const copy = DriveApp.getFileById(pacteTemplate).makeCopy('Notre convention type');
      DocumentApp.openById(copy.getId()).getBody().appendParagraph('Clause propre à notre organisation : {{partenaire.nom}}.');
      return copy.getId();
    }, officer);
    wb.world.inspect(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS.sheetName)!;
      const rows = sheet.getDataRange().getValues();
      const r = rows.findIndex((row) => row[0] === 'Modèles' && row[1] === 'Convention de partenariat');
      sheet.getRange(r + 1, 3).setValue(theirs);
    });
    expect(() => wb.world.run(() => Drive!.Files.get(theirs), { user: officer })).toThrow(`File not found: ${theirs}.`);

    wb.world.log.reset();
    const made = generate();
    const doc = wb.world.inspect(() => {
      const d = DocumentApp.openById(docId(made.convention.docUrl));
      return { text: d.getBody().getText(), header: d.getHeader()?.getText() ?? '' };
    }, officer);
    expect(doc.text).toContain('Clause propre à notre organisation : Fondation Sahel.');
    expect(doc.text).not.toMatch(/\{\{|\}\}/);
    // The template's header came along (and was filled).
    expect(wb.world.inspect(() => DocumentApp.openById(theirs).getHeader()!.getText())).toContain('{{convention.id}}');
    expect(doc.header).toBe(`${ORGANISATION} · Convention de partenariat ${made.convention.id} · version 1`);
    expect(wb.world.log.count('Drive.Files.create')).toBe(3); // the partner's folder (first use), Pacte's copy of the template, the PDF
    expect(detail(made.convention.id).convention.pdfUrl).toMatch(/^https:\/\/drive\.google\.com\/file\/d\//);

    // Once the user picks it in the Google Picker, Drive copies it whole.
    _pickWithGooglePicker(wb.world, theirs, officer);
    wb.world.log.reset();
    generate();
    expect(wb.world.log.count('Drive.Files.create')).toBe(1); // the PDF only
  });
});

describe('survey answers when Google refuses Form.setDestination under spreadsheets.currentonly (the default reading)', () => {
  it('the campaign has no response sheet, and its answers arrive through the catch-up sync, once each', () => {
    const { wb, partnerIds } = surveyWorkbook(4, {});
    wb.call('installTriggers', [], { user: admin });
    const c = create(wb, draft(partnerIds));
    expect(records(wb, CAMPAIGNS)[0].responseSheet).toBe('');
    expect(
      wb.world.inspect(() =>
        SpreadsheetApp.getActiveSpreadsheet()
          .getSheets()
          .filter((s) => s.getFormUrl()),
      ),
    ).toHaveLength(0);
    send(wb, c.id);
    const links = [...linksByAddress(wb).values()];
    respond(wb, c.id, links[0], FULL);
    respond(wb, c.id, links[1], { ...FULL, comments: '=1+1' });
    expect(records(wb, RESPONSES)).toHaveLength(0); // no submit trigger fires without a linked sheet
    const report = wb.call('syncSurveyResponses', [c.id], { user: chargee });
    expect(report[0].stored).toBe(2);
    expect(records(wb, RESPONSES).map((r) => r.comments)).toEqual(['', '=1+1']);
    expect(wb.call('syncSurveyResponses', [c.id], { user: chargee })[0].stored).toBe(0);
    expect(list(wb)[0].answered).toBe(2);
  });
});
