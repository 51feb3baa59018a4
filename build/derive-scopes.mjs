// Derives the emulator's table of authorization scopes per method from Google's reference, as
// carried by the `gas-types-detailed` package (pinned): each method's doc comment ends with
//   Authorization: Scripts that use this method require authorization with one or more of the
//   following scopes: - https://www.googleapis.com/auth/…
//   https://developers.google.com/apps-script/reference/<service>/<class-slug>#<method>(<args>)
// Only the methods the emulator emulates are kept (found from its `ApiSubset<Interface, 'm' | …>`
// declarations), keyed as the emulator's CallLog names calls: `Class.method`.
//
//   node build/derive-scopes.mjs          writes src/dev/emulator/core/scope-table.ts
//   node build/derive-scopes.mjs --check  fails if the committed file is not what it derives
// test/emulator/scope-table.test.ts regenerates it and fails if the committed file differs.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as prettier from 'prettier';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = join(root, 'node_modules', 'gas-types-detailed');
const EMULATOR = join(root, 'src', 'dev', 'emulator');
export const TABLE_FILE = join(EMULATOR, 'core', 'scope-table.ts');

const REFERENCE = /https:\/\/developers\.google\.com\/apps-script\/reference\/([a-z-]+)\/([a-z0-9-]+)#(\w+)\(/;
const SCOPE = /^\s*\*\s*-\s*(https:\/\/www\.googleapis\.com\/auth\/\S+)\s*$/;

/** `drive-app` → `DriveApp`: the class name in the reference URL, as Apps Script spells it. */
export const className = (slug) =>
  slug
    .split('-')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

/**
 * Every documented method of the package's Apps Script services (not the advanced services):
 * `service/Class.method` → scopes, overloads merged (union, in the order Google lists them).
 * A method documented without an Authorization section maps to [] (it needs no scope).
 */
export function documentedScopes() {
  const out = new Map();
  for (const file of readdirSync(PACKAGE).filter((f) => /^google-apps-script\..*\.d\.ts$/.test(f))) {
    const text = readFileSync(join(PACKAGE, file), 'utf8');
    for (const [comment] of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const ref = comment.match(REFERENCE);
      if (!ref) continue;
      const key = `${ref[1]}/${className(ref[2])}.${ref[3]}`;
      const scopes = out.get(key) ?? [];
      const lines = comment.split('\n');
      const start = lines.findIndex((l) => l.includes('require authorization with one or more of the following scopes'));
      if (start >= 0) {
        for (const line of lines.slice(start + 1)) {
          const m = line.match(SCOPE);
          if (!m) break;
          if (!scopes.includes(m[1])) scopes.push(m[1]);
        }
      }
      out.set(key, scopes);
    }
  }
  return out;
}

/** `GoogleAppsScript.HTML.HtmlOutput` → the reference's service folder and class: `html`, `HtmlOutput`. */
function serviceAndClass(typeName) {
  const parts = typeName.split('.');
  // URL_Fetch → url-fetch, as the reference's folder is spelt.
  return { service: parts[parts.length - 2].toLowerCase().replace(/_/g, '-'), cls: parts[parts.length - 1] };
}

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/**
 * The emulated methods, from every `ApiSubset<GoogleAppsScript.X.Y, K>` in the emulator's source
 * (K resolved by the type checker, so unions of named method lists count too):
 * `service/Class.method`, sorted.
 */
