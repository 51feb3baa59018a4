/**
 * Session users and zone, HtmlService outputs, and the per-execution guards (AuthMode, 6-minute limit).
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices, _elapsedMs, _sessionState, _unauthorizedUsers, _withholdScopes } from '../../src/dev/emulator/script';

let world: World;
beforeEach(() => {
  world = new World({ owner: 'direction@ajcad-mali.org', timeZone: 'Africa/Bamako', locale: 'fr_FR' });
  Object.assign(globalThis, installScriptServices(world));
  world.projectFiles.set('Sidebar', '<p>Pacte</p>');
});

describe('Session', () => {
  it("reports the active user, possibly unknown (''), and the effective user", () => {
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser()
    world.run(
      () => {
        expect(Session.getActiveUser().getEmail()).toBe('staff@ajcad-mali.org');
        expect(Session.getEffectiveUser().getEmail()).toBe('staff@ajcad-mali.org');
      },
      { user: 'staff@ajcad-mali.org' },
    );
    world.run(
      () => {
        expect(Session.getActiveUser().getEmail()).toBe('');
        expect(Session.getEffectiveUser().getEmail()).toBe('direction@ajcad-mali.org');
      },
      { user: '' },
    );
  });

  it('hides the email of a user outside the Workspace domain when a domain is set', () => {
    // https://developers.google.com/apps-script/reference/base/session#getActiveUser() — "these restrictions
    // generally do not apply if the developer runs the script themselves or belongs to the same Google
    // Workspace domain as the user": a user from elsewhere may get a blank string.
    _sessionState(world).identityDomain = 'ajcad-mali.org';
    expect(world.run(() => Session.getActiveUser().getEmail(), { user: 'staff@ajcad-mali.org' })).toBe('staff@ajcad-mali.org');
    expect(world.run(() => Session.getActiveUser().getEmail(), { user: 'partenaire@gmail.com' })).toBe('');
  });

  it('gives the script time zone, a stable opaque key per user, and the user locale', () => {
    // https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey()
    const a = world.run(() => Session.getTemporaryActiveUserKey(), { user: 'a@org.ml' });
    const b = world.run(() => Session.getTemporaryActiveUserKey(), { user: 'b@org.ml' });
    expect(world.run(() => Session.getTemporaryActiveUserKey(), { user: 'a@org.ml' })).toBe(a);
    expect(b).not.toBe(a);
    expect(a).not.toContain('a@org.ml');
    _sessionState(world).locales.set('a@org.ml', 'en');
    expect(world.run(() => Session.getActiveUserLocale(), { user: 'a@org.ml' })).toBe('en');
    expect(world.run(() => Session.getActiveUserLocale(), { user: 'b@org.ml' })).toBe('fr');
  });
});

describe('HtmlService', () => {
  it("serves project files with or without .html, and refuses unknown ones with Google's text", () => {
    // https://developers.google.com/apps-script/reference/html/html-service#createHtmlOutputFromFile(String); text as users quote it.
    expect(HtmlService.createHtmlOutputFromFile('Sidebar').getContent()).toBe('<p>Pacte</p>');
    expect(HtmlService.createHtmlOutputFromFile('Sidebar.html').getContent()).toBe('<p>Pacte</p>');
    expect(() => HtmlService.createHtmlOutputFromFile('Admin')).toThrow('No HTML file named Admin was found.');
  });

  it('builds outputs: content, escaped appends, title, size, modes, meta tags', () => {
    // https://developers.google.com/apps-script/reference/html/html-output
    const out = HtmlService.createHtmlOutput('<b>Titre</b>')
      .append('<i>x</i>')
      .appendUntrusted('<script>')
      .setTitle('Pacte')
      .setWidth(400)
      .setHeight(300)
      .setSandboxMode(HtmlService.SandboxMode.IFRAME)
      .setXFrameOptionsMode(HtmlService.XFrameOptionsMode.ALLOWALL)
      .addMetaTag('viewport', 'width=device-width');
    expect(out.getContent()).toBe('<b>Titre</b><i>x</i>&lt;script&gt;');
    expect([out.getTitle(), out.getWidth(), out.getHeight()]).toEqual(['Pacte', 400, 300]);
    expect(out.getMetaTags().map((t) => [t.getName(), t.getContent()])).toEqual([['viewport', 'width=device-width']]);
    expect(out.clear().getContent()).toBe('');
  });
});

describe('execution guards', () => {
  it('refuses services that need full authorization in LIMITED mode (simple triggers)', () => {
    // https://developers.google.com/apps-script/guides/triggers#restrictions — text as Google gives it for a missing scope.
    world.run(
      () => {
        expect(() => ScriptApp.newTrigger('x')).toThrow(
          'You do not have permission to call ScriptApp.newTrigger. Required permissions: https://www.googleapis.com/auth/script.scriptapp',
        );
        expect(PropertiesService.getScriptProperties().getKeys()).toEqual([]);
      },
      { authMode: 'LIMITED', cause: 'trigger:onOpen' },
    );
  });

  it('stops an execution that runs past 6 minutes of clock time', () => {
    // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Script runtime 6 min / execution"
    world.run(
      () => {
        Utilities.sleep(300000);
        expect(_elapsedMs(world)).toBe(300000);
        Utilities.sleep(60000);
        expect(() => Utilities.sleep(1000)).toThrow('Exceeded maximum execution time');
      },
      { cause: 'trigger:clock' },
    );
  });
});

/**
 * https://developers.google.com/apps-script/reference/script/authorization-info — "An object that checks
 * if the user has granted authorization for the required scopes of the script. […] Some script
 * executions can start without a user's consent to all required scopes used by the script."
 * getAuthorizedScopes(): "Gets a list of authorized scopes for the script." (String[]|null)
 */
describe('ScriptApp.getAuthorizationInfo', () => {
  const SCOPES = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.send_mail'];
  type Info = GoogleAppsScript.Script.AuthorizationInfo & { getAuthorizedScopes(): string[] | null };
  const info = (user: string): Info => world.run(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL) as Info, { user });

  // The manifest's oauthScopes (loadScript passes them as grantedScopes).
  beforeEach(() => {
    world.grantedScopes = new Set(SCOPES);
  });

  it('every declared scope granted: NOT_REQUIRED, no URL', () => {
    const i = info('staff@ajcad-mali.org');
    expect([String(i.getAuthorizationStatus()), i.getAuthorizationUrl(), i.getAuthorizedScopes()]).toEqual(['NOT_REQUIRED', null, SCOPES]);
  });

  it('a scope left unticked on the consent screen: REQUIRED, the URL, and only the granted scopes', () => {
    _withholdScopes(world, 'staff@ajcad-mali.org', [SCOPES[1]]);
    const i = info('staff@ajcad-mali.org');
    expect(String(i.getAuthorizationStatus())).toBe('REQUIRED');
    expect(i.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/macros\/s\/.+\/authorize$/);
    expect(i.getAuthorizedScopes()).toEqual([SCOPES[0]]);
    expect(String(info('direction@ajcad-mali.org').getAuthorizationStatus())).toBe('NOT_REQUIRED');
  });

  it('a user who never authorised the script: REQUIRED, nothing granted', () => {
    _unauthorizedUsers(world).add('new@ajcad-mali.org');
    const i = info('new@ajcad-mali.org');
    expect([String(i.getAuthorizationStatus()), i.getAuthorizedScopes()]).toEqual(['REQUIRED', []]);
  });
});
