/**
 * The built Code.js must run in Apps Script's V8: a bare context holding only the Apps Script
 * globals, no module syntax, no Node API, every menu/trigger/google.script.run handler a
 * top-level function, and nothing done at load time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { loadScript, DIST } from '../../src/dev/load-script';
import { _uiState } from '../../src/dev/emulator/ui';
import type { MenuEntry } from '../../src/dev/emulator/ui/state';

const code = readFileSync(join(DIST, 'Code.js'), 'utf8');

/** Function names the sidebar calls through callServer('name', …) or a view's view.call('name', …), read from the client sources. */
function sidebarCalls(): string[] {
  const dir = join(process.cwd(), 'src/client');
  const names = new Set<string>();
  const files = readdirSync(dir, { recursive: true }) as string[];
  for (const f of files.filter((x) => x.endsWith('.ts'))) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/(?:callServer|view\.call)\(\s*'(\w+)'/g)) names.add(m[1]);
  }
  return [...names];
}

function menuFunctions(items: MenuEntry[]): string[] {
  return items.flatMap((i) => (i.kind === 'item' ? [i.functionName] : i.kind === 'submenu' ? menuFunctions(i.items) : []));
}

describe('build/dist/Code.js', () => {
  it('has no module syntax and no Node API', () => {
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/(^|[^.\w])require\s*\(/m);
    expect(code).not.toMatch(/\b(process\.|__dirname|Buffer\.)/);
  });

  it('loads in a bare V8 context without any service call', () => {
    const { world, context } = loadScript();
    expect(world.log.total()).toBe(0);
    expect(typeof context.Pacte).toBe('object');
  });

  it('fails to load where a Node global would be needed (the context really is bare)', () => {
    const context = vm.createContext({});
    expect(() => vm.runInContext('require("fs")', context)).toThrow('require is not defined');
  });

  it('declares onOpen, onInstall and onEdit as top-level functions', () => {
    for (const name of ['onOpen', 'onInstall', 'onEdit']) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
  });

  it('exposes every function the sidebar calls', () => {
    const { context } = loadScript();
    const calls = sidebarCalls();
    expect(calls).toEqual(expect.arrayContaining(['searchPartners', 'getBoard', 'moveOpportunity', 'savePartner', 'logInteraction', 'previewImport']));
    for (const name of calls) expect(typeof context[name]).toBe('function');
  });

  it('exposes every function the menu points to, and builds the menu in AuthMode.NONE', () => {
    const { world, context } = loadScript();
    world.run(() => (context.onOpen as (e: unknown) => void)({ authMode: 'NONE' }), { authMode: 'NONE', cause: 'onOpen' });
    const [menu] = _uiState(world).menus;
    expect(menu.addon).toBe(true);
    const fns = menuFunctions(menu.items);
    expect(fns).toEqual(expect.arrayContaining(['showSidebar', 'initialiseWorkbook']));
    for (const f of fns) expect(typeof context[f]).toBe('function');
  });

  it('keeps internal helpers (trailing _) out of the global scope', () => {
    const { context } = loadScript();
    const globals = Object.keys(context).filter((k) => typeof context[k] === 'function' && k.endsWith('_'));
    expect(globals).toEqual([]);
  });
});

describe('build/dist/Sidebar.html', () => {
  const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');

  it('is one self-contained file: script and styles inlined, nothing loaded from elsewhere', () => {
    expect(html).toMatch(/<script>[\s\S]+<\/script>/);
    expect(html).toMatch(/<style>[\s\S]+<\/style>/);
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+stylesheet/);
    expect(html).not.toContain('inline:script');
  });

  it('never prints data with scriptlets', () => {
    expect(html).not.toMatch(/<\?!?=/);
  });
});

describe('build/dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

  it('runs on V8 in Bamako time with explicit, non-restricted scopes', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Africa/Bamako');
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });

  it('declares a scope for every service the bundle calls, and none it does not need', () => {
    const needs: Record<string, RegExp> = {
      'https://www.googleapis.com/auth/documents': /\bDocumentApp\./,
      // Drive v3 advanced service (honours drive.file); DriveApp would need the restricted drive scope.
      'https://www.googleapis.com/auth/drive.file': /\.(Files|Permissions)\.(create|copy|get)\(/,
      'https://www.googleapis.com/auth/forms': /\bFormApp\./,
      'https://www.googleapis.com/auth/script.send_mail': /\bMailApp\./,
      'https://www.googleapis.com/auth/script.scriptapp': /\bScriptApp\.newTrigger/,
      'https://www.googleapis.com/auth/script.external_request': /\bUrlFetchApp\.fetch/,
      'https://www.googleapis.com/auth/script.container.ui': /\.getUi\(\)/,
      'https://www.googleapis.com/auth/userinfo.email': /Session\.getActiveUser\(\)/,
    };
    for (const [scope, use] of Object.entries(needs))
      expect({ scope, declared: manifest.oauthScopes.includes(scope) }).toEqual({ scope, declared: use.test(code) });
    expect(code).not.toMatch(/\bDriveApp\./);
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }]);
  });
});
