/**
 * A misspelt field or status must fail the build. Small snippets are compiled, with the TypeScript
 * compiler and the project's own options, against the real table declarations and SheetTable:
 * each bad one must report its error, the good one none (so this test can fail both ways).
 * One Program holds every snippet, so the project's sources are checked once.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';

const ROOT = process.cwd();
const DIR = join(ROOT, 'test/build/__snippets__');
const HEADER = `
import type { Row } from '../../../src/domain/schema/field';
import { CONVENTIONS, PARTNERS } from '../../../src/domain/schema/tables';
import type { SheetTable } from '../../../src/services/sheet-table';
declare const partner: Row<typeof PARTNERS>;
declare const convention: Row<typeof CONVENTIONS>;
declare const partners: SheetTable<typeof PARTNERS>;
declare const conventions: SheetTable<typeof CONVENTIONS>;
`;

const SNIPPETS: Record<string, string> = {
  misspeltField: `export const name: string = partner.nmae;`,
  misspeltStatusCompared: `export const signed = convention.status === 'Signé';`,
  misspeltStatusWritten: `conventions.update('CONV-0001', { status: 'Signé' });`,
  unknownPatchKey: `partners.update('PAR-0001', { nmae: 'Association Kènè' });`,
  amountAsText: `conventions.update('CONV-0001', { amount: '' });`,
  misspeltComputedField: `partners.writeComputed('priorty', new Map());`,
  good: `
    export const label: string = partner.name;
    export const signed: boolean = convention.status === 'Signée';
    export const amount: number | null = convention.amount;
    export const start: string = convention.startDate;
    conventions.update('CONV-0001', { status: 'Active', amount: null });
    partners.update('PAR-0001', { name: 'Association Kènè', stage: 'Analyse' });
    partners.writeComputed('priority', new Map([[2, 12]]));
    const stored = partners.get('PAR-0001');
    export const id: string | undefined = stored?.record.id;
  `,
};

function compileSnippets(): Map<string, readonly ts.Diagnostic[]> {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const files = new Map(Object.entries(SNIPPETS).map(([name, body]) => [join(DIR, `${name}.ts`), `${HEADER}\n${body}\n`]));
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (f) => files.has(f) || ts.sys.fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, ...rest) => (files.has(f) ? ts.createSourceFile(f, files.get(f)!, lang, true) : getSourceFile(f, lang, ...rest));
  host.directoryExists = (d) => d === DIR || d.startsWith(`${DIR}/`) || ts.sys.directoryExists!(d);
  const program = ts.createProgram({ rootNames: [...files.keys()], options: { ...options, noEmit: true }, host });
  const out = new Map<string, readonly ts.Diagnostic[]>();
  for (const [file] of files) {
    const name = file.slice(dirname(file).length + 1, -3);
    out.set(name, [...program.getSyntacticDiagnostics(program.getSourceFile(file)), ...program.getSemanticDiagnostics(program.getSourceFile(file))]);
  }
  return out;
}

const text = (d: ts.Diagnostic): string => ts.flattenDiagnosticMessageText(d.messageText, '\n');

describe('typed records: a misspelt field or status fails the build', () => {
  let results: Map<string, readonly ts.Diagnostic[]>;
  beforeAll(() => {
    results = compileSnippets();
  }, 120_000);

  it('compiles a correct use of rows, statuses and patches without error', () => {
    expect(results.get('good')!.map(text)).toEqual([]);
  });

  it('rejects a field that the table does not declare', () => {
    expect(results.get('misspeltField')!.map(text).join('\n')).toMatch(/Property 'nmae' does not exist/);
  });

  it('rejects comparing a status with a value outside its vocabulary', () => {
    expect(results.get('misspeltStatusCompared')!.map(text).join('\n')).toMatch(/no overlap/);
  });

  it('rejects writing a status outside its vocabulary', () => {
    expect(results.get('misspeltStatusWritten')!.map(text).join('\n')).toMatch(/'"Signé"' is not assignable/);
  });

  it('rejects a patch naming an unknown field', () => {
    expect(results.get('unknownPatchKey')!.map(text).join('\n')).toMatch(/'nmae' does not exist/);
  });

  it("rejects '' for an empty amount (amounts are number | null)", () => {
    expect(results.get('amountAsText')!.map(text).join('\n')).toMatch(/Type 'string' is not assignable to type 'number'|'""' is not assignable/);
  });

  it('rejects a computed field the table does not declare', () => {
    expect(results.get('misspeltComputedField')!.map(text).join('\n')).toMatch(/'"priorty"' is not assignable/);
  });
});
