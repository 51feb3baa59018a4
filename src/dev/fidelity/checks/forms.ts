/** FormApp: creating forms and items, their rules, prefilled links and scripted responses. */
import { check, type Tester } from '../check';

const FORMS = 'https://developers.google.com/apps-script/reference/forms';

function survey(t: Tester) {
  return addSurveyItems(t.form());
}

/** Pacte's satisfaction survey in small: a 1–5 scale, an NPS 0–10, choices, checkboxes, a comment and a partner token. */
export function addSurveyItems(form: GoogleAppsScript.Forms.Form) {
  const satisfaction = form.addScaleItem().setTitle('Satisfaction globale').setBounds(1, 5).setRequired(true);
  const nps = form.addScaleItem().setTitle('Recommandation').setBounds(0, 10).setLabels('Pas du tout', 'Certainement');
  const domain = form.addMultipleChoiceItem().setTitle('Domaine').setChoiceValues(['Santé', 'Éducation']);
  const channels = form.addCheckboxItem().setTitle('Canaux').setChoiceValues(['Email', 'Téléphone', 'Visite']);
  const comment = form.addParagraphTextItem().setTitle('Commentaires');
  const token = form.addTextItem().setTitle('Jeton partenaire');
  return { form, satisfaction, nps, domain, channels, comment, token };
}

/** Form.setPublished exists in Apps Script but not yet in @types/google-apps-script. */
const publish = (form: GoogleAppsScript.Forms.Form) => (form as unknown as { setPublished(b: boolean): unknown }).setPublished(true);

