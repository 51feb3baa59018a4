/**
 * A response sheet is matched to its campaign whatever the shape of its form URL: Google hands
 * out `/forms/d/<file id>/…` and `/forms/d/e/<published id>/…`, with or without `?usp=…`.
 */
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { records } from '../support/demo-sheets';
import { admin, create, draft, FULL, linksByAddress, respond, send, surveyWorkbook, type SurveyWorkbook } from './surveys-support';
import { seededPerFile } from '../support/workbooks';

let wb: SurveyWorkbook;
let campaignId: string;
let links: string[];

/** Seeded once for the file; every test starts from this state, restored. */
const seeded = seededPerFile(() => {
  let partnerIds: string[];
  ({ wb, partnerIds } = surveyWorkbook(12));
  campaignId = create(wb, draft(partnerIds.slice(0, 10))).id;
  send(wb, campaignId);
  links = [...linksByAddress(wb).values()];
  // Without the form-submit trigger (installed with the campaign), each test delivers the event itself.
  wb.world.run(
    () => {
      for (const t of ScriptApp.getProjectTriggers()) if (t.getEventType() === ScriptApp.EventType.ON_FORM_SUBMIT) ScriptApp.deleteTrigger(t);
    },
    { user: admin },
  );
  return wb;
});
beforeEach(() => {
  wb = seeded();
});

const campaign = () => records(wb, CAMPAIGNS).find((c) => c.id === campaignId)!;
const stored = () => records(wb, RESPONSES).length;

/** The form-submit event of a response sheet whose getFormUrl() returns `formUrl`. */
function submitEvent(formUrl: string) {
  const name = String(campaign().responseSheet);
  return { range: { getSheet: () => ({ getFormUrl: () => formUrl, getName: () => name }) } };
}

const deliver = (event: unknown) =>
  wb.world.run(() => (wb.context.onSurveySubmit as (e: unknown) => void)(event), { user: admin, cause: 'trigger:onFormSubmit' });

describe('campaignOfSheet through onSurveySubmit', () => {
  it('the response sheet as the emulator links it (Sheet.getFormUrl)', () => {
    respond(wb, campaignId, links[0], FULL);
    const range = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(String(campaign().responseSheet))!.getRange(2, 1));
    deliver({ range });
    expect(stored()).toBe(1);
  });

  it.each([
    ['edit URL', (id: string) => `https://docs.google.com/forms/d/${id}/edit`],
    ['viewform URL', (id: string) => `https://docs.google.com/forms/d/${id}/viewform`],
    ['viewform URL with ?usp=', (id: string) => `https://docs.google.com/forms/d/${id}/viewform?usp=sf_link`],
    ['Workspace domain URL', (id: string) => `https://docs.google.com/a/ajcad-mali.org/forms/d/${id}/viewform`],
  ])('a form URL by file ID: %s', (_shape, url) => {
    respond(wb, campaignId, links[0], FULL);
    expect(stored()).toBe(0);
    deliver(submitEvent(url(String(campaign().formId))));
    expect(stored()).toBe(1);
  });

  it.each([
    ['published viewform URL', (published: string) => published],
    ['published URL with ?usp=', (published: string) => `${published}?usp=sf_link`],
    ['published prefilled URL', (published: string) => `${published}?usp=pp_url&entry.1=x`],
  ])('a response sheet whose form URL uses the published-ID shape: %s', (_shape, url) => {
    const published = String(campaign().formUrl);
    expect(published).toMatch(/\/forms\/d\/e\/[\w-]+\/viewform$/);
    respond(wb, campaignId, links[0], FULL);
    deliver(submitEvent(url(published)));
    expect(stored()).toBe(1);
  });

  it("another form's URL (either shape) stores nothing, even with the sheet's name", () => {
    respond(wb, campaignId, links[0], FULL);
    deliver(submitEvent('https://docs.google.com/forms/d/1OtherFormAbcdefghijklmnopqrstuvwxyz0123456/viewform'));
    deliver(submitEvent('https://docs.google.com/forms/d/e/1FAIpQLSotherPublishedFormAbcdefghijklmnopqrstuvwx/viewform'));
    expect(stored()).toBe(0);
  });
});
