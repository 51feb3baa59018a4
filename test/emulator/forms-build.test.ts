/** FormApp emulator: creating and opening forms, items and their rules, settings, publishing. */
import type { World } from '../../src/dev/emulator';
import { MimeTypes } from '../../src/dev/emulator/core/drive-store';
import { formsWorld, pacteSurvey } from './forms-support';

let world: World;
beforeEach(() => {
  world = formsWorld();
});

describe('FormApp', () => {
  // https://developers.google.com/apps-script/reference/forms/form-app#create(String)
  it('creates a form as a Drive file whose id opens it again', () => {
    const form = FormApp.create('Enquête');
    const rec = world.drive.get(form.getId())!;
    expect(rec.mimeType).toBe(MimeTypes.FORM);
    expect(rec.name).toBe('Enquête');
    expect(FormApp.openById(form.getId()).getTitle()).toBe('Enquête');
  });

  // https://developers.google.com/apps-script/reference/forms/form#getPublishedUrl()
  it('gives the edit URL and the responder URL (/forms/d/e/<publishedId>/viewform)', () => {
    const form = FormApp.create('Enquête');
    expect(form.getEditUrl()).toBe(`https://docs.google.com/forms/d/${form.getId()}/edit`);
    expect(form.getPublishedUrl()).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[A-Za-z0-9_-]{48}\/viewform$/);
    expect(FormApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(FormApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
  });

  // Same message as the other services' openById for an id that does not open (observed).
  it('refuses an unknown id, and a Drive id that is not a form', () => {
    expect(() => FormApp.openById('nope')).toThrow('No item with the given ID could be found, or you do not have permission to access it.');
    const sheetFile = world.drive.create('x', MimeTypes.SPREADSHEET, world.owner);
    expect(() => FormApp.openById(sheetFile.id)).toThrow('No item with the given ID');
  });

  // https://developers.google.com/apps-script/reference/forms/form-app#getActiveForm() — null unless bound to a form.
  it('has no active form in a spreadsheet-bound script', () => {
    expect(FormApp.getActiveForm()).toBeNull();
  });

  it('counts calls per Class.method and throws for methods it does not emulate', () => {
    const form = FormApp.create('x');
    form.addScaleItem().setTitle('a');
    expect(world.log.count('FormApp.create')).toBe(1);
    expect(world.log.count('ScaleItem.setTitle')).toBe(1);
    expect(() => (form as unknown as { addDateItem(): void }).addDateItem()).toThrow('Not emulated: Form.addDateItem');
  });

  it('keeps the Drive file name when the form title changes', () => {
    const form = FormApp.create('Fichier').setTitle('Titre affiché').setDescription('Merci');
    expect(form.getTitle()).toBe('Titre affiché');
    expect(form.getDescription()).toBe('Merci');
    expect(world.drive.get(form.getId())!.name).toBe('Fichier');
  });
});

describe('ScaleItem', () => {
  // https://developers.google.com/apps-script/reference/forms/scale-item#setBounds(Integer,Integer)
  // "lower bound 0 or 1, upper bound 3 to 10"; Google's refusal text is its generic one (observed).
  it('accepts bounds 0–1 / 3–10 only', () => {
    const form = FormApp.create('x');
    const item = form.addScaleItem();
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([1, 5]);
    item.setBounds(0, 10);
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([0, 10]);
    expect(() => item.setBounds(2, 5)).toThrow('Invalid data updating form.');
    expect(() => item.setBounds(1, 11)).toThrow('Invalid data updating form.');
    expect(() => item.setBounds(1, 2)).toThrow('Invalid data updating form.');
    expect([item.getLowerBound(), item.getUpperBound()]).toEqual([0, 10]);
  });

  // https://developers.google.com/apps-script/reference/forms/scale-item#createResponse(Integer) — throws outside the bounds.
  it('refuses a response outside its bounds', () => {
    const { satisfaction } = pacteSurvey();
    expect(() => satisfaction.createResponse(6)).toThrow('Invalid response submitted to item.');
    expect(() => satisfaction.createResponse(0)).toThrow();
    expect(satisfaction.createResponse(5).getResponse()).toBe('5');
  });

  it('keeps labels, help text and the required flag', () => {
    const { nps, satisfaction } = pacteSurvey();
    nps.setHelpText('0 = pas du tout');
    expect([nps.getLeftLabel(), nps.getRightLabel(), nps.getHelpText()]).toEqual(['Pas du tout', 'Certainement', '0 = pas du tout']);
    expect(satisfaction.isRequired()).toBe(true);
    expect(nps.isRequired()).toBe(false);
  });
});

describe('Form items', () => {
  // https://developers.google.com/apps-script/reference/forms/form#getItems(ItemType)
  it('lists items in order, filtered by type, with their ItemType', () => {
    const { form, satisfaction, nps } = pacteSurvey();
    expect(form.getItems().map((i) => i.getTitle())).toEqual([
      'Satisfaction globale',
      'Recommandation',
      'Domaine',
      'Canaux',
      'Commentaires',
      'Jeton partenaire',
    ]);
    const scales = form.getItems(FormApp.ItemType.SCALE);
    expect(scales.map((i) => i.getId())).toEqual([satisfaction.getId(), nps.getId()]);
    expect(scales[0].getType()).toBe(FormApp.ItemType.SCALE);
    expect(String(form.getItems()[4].getType())).toBe('PARAGRAPH_TEXT');
  });

  // https://developers.google.com/apps-script/reference/forms/item#asScaleItem() — throws for another type.
  it('casts a generic Item to its own type only', () => {
    const { form, nps, token } = pacteSurvey();
    const item = form.getItemById(nps.getId());
    expect(item.asScaleItem().getUpperBound()).toBe(10);
    expect(() => form.getItemById(token.getId()).asScaleItem()).toThrow(/^Invalid conversion for item type: TEXT$/);
    expect(form.getItemById(123)).toBeNull();
  });

  // https://developers.google.com/apps-script/reference/forms/form#moveItem(Integer,Integer)
  it('moves and deletes items by index or by item', () => {
    const { form, satisfaction, token, comment } = pacteSurvey();
    form.moveItem(form.getItemById(token.getId()), 0);
    expect(form.getItems()[0].getId()).toBe(token.getId());
    expect(satisfaction.getIndex()).toBe(1);
    form.deleteItem(0);
    form.deleteItem(form.getItemById(comment.getId()));
    expect(form.getItems().map((i) => i.getTitle())).toEqual(['Satisfaction globale', 'Recommandation', 'Domaine', 'Canaux']);
  });

  // https://developers.google.com/apps-script/reference/forms/multiple-choice-item#createResponse(String)
  it('accepts only listed choices unless "Other" is shown', () => {
    const { domain, channels } = pacteSurvey();
    expect(domain.getChoices().map((c) => c.getValue())).toEqual(['Santé', 'Éducation']);
    expect(() => domain.createResponse('Agriculture')).toThrow('Invalid response submitted to item.');
    domain.showOtherOption(true);
    expect(domain.hasOtherOption()).toBe(true);
    expect(domain.createResponse('Agriculture').getResponse()).toBe('Agriculture');
    expect(() => channels.createResponse(['Email', 'Fax'])).toThrow('Invalid response submitted to item.');
    channels.setChoices([channels.createChoice('Fax')]);
    expect(channels.getChoices().map((c) => c.getValue())).toEqual(['Fax']);
  });

  it('builds grid items and checks each row answer against the columns', () => {
    const form = FormApp.create('x');
    const grid = form.addGridItem().setTitle('Qualité').setRows(['Accueil', 'Délais']).setColumns(['Bon', 'Mauvais']);
    expect(grid.getRows()).toEqual(['Accueil', 'Délais']);
    expect(grid.createResponse(['Bon', null as unknown as string]).getResponse()).toEqual(['Bon', '']);
    expect(() => grid.createResponse(['Excellent', 'Bon'])).toThrow('Invalid response submitted to item.');
  });

  // https://developers.google.com/apps-script/reference/forms/scale-item#duplicate()
  it('duplicates an item to the end of the form with a new id', () => {
    const { form, nps } = pacteSurvey();
    const copy = nps.duplicate();
    expect(copy.getId()).not.toBe(nps.getId());
    expect(copy.getIndex()).toBe(form.getItems().length - 1);
    expect([copy.getTitle(), copy.getLowerBound(), copy.getUpperBound()]).toEqual(['Recommandation', 0, 10]);
  });

  it('adds section headers and page breaks as layout items', () => {
    const form = FormApp.create('x');
    form.addSectionHeaderItem().setTitle('Partie 2').setHelpText('Vos remarques');
    form.addPageBreakItem().setTitle('Page 2');
    expect(form.getItems().map((i) => String(i.getType()))).toEqual(['SECTION_HEADER', 'PAGE_BREAK']);
    expect(form.getItems()[0].asSectionHeaderItem().getHelpText()).toBe('Vos remarques');
  });
});

describe('Form settings and publishing', () => {
  it('keeps its settings', () => {
    const form = FormApp.create('x')
      .setCollectEmail(true)
      .setLimitOneResponsePerUser(true)
      .setAllowResponseEdits(true)
      .setConfirmationMessage('Merci !')
      .setProgressBar(true)
      .setShowLinkToRespondAgain(false)
      .setCustomClosedFormMessage('Enquête close');
    expect([form.collectsEmail(), form.hasLimitOneResponsePerUser(), form.canEditResponse(), form.hasProgressBar(), form.hasRespondAgainLink()]).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    expect([form.getConfirmationMessage(), form.getCustomClosedFormMessage()]).toEqual(['Merci !', 'Enquête close']);
  });

  // https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms — "forms created by
  // the API will be published by default through June 30, 2026 […] forms created by the API after June 30,
  // 2026 will be created in an unpublished state. You must publish the forms before they can accept responses."
  it('creates published forms through June 30, 2026 and unpublished ones after', () => {
    type Publishable = { isPublished(): boolean; isAcceptingResponses(): boolean; setPublished(b: boolean): unknown };
    world.clock.set(new Date('2026-06-30T09:59:59Z'));
    const june = FormApp.create('juin') as unknown as Publishable;
    expect([june.isPublished(), june.isAcceptingResponses()]).toEqual([true, true]);
    world.clock.set(new Date('2026-07-01T08:00:00Z'));
    const july = FormApp.create('juillet') as unknown as Publishable;
    expect([july.isPublished(), july.isAcceptingResponses()]).toEqual([false, false]);
    july.setPublished(true);
    expect(july.isAcceptingResponses()).toBe(true);
  });

  it('stops accepting responses when unpublished', () => {
    const form = FormApp.create('x') as GoogleAppsScript.Forms.Form & { setPublished(b: boolean): unknown; supportsAdvancedResponderPermissions(): boolean };
    expect(form.supportsAdvancedResponderPermissions()).toBe(true);
    form.setPublished(false);
    expect(form.isAcceptingResponses()).toBe(false);
    form.setAcceptingResponses(true);
    expect(form.isAcceptingResponses()).toBe(false);
  });
});
