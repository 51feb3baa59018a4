/** The container Ui: menus, sidebars, dialogs, alerts and prompts, and what AuthMode.NONE allows. */
import { World } from '../../src/dev/emulator/core/world';
import { Emulated } from '../../src/dev/emulator/core/emulated';
import { installScriptServices } from '../../src/dev/emulator/script';
import { getUi, _answerNextAlert, _answerNextPrompt, _uiState } from '../../src/dev/emulator/ui';

/** The two SpreadsheetApp methods these tests need, so they do not depend on the Sheets emulator. */
class FakeSpreadsheetApp extends Emulated {
  constructor(private readonly world: World) {
    super('SpreadsheetApp', world.log);
  }
  getUi(): GoogleAppsScript.Base.Ui {
    return getUi(this.world);
  }
  getActiveSpreadsheet(): null {
    return null;
  }
}

let world: World;
let app: FakeSpreadsheetApp;
beforeEach(() => {
  world = new World({ addOnName: 'Pacte' });
  Object.assign(globalThis, installScriptServices(world));
  app = new FakeSpreadsheetApp(world);
});

describe('Ui menus', () => {
  it('records an add-on menu with items, separators and sub-menus', () => {
    // https://developers.google.com/apps-script/reference/base/menu
    const ui = app.getUi();
    ui.createAddonMenu()
      .addItem('Ouvrir Pacte', 'openSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('Configuration').addItem('Initialiser', 'setup'))
      .addToUi();
    expect(_uiState(world).menus).toEqual([
      {
        caption: 'Pacte',
        addon: true,
        items: [
          { kind: 'item', caption: 'Ouvrir Pacte', functionName: 'openSidebar' },
          { kind: 'separator' },
          { kind: 'submenu', caption: 'Configuration', items: [{ kind: 'item', caption: 'Initialiser', functionName: 'setup' }] },
        ],
      },
    ]);
  });

  it('replaces a menu added again with the same caption, and keeps it as it was when added', () => {
    const ui = app.getUi();
    const menu = ui.createMenu('Pacte').addItem('A', 'a');
    menu.addToUi();
    menu.addItem('B', 'b');
    expect(_uiState(world).menus[0]!.items).toHaveLength(1);
    menu.addToUi();
    expect(_uiState(world).menus).toHaveLength(1);
    expect(_uiState(world).menus[0]!.items).toHaveLength(2);
  });
});

describe('Ui dialogs', () => {
  it('shows sidebars and dialogs with their title and HTML', () => {
    // https://developers.google.com/apps-script/reference/base/ui#showSidebar(Object)
    const ui = app.getUi();
    ui.showSidebar(HtmlService.createHtmlOutput('<p>Pipeline</p>').setTitle('Pacte'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>Convention</p>').setWidth(600), 'Valider');
    expect(_uiState(world).sidebars.map((s) => [s.title, s.content])).toEqual([['Pacte', '<p>Pipeline</p>']]);
    expect(_uiState(world).dialogs.map((d) => [d.kind, d.title, d.width])).toEqual([['modal', 'Valider', 600]]);
  });

  it('answers alerts from the scripted queue, else OK for a lone OK button and CLOSE otherwise', () => {
    // https://developers.google.com/apps-script/reference/base/ui#alert(String,String,ButtonSet)
    const ui = app.getUi();
    _answerNextAlert(world, ui.Button.YES);
    expect(ui.alert('Supprimer ?', 'Le partenaire sera archivé.', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    expect(ui.alert('Enregistré')).toBe(ui.Button.OK);
    expect(ui.alert('Continuer ?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.CLOSE);
    expect(_uiState(world).alerts.map((a) => [a.title, a.prompt, a.answer])).toEqual([
      ['Supprimer ?', 'Le partenaire sera archivé.', 'YES'],
      ['', 'Enregistré', 'OK'],
      ['', 'Continuer ?', 'CLOSE'],
    ]);
    _answerNextAlert(world, 'YES');
    expect(() => ui.alert('x', ui.ButtonSet.OK_CANCEL)).toThrow('not a button');
  });

  it('answers prompts with scripted text and button', () => {
    // https://developers.google.com/apps-script/reference/base/prompt-response
    const ui = app.getUi();
    _answerNextPrompt(world, 'ONG Espoir', ui.Button.OK);
    const r = ui.prompt('Nouveau partenaire', 'Nom :', ui.ButtonSet.OK_CANCEL);
    expect([r.getResponseText(), r.getSelectedButton()]).toEqual(['ONG Espoir', ui.Button.OK]);
    const none = ui.prompt('Nom :');
    expect([none.getResponseText(), none.getSelectedButton()]).toEqual(['', ui.Button.OK]);
  });

  it('cannot be reached from a time-driven trigger', () => {
    // Text as Google gives it when getUi() runs without a user interface.
    world.run(() => expect(() => app.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.'), { cause: 'trigger:clock' });
  });
});

describe('AuthMode.NONE', () => {
  it('allows building the add-on menu but refuses any other service call', () => {
    // https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle#authorization_modes — NONE: "create add-on menus only"
    world.run(
      () => {
        app.getUi().createAddonMenu().addItem('Ouvrir', 'openSidebar').addToUi();
        // Text as logged by an add-on in 2025 (see test/emulator/scopes.test.ts).
        expect(() => app.getActiveSpreadsheet()).toThrow(
          'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets).',
        );
        expect(() => PropertiesService.getDocumentProperties()).toThrow('You do not have permission to call PropertiesService.getDocumentProperties.');
        expect(() => app.getUi().showSidebar(HtmlService.createHtmlOutput('x'))).toThrow('You do not have permission to call');
      },
      { authMode: 'NONE', cause: 'trigger:onOpen' },
    );
    expect(_uiState(world).menus).toHaveLength(1);
    expect(app.getActiveSpreadsheet()).toBeNull();
  });
});
