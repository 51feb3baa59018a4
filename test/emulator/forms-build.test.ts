/**
 * FormApp emulator: creating and opening forms, items and their rules, settings, publishing.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
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

  it('counts calls per Class.method and throws for methods it does not emulate', () => {
    const form = FormApp.create('x');
    form.addScaleItem().setTitle('a');
    expect(world.log.count('FormApp.create')).toBe(1);
    expect(world.log.count('ScaleItem.setTitle')).toBe(1);
    expect(() => (form as unknown as { addDateItem(): void }).addDateItem()).toThrow('Not emulated: Form.addDateItem');
  });
});

describe('Form items', () => {
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
