/**
 * FormApp emulator: responses, prefilled links, the destination spreadsheet, submit events, simulated respondents.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import type { World } from '../../src/dev/emulator';
import { _submitFromUrl, RespondentError, type SheetSubmitEvent, type FormSubmitEvent } from '../../src/dev/emulator/forms';
import { formsWorld, newSpreadsheet, pacteSurvey } from './forms-support';

let world: World;
beforeEach(() => {
  world = formsWorld();
});

function answer(s: ReturnType<typeof pacteSurvey>, sat: number, nps: number, token: string) {
  return s.form
    .createResponse()
    .withItemResponse(s.satisfaction.createResponse(sat))
    .withItemResponse(s.nps.createResponse(nps))
    .withItemResponse(s.channels.createResponse(['Email', 'Visite']))
    .withItemResponse(s.token.createResponse(token));
}

describe('FormResponse', () => {
  // https://developers.google.com/apps-script/reference/forms/form-response#submit()
  it('stores a submitted response with an id and the clock time; a draft has neither', () => {
    const s = pacteSurvey();
    const draft = answer(s, 4, 9, 'P-001');
    expect(draft.getId()).toBeNull();
    expect(draft.getTimestamp()).toBeNull();
    const sent = draft.submit();
    expect(sent.getId()).toMatch(/^2_ABaOnu/);
    expect(sent.getTimestamp().getTime()).toBe(world.clock.now());
    expect(s.form.getResponses().map((r) => r.getId())).toEqual([sent.getId()]);
    expect(s.form.getResponse(sent.getId()).getEditResponseUrl()).toBe(`${s.form.getPublishedUrl()}?edit2=${sent.getId()}`);
  });

  it('keeps the last answer given for an item, and returns copies of array answers', () => {
    const s = pacteSurvey();
    const r = s.form
      .createResponse()
      .withItemResponse(s.nps.createResponse(3))
      .withItemResponse(s.nps.createResponse(8))
      .withItemResponse(s.channels.createResponse(['Email']));
    const sent = r.submit();
    const channels = sent.getResponseForItem(s.form.getItemById(s.channels.getId())).getResponse() as string[];
    channels.push('Fax');
    expect(sent.getResponseForItem(s.form.getItemById(s.nps.getId())).getResponse()).toBe('8');
    expect(s.form.getResponses()[0].getResponseForItem(s.form.getItemById(s.channels.getId())).getResponse()).toEqual(['Email']);
  });

  // https://developers.google.com/apps-script/reference/forms/form#getResponses(Date)
  it('filters responses by timestamp, and deletes them', () => {
    const s = pacteSurvey();
    answer(s, 3, 5, 'A').submit();
    world.clock.advance(60_000);
    const since = new Date(world.clock.now());
    answer(s, 5, 9, 'B').submit();
    expect(s.form.getResponses(since).length).toBe(1);
    s.form.deleteAllResponses();
    expect(s.form.getResponses()).toEqual([]);
  });

  it('refuses submissions to an unpublished form with its custom closed message', () => {
    const s = pacteSurvey();
    s.form.setCustomClosedFormMessage('Enquête terminée').setAcceptingResponses(true);
    (s.form as unknown as { setPublished(b: boolean): void }).setPublished(false);
    expect(() => answer(s, 4, 9, 'A').submit()).toThrow('Enquête terminée');
    expect(s.form.getResponses()).toEqual([]);
  });

  // Observed: a script cannot fill the form's built-in email field, so submit() fails when email is collected.
  it('refuses a scripted submission when the form collects email addresses', () => {
    const s = pacteSurvey();
    s.form.setCollectEmail(true);
    expect(() => answer(s, 4, 9, 'A').submit()).toThrow('Invalid data updating form.');
  });
});

describe('prefilled links', () => {
  it('lets a simulated partner open the link, answer and submit', () => {
    const s = pacteSurvey();
    const url = s.form.createResponse().withItemResponse(s.token.createResponse('P-042')).toPrefilledUrl();
    const r = _submitFromUrl(world, url, { 'Satisfaction globale': 5, Recommandation: '9', Canaux: ['Visite'], Commentaires: 'Très bien' });
    expect(s.form.getResponses().length).toBe(1);
    const byTitle = Object.fromEntries(r.getItemResponses().map((x) => [x.getItem().getTitle(), x.getResponse()]));
    expect(byTitle).toEqual({ 'Satisfaction globale': '5', Recommandation: '9', Canaux: ['Visite'], Commentaires: 'Très bien', 'Jeton partenaire': 'P-042' });
  });

  it('refuses what the Forms page would refuse, and stores nothing', () => {
    const s = pacteSurvey();
    const url = s.form.getPublishedUrl();
    expect(() => _submitFromUrl(world, url, { Recommandation: 9 })).toThrow('Satisfaction globale: This is a required question');
    expect(() => _submitFromUrl(world, url, { 'Satisfaction globale': 6 })).toThrow(RespondentError);
    expect(() => _submitFromUrl(world, url, { 'Satisfaction globale': 4, Domaine: 'Agriculture' })).toThrow('is not a possible answer');
    s.form.setAcceptingResponses(false);
    expect(() => _submitFromUrl(world, url, { 'Satisfaction globale': 4 })).toThrow('no longer accepting responses');
    expect(s.form.getResponses()).toEqual([]);
  });

  it('accepts one response per signed-in user when the form is limited to one', () => {
    const s = pacteSurvey();
    s.form.setLimitOneResponsePerUser(true);
    const url = s.form.getPublishedUrl();
    _submitFromUrl(world, url, { 'Satisfaction globale': 4 }, { email: 'awa@partenaire.ml' });
    expect(() => _submitFromUrl(world, url, { 'Satisfaction globale': 2 }, { email: 'awa@partenaire.ml' })).toThrow("You've already responded");
    _submitFromUrl(world, url, { 'Satisfaction globale': 2 }, { email: 'ali@partenaire.ml' });
    expect(s.form.getResponses().length).toBe(2);
  });

  it('records the respondent email when the form collects it', () => {
    const s = pacteSurvey();
    s.form.setCollectEmail(true);
    expect(() => _submitFromUrl(world, s.form.getPublishedUrl(), { 'Satisfaction globale': 4 })).toThrow('Email: This is a required question');
    const r = _submitFromUrl(world, s.form.getPublishedUrl(), { 'Satisfaction globale': 4 }, { email: 'awa@partenaire.ml' });
    expect(r.getRespondentEmail()).toBe('awa@partenaire.ml');
  });
});

describe('response destination', () => {
  // https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String)
  // Sheet name and header follow the spreadsheet's locale (observed: fr "Réponses au formulaire 1" / "Horodateur").
  it('adds a first, frozen, linked response sheet named in the spreadsheet locale', () => {
    const s = pacteSurvey();
    const ss = newSpreadsheet(world, 'fr_FR');
    s.form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    const sheet = ss.sheets[0];
    expect(ss.sheets.map((x) => x.name)).toEqual(['Réponses au formulaire 1', 'Feuille 1']);
    expect(sheet.values[0]).toEqual(['Horodateur', 'Satisfaction globale', 'Recommandation', 'Domaine', 'Canaux', 'Commentaires', 'Jeton partenaire']);
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formUrl).toBe(`https://docs.google.com/forms/d/${s.form.getId()}/viewform`);
    expect(s.form.getDestinationId()).toBe(ss.fileId);
    expect(s.form.getDestinationType()).toBe(FormApp.DestinationType.SPREADSHEET);
  });

  it('uses "Form Responses N" / "Timestamp" for an English spreadsheet, numbering past existing sheets', () => {
    const ss = newSpreadsheet(world, 'en_US');
    FormApp.create('a').setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    FormApp.create('b').setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    expect(ss.sheets.map((x) => x.name)).toEqual(['Form Responses 2', 'Form Responses 1', 'Feuille 1']);
    expect(ss.sheets[0].values[0]).toEqual(['Timestamp']);
  });

  it('appends each submission as a row: Date timestamp, numeric scales, checkbox choices joined', () => {
    const s = pacteSurvey();
    const ss = newSpreadsheet(world);
    s.form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    answer(s, 4, 9, 'P-001').submit();
    world.clock.advance(1000);
    answer(s, 2, 0, 'P-002').submit();
    const rows = ss.sheets[0].values;
    expect(rows[1]).toEqual([new Date(world.clock.now() - 1000), 4, 9, '', 'Email, Visite', '', 'P-001']);
    expect(rows[1][0]).toBeInstanceOf(Date);
    expect(rows[2].slice(1, 3)).toEqual([2, 0]);
  });

  it('emits formSubmit with what an onFormSubmit trigger needs, and formSubmit:form', () => {
    const s = pacteSurvey();
    const ss = newSpreadsheet(world);
    ss.timeZone = 'Africa/Bamako';
    s.form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    const sheetEvents: SheetSubmitEvent[] = [];
    const formEvents: FormSubmitEvent[] = [];
    world.on('formSubmit', (e) => sheetEvents.push(e as SheetSubmitEvent));
    world.on('formSubmit:form', (e) => formEvents.push(e as FormSubmitEvent));
    const sent = answer(s, 4, 9, 'P-001').submit();
    expect(sheetEvents).toHaveLength(1);
    const e = sheetEvents[0];
    expect([e.spreadsheetId, e.formId, e.sheetName, e.responseId]).toEqual([ss.fileId, s.form.getId(), 'Réponses au formulaire 1', sent.getId()]);
    expect(e.range).toEqual({ row: 2, column: 1, numRows: 1, numColumns: 7 });
    expect(e.values).toEqual(['12/03/2026 09:00:00', '4', '9', '', 'Email, Visite', '', 'P-001']);
    expect(e.namedValues['Jeton partenaire']).toEqual(['P-001']);
    expect(e.namedValues.Horodateur).toEqual(['12/03/2026 09:00:00']);
    expect(e.response.getId()).toBe(sent.getId());
    expect(formEvents.map((f) => f.responseId)).toEqual([sent.getId()]);
  });

  it('adds a column for a question added after linking, and copies earlier responses on link', () => {
    const s = pacteSurvey();
    answer(s, 3, 7, 'EARLY').submit();
    const ss = newSpreadsheet(world);
    s.form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    expect(ss.sheets[0].values[1][6]).toBe('EARLY');
    s.form.addListItem().setTitle('Région').setChoiceValues(['Kayes', 'Ségou']);
    _submitFromUrl(world, s.form.getPublishedUrl(), { 'Satisfaction globale': 5, Région: 'Ségou' });
    expect(ss.sheets[0].values[0][7]).toBe('Région');
    expect(ss.sheets[0].values[2][7]).toBe('Ségou');
  });

  it('writes one column per grid row', () => {
    const form = FormApp.create('x');
    const grid = form.addGridItem().setTitle('Qualité').setRows(['Accueil', 'Délais']).setColumns(['Bon', 'Mauvais']);
    const ss = newSpreadsheet(world);
    form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    form
      .createResponse()
      .withItemResponse(grid.createResponse(['Bon', 'Mauvais']))
      .submit();
    expect(ss.sheets[0].values[0]).toEqual(['Horodateur', 'Qualité [Accueil]', 'Qualité [Délais]']);
    expect(ss.sheets[0].values[1].slice(1)).toEqual(['Bon', 'Mauvais']);
  });

  it('unlinks on removeDestination: the sheet keeps its rows but loses its form URL', () => {
    const s = pacteSurvey();
    const ss = newSpreadsheet(world);
    s.form.setDestination(FormApp.DestinationType.SPREADSHEET, ss.fileId);
    answer(s, 4, 9, 'P').submit();
    s.form.removeDestination();
    expect(ss.sheets[0].formUrl).toBeNull();
    expect(ss.sheets[0].lastRow()).toBe(2);
    expect(() => s.form.getDestinationId()).toThrow('The form currently has no response destination.');
    answer(s, 4, 9, 'Q').submit();
    expect(ss.sheets[0].lastRow()).toBe(2);
  });

  it('refuses a destination id that is not a spreadsheet', () => {
    const form = FormApp.create('x');
    expect(() => form.setDestination(FormApp.DestinationType.SPREADSHEET, form.getId())).toThrow('No item with the given ID');
  });
});