export const formChecks = [
  check('FormApp.create: edit and responder URLs, openByUrl, unknown ids', `${FORMS}/form#getPublishedUrl()`, (t) => {
    const form = t.form();
    t.equal(form.getEditUrl(), `https://docs.google.com/forms/d/${form.getId()}/edit`, 'edit URL');
    t.match(form.getPublishedUrl(), /^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[A-Za-z0-9_-]{48}\/viewform$/, 'responder URL');
    t.equal(FormApp.openByUrl(form.getEditUrl()).getId(), form.getId(), 'opened by its edit URL');
    t.equal(FormApp.openByUrl(form.getPublishedUrl()).getId(), form.getId(), 'opened by its responder URL');
    t.throws(() => FormApp.openById('nope'), 'No item with the given ID could be found, or you do not have permission to access it.', 'unknown id');
    t.throws(() => FormApp.openById(t.spreadsheet().getId()), 'No item with the given ID could be found', 'a spreadsheet id');
    t.equal(FormApp.getActiveForm(), null, 'no active form in a standalone script');
    form.setTitle('Titre affiché').setDescription('Merci');
    t.equal(
      [form.getTitle(), form.getDescription(), DriveApp.getFileById(form.getId()).getName()],
      ['Titre affiché', 'Merci', 'Pacte fidelity — FormApp.create: edit and responder URLs, openByUrl, unknown ids'],
      'title vs file name',
    );
  }),

  check('Form items: order, types, casts and Google’s conversion error', `${FORMS}/form#getItems(ItemType)`, (t) => {
    const { form, satisfaction, nps, token } = survey(t);
    t.equal(
      form.getItems().map((i) => [i.getTitle(), String(i.getType())]),
      [
        ['Satisfaction globale', 'SCALE'],
        ['Recommandation', 'SCALE'],
        ['Domaine', 'MULTIPLE_CHOICE'],
        ['Canaux', 'CHECKBOX'],
        ['Commentaires', 'PARAGRAPH_TEXT'],
        ['Jeton partenaire', 'TEXT'],
      ],
      'items',
    );
    t.equal(
      form.getItems(FormApp.ItemType.SCALE).map((i) => i.getId()),
      [satisfaction.getId(), nps.getId()],
      'filtered by type',
    );
    t.equal(form.getItemById(nps.getId()).asScaleItem().getUpperBound(), 10, 'asScaleItem');
    t.throws(() => form.getItemById(token.getId()).asScaleItem(), 'Invalid conversion for item type: TEXT', 'wrong cast');
    t.equal(form.getItemById(123), null, 'unknown item id');
    t.equal(
      [nps.getLeftLabel(), nps.getRightLabel(), satisfaction.isRequired(), nps.isRequired()],
      ['Pas du tout', 'Certainement', true, false],
      'labels, required',
    );
  }),

  // "lower bound 0 or 1, upper bound 3 to 10"; Google's refusal text is its generic one (observed).
  check('ScaleItem: bounds 0–1 / 3–10, and responses within them', `${FORMS}/scale-item#setBounds(Integer,Integer)`, (t) => {
    const item = t.form().addScaleItem();
    t.equal([item.getLowerBound(), item.getUpperBound()], [1, 5], 'default bounds');
    t.throws(() => item.setBounds(2, 5), 'Invalid data updating form.', 'lower 2');
    t.throws(() => item.setBounds(1, 11), 'Invalid data updating form.', 'upper 11');
    t.throws(() => item.setBounds(1, 2), 'Invalid data updating form.', 'upper 2');
    t.throws(() => item.createResponse(6), 'Invalid response submitted to item.', 'response 6 of 5');
    t.throws(() => item.createResponse(0), 'Invalid response submitted to item.', 'response 0 of 1–5');
    t.equal(item.createResponse(5).getResponse(), '5', 'a scale response is a string');
  }),

  check('Choice items accept only their choices unless "Other" is shown', `${FORMS}/multiple-choice-item#createResponse(String)`, (t) => {
    const { domain, channels } = survey(t);
    t.equal(
      domain.getChoices().map((c) => c.getValue()),
      ['Santé', 'Éducation'],
      'choices',
    );
    t.throws(() => domain.createResponse('Agriculture'), 'Invalid response submitted to item.', 'multiple choice');
    domain.showOtherOption(true);
    t.equal(domain.createResponse('Agriculture').getResponse(), 'Agriculture', 'with "Other"');
    t.throws(() => channels.createResponse(['Email', 'Fax']), 'Invalid response submitted to item.', 'checkbox');
    channels.setChoices([channels.createChoice('Fax')]);
    t.equal(
      channels.getChoices().map((c) => c.getValue()),
      ['Fax'],
      'setChoices',
    );
  }),

  check('FormResponse.toPrefilledUrl: viewform?usp=pp_url&entry.<id>=<value>, form-encoded', `${FORMS}/form-response#toPrefilledUrl()`, (t) => {
    const s = survey(t);
    const url = s.form
      .createResponse()
      .withItemResponse(s.token.createResponse('P-001 Mali&Co'))
      .withItemResponse(s.channels.createResponse(['Email', 'Téléphone']))
      .toPrefilledUrl();
    t.ok(url.startsWith(`${s.form.getPublishedUrl()}?usp=pp_url&entry.`), 'starts with the responder URL and usp=pp_url');
    t.equal(
      url.slice(url.indexOf('&') + 1).replace(/entry\.\d+/g, 'entry.ID'),
      'entry.ID=Email&entry.ID=T%C3%A9l%C3%A9phone&entry.ID=P-001+Mali%26Co',
      'parameters in form order, ids masked',
    );
    const ids = [...url.matchAll(/entry\.(\d+)=/g)].map((m) => m[1]);
    t.equal([ids[0] === ids[1], ids[1] === ids[2]], [true, false], 'one entry id per item');
  }),

  // "For most types of question items, this returns a String"; CheckboxItem answers are String[].
  check('FormResponse.submit: stored with an id; scale answers as strings, checkboxes as arrays', `${FORMS}/item-response#getResponse()`, (t) => {
    const s = survey(t);
    publish(s.form);
    const draft = s.form
      .createResponse()
      .withItemResponse(s.satisfaction.createResponse(4))
      .withItemResponse(s.nps.createResponse(10))
      .withItemResponse(s.channels.createResponse(['Email', 'Visite']))
      .withItemResponse(s.token.createResponse('P-001'));
    t.equal([draft.getId(), draft.getTimestamp()], [null, null], 'a draft has neither id nor timestamp');
    const sent = draft.submit();
    t.ok(typeof sent.getId() === 'string' && sent.getTimestamp() instanceof Date, 'a submitted response has both');
    const [read] = s.form.getResponses();
    t.equal(
      read.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()]),
      [
        ['Satisfaction globale', '4'],
        ['Recommandation', '10'],
        ['Canaux', ['Email', 'Visite']],
        ['Jeton partenaire', 'P-001'],
      ],
      'answers read back in form order',
    );
    t.equal(read.getResponseForItem(s.form.getItemById(s.comment.getId())), null, 'an unanswered item');
    t.throws(() => s.form.getResponse('2_nope'), 'No response with ID 2_nope exists for this form.', 'unknown response id');
  }),

  check('A closed form refuses scripted submissions with its message', `${FORMS}/form#setAcceptingResponses(Boolean)`, (t) => {
    const s = survey(t);
    publish(s.form);
    s.form.setTitle('Enquête close').setAcceptingResponses(false);
    t.throws(
      () => s.form.createResponse().withItemResponse(s.satisfaction.createResponse(4)).submit(),
      'The form Enquête close is no longer accepting responses.',
    );
    t.equal(s.form.getResponses().length, 0, 'nothing stored');
  }),
];