export function emulatedMethods() {
  const files = sourceFiles(EMULATOR);
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    types: ['google-apps-script'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const found = new Set();
  for (const sf of program.getSourceFiles().filter((f) => f.fileName.startsWith(EMULATOR))) {
    const visit = (node) => {
      // Advanced services (GoogleAppsScript.Drive_v3…) have their REST API's scopes, checked by their emulation.
      const iface = node.typeArguments?.[0]?.getText(sf) ?? '';
      if (ts.isTypeReferenceNode(node) && node.typeName.getText(sf) === 'ApiSubset' && node.typeArguments?.length === 2 && !/_v\d/.test(iface)) {
        const { service, cls } = serviceAndClass(iface);
        const keys = checker.getTypeFromTypeNode(node.typeArguments[1]);
        for (const t of keys.isUnion() ? keys.types : [keys]) {
          if (!t.isStringLiteral()) throw new Error(`${sf.fileName}: ApiSubset key that is not a method name`);
          found.add(`${service}/${cls}.${t.value}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...found].sort();
}

/** The table (by CallLog name), the emulated methods the package does not document, and name collisions. */
export function deriveScopeTable() {
  const docs = documentedScopes();
  // The reference's slug loses a class name's capitals (http-response → HttpResponse for HTTPResponse).
  const byLowerCase = new Map([...docs].map(([k, v]) => [k.toLowerCase(), v]));
  const table = new Map();
  const undocumented = [];
  const owners = new Map();
  for (const method of emulatedMethods()) {
    const callName = method.slice(method.indexOf('/') + 1);
    owners.set(callName, [...(owners.get(callName) ?? []), method.slice(0, method.indexOf('/'))]);
    const scopes = docs.get(method) ?? byLowerCase.get(method.toLowerCase());
    if (!scopes) {
      undocumented.push(method);
      continue;
    }
    // Two services may name a class alike (Document and Forms ListItem): their scopes are merged.
    const merged = table.get(callName) ?? [];
    for (const s of scopes) if (!merged.includes(s)) merged.push(s);
    table.set(callName, merged);
  }
  const shared = [...owners].filter(([, services]) => services.length > 1).map(([name, services]) => `${name} (${services.join(', ')})`);
  return { table: new Map([...table].sort(([a], [b]) => (a < b ? -1 : 1))), undocumented, shared };
}

/** The table file's text, formatted as `prettier --check` (npm run lint) expects it. */
export async function renderScopeTable({ table, undocumented }) {
  const version = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;
  const AUTH = 'https://www.googleapis.com/auth/';
  const rows = [...table].map(([name, scopes]) => `  '${name}': [${scopes.map((s) => `'${s.slice(AUTH.length)}'`).join(', ')}],`);
  const text = `// Generated by build/derive-scopes.mjs from gas-types-detailed@${version}: do not edit by hand.
// Each emulated method → the scopes its reference page lists under "Authorization" (any one of
// them suffices), without the ${AUTH} prefix; [] when the page lists none.

export const SCOPE_PREFIX = '${AUTH}';

export const METHOD_SCOPES: Readonly<Record<string, readonly string[]>> = {
${rows.join('\n')}
};

/** Emulated methods the package does not document (treated as needing no scope). */
export const UNDOCUMENTED_METHODS: readonly string[] = [${undocumented.map((m) => `'${m}'`).join(', ')}];
`;
  return prettier.format(text, { ...(await prettier.resolveConfig(TABLE_FILE)), filepath: TABLE_FILE });
}

// `--check` regenerates in memory and exits 1 if the committed table differs; both modes print a
// JSON summary on stdout (for test/emulator/scope-table.test.ts).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const derived = deriveScopeTable();
  const text = await renderScopeTable(derived);
  const check = process.argv.includes('--check');
  const stale = check && readFileSync(TABLE_FILE, 'utf8') !== text;
  if (!check) writeFileSync(TABLE_FILE, text);
  const summary = {
    stale,
    methods: derived.table.size,
    withScopes: [...derived.table.values()].filter((s) => s.length).length,
    undocumented: derived.undocumented,
    shared: derived.shared,
  };
  console.log(JSON.stringify(summary, null, 2));
  if (stale) {
    console.error(`${TABLE_FILE} differs from what build/derive-scopes.mjs derives: run \`node build/derive-scopes.mjs\` (never edit it by hand).`);
    process.exit(1);
  }
}
