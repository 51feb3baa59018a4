/**
 * The import rules between layers (eslint.config.mjs, README « Architecture »): each layer is linted
 * with one import it may make and one it may not, with the project's own configuration (the ESLint
 * CLI over stdin, as the file would be at that place).
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

/** The layer errors of each text, linted as `file`, all in one ESLint process. */
function layerErrors(texts: { file: string; text: string }[]): string[][] {
  const out = spawnSync(process.execPath, [path.join(__dirname, 'lint-texts.mjs')], { cwd: ROOT, input: JSON.stringify(texts), encoding: 'utf8' });
  const results = JSON.parse(out.stdout) as { ruleId: string; message: string }[][];
  return results.map((messages) => messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message));
}

/** The import, and a use of what it brings (so that no unused-import error hides the layer's). */
const used = (imp: string): string => `${imp}\nexport const used = [${/\{ (?:type )?(\w+)|\* as (\w+)/.exec(imp)!.slice(1).find(Boolean)}];\n`;
const RESTRICTED = /^'[^']+' import is restricted from being used by a pattern\. Layers: /;

const CASES: [file: string, allowed: string, refused: string][] = [
  ['src/domain/partners/fixture.ts', "import { PARTNERS } from '../schema/tables';", "import { SheetTable } from '../../services/sheet-table';"],
  ['src/domain/partners/fixture.ts', "import { foldText } from '../records/normalise';", "import type { Store } from '../../store/store';"],
  ['src/store/fixture.ts', "import type { Row } from '../domain/schema/field';", "import { storeFor } from '../services/sheets-store';"],
  ['src/app/fixture.ts', "import type { Store } from '../store/store';", "import { storeFor } from '../services/sheets-store';"],
  ['src/app/partners/fixture.ts', "import { PARTNERS } from '../../domain/schema/tables';", "import { serve } from '../../server/frame/endpoint';"],
  ['src/services/fixture.ts', "import type { Store } from '../store/store';", "import { read_ } from '../server/frame/request';"],
  // The store interfaces a service implements, as types; never the in-memory store itself.
  ['src/services/docs/fixture.ts', "import type { OwnedSheet } from '../../store/store';", "import { MemoryStore } from '../../store/memory-store';"],
  ['src/server/api/fixture.ts', "import { savePartner } from '../../app/partners';", "import { storeFor } from '../../services/sheets-store';"],
  ['src/server/api/fixture.ts', "import type { PartnerDetail } from '../../domain/contracts';", "import { PARTNERS } from '../../domain/schema/tables';"],
  ['src/server/jobs/fixture.ts', "import { surveyJobs } from '../../app/surveys/jobs';", "import type { Store } from '../../store/store';"],
  ['src/server/fixture.ts', "import type { EndpointName } from '../domain/contracts/api';", "import { DEMO_CONTACTS } from '../dev/sandbox/demo-activity';"],
  // The frame is the composition root: it wires the services into the use cases' ports.
  ['src/server/frame/fixture.ts', "import { storeFor } from '../../services/sheets-store';", "import { callServer } from '../../client/server-api';"],
  ['src/client/views/fixture.ts', "import type { PartnerDetail } from '../../domain/contracts';", "import { SheetTable } from '../../services/sheet-table';"],
  [
    'src/client/views/fixture.ts',
    "import { formatMoney } from '../../domain/format/french';",
    "import { circuitFor } from '../../domain/conventions/approval-circuit';",
  ],
  ['src/client/views/fixture.ts', "import type { SaveResult } from '../../domain/contracts';", "import { savePartner } from '../../app/partners';"],
  ['src/client/fixture.ts', "import { PARTNERS } from '../domain/schema/tables';", "import type * as Server from '../server/index';"],
  // The sidebar shows each view's help from the same texts as the « Aide » dialog.
  ['src/client/views/fixture.ts', "import { VIEW_HELP } from '../../domain/help/view-help';", "import { MENU } from '../../app/menu';"],
  // The sidebar's own app.ts is not the use-case layer: the depth of '../' tells them apart.
  ['src/client/views/fixture.ts', "import type { App } from '../app';", "import { searchPartners } from '../../app/partners';"],
];

it('each layer may import what it allows and nothing else', () => {
  const results = layerErrors(
    CASES.flatMap(([file, allowed, refused]) => [
      { file, text: used(allowed) },
      { file, text: used(refused) },
    ]),
  );
  CASES.forEach(([file, allowed, refused], i) => {
    expect({ file, allowed, errors: results[2 * i] }).toEqual({ file, allowed, errors: [] });
    expect({ file, refused, errors: results[2 * i + 1].map((m) => RESTRICTED.test(m)) }).toEqual({ file, refused, errors: [true] });
  });
});
