/**
 * The emulator is a package of its own (src/dev/emulator): every import stays inside its folder or
 * is a Node builtin, the types its tsconfig loads are declared dependencies, and its package.json
 * `main` is the index that installs the emulator. (`npm run typecheck` compiles it alone with its tsconfig.)
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const PACKAGE_DIR = join(process.cwd(), 'src', 'dev', 'emulator');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Module specifiers of static imports, re-exports and dynamic imports/requires. */
function specifiers(source: string): string[] {
  const found = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*'([^']+)'/g), ...source.matchAll(/(?:^|\n)\s*import\s*'([^']+)'/g)];
  found.push(...source.matchAll(/\b(?:import|require)\(\s*'([^']+)'\s*\)/g));
  return found.map((m) => m[1]!);
}

/** The file a relative specifier names, as TypeScript resolves it (x.ts or x/index.ts). */
function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [`${base}.ts`, join(base, 'index.ts')].find((f) => existsSync(f));
}

describe('the emulator package', () => {
  const files = tsFiles(PACKAGE_DIR);
  const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
    name: string;
    main: string;
    types: string;
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
  };

  it('imports nothing outside its folder but Node builtins', () => {
    expect(files.length).toBeGreaterThan(50);
    const leaving: string[] = [];
    for (const file of files) {
      for (const spec of specifiers(readFileSync(file, 'utf8'))) {
        const where = relative(PACKAGE_DIR, file);
        if (spec.startsWith('node:')) continue;
        if (!spec.startsWith('.')) leaving.push(`${where}: '${spec}' (a package)`);
        else {
          const target = resolveRelative(file, spec);
          if (!target) leaving.push(`${where}: '${spec}' (not found)`);
          else if (relative(PACKAGE_DIR, target).startsWith('..')) leaving.push(`${where}: '${spec}' → ${relative(process.cwd(), target)}`);
        }
      }
    }
    expect(leaving).toEqual([]);
  });

  it('compiles from its own tsconfig, with only the types its package.json declares', () => {
    const tsconfig = JSON.parse(readFileSync(join(PACKAGE_DIR, 'tsconfig.json'), 'utf8')) as {
      extends?: string;
      include: string[];
      compilerOptions: { types: string[] };
    };
    expect(tsconfig.extends).toBeUndefined();
    expect(tsconfig.include).toEqual(['.']);
    const declared = { ...pkg.dependencies, ...pkg.peerDependencies };
    expect(tsconfig.compilerOptions.types.filter((t) => !(`@types/${t}` in declared))).toEqual([]);
    const rootScripts = (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(rootScripts.typecheck).toContain('tsc --noEmit -p src/dev/emulator/tsconfig.json');
  });

  it('has a main that resolves to the index exporting installEmulator', () => {
    expect(pkg.name).toBe('apps-script-emulator');
    const main = join(PACKAGE_DIR, pkg.main);
    expect(main).toBe(join(PACKAGE_DIR, 'index.ts'));
    expect(pkg.types).toBe(pkg.main);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require(main) as { installEmulator: (target: object) => { owner: string } };
    const world = entry.installEmulator({});
    expect(world.owner).toBe('user@example.com');
  });
});
