/**
 * Who may call what: every top-level function of the built Code.js, called as a stranger, a blank
 * e-mail, a lecteur, a chargée, an admin and one of Pacte's own triggers, against the declaration
 * of src/domain/contracts/api.ts. A refusal comes first (before any argument is looked at) and writes
 * nothing: no cell, no document property, no trigger, no mail, no Drive file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../src/dev/load-script';
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { _outbox } from '../../src/dev/emulator/mail';
import { API, type Callers, type EndpointName } from '../../src/domain/contracts/api';
import type { Role } from '../../src/domain/settings/settings';

const STRANGER = 'inconnu@gmail.com';
const CALLER_KINDS = ['stranger', 'blank', 'lecteur', 'chargé', 'admin', 'trigger'] as const;
type CallerKind = (typeof CALLER_KINDS)[number];
const ROLE_OF: Partial<Record<CallerKind, Role>> = { lecteur: 'lecteur', chargé: 'chargé', admin: 'admin' };

const CALLERS: Record<string, Callers> = Object.fromEntries(Object.entries(API).map(([name, d]) => [name, d.callers]));

const REFUSAL = /^(Accès refusé|Pacte ne peut pas identifier votre compte Google)/;

/** Everything a call could leave behind, as the users would find it. */
function snapshot(wb: PartnersWorkbook): string {
  return (
    JSON.stringify(
      wb.world.inspect(
        () => ({
          sheets: SpreadsheetApp.getActiveSpreadsheet()
            .getSheets()
            .map((s) => [s.getName(), s.getDataRange().getValues()]),
          properties: PropertiesService.getDocumentProperties().getProperties(),
          triggers: ScriptApp.getProjectTriggers().map((t) => `${t.getHandlerFunction()}:${t.getUniqueId()}`),
          files: Drive!.Files!.list({ pageSize: 1000 }).files?.length ?? 0,
        }),
        USERS.admin,
      ),
    ) + `|mails:${_outbox(wb.world).length}`
  );
}

function expectedAllowed(rule: Callers, who: CallerKind): boolean {
  if ('anyone' in rule) return true;
  if ('triggerOrAdmin' in rule) return who === 'admin' || who === 'trigger';
  if ('adminOrFresh' in rule) return who === 'admin'; // this workbook is initialised
  const role = ROLE_OF[who];
  return role !== undefined && rule.roles.includes(role);
}

function triggerUid(wb: PartnersWorkbook, handler: string): string {
  return wb.world.run(
    () =>
      ScriptApp.getProjectTriggers()
        .find((t) => t.getHandlerFunction() === handler)!
        .getUniqueId(),
    { user: USERS.admin },
  );
}

/** One execution as `who`; a trigger run as Google makes it: blank active user, the creator's authority, the event first. */
function callAs(wb: PartnersWorkbook, name: string, who: CallerKind, uid: string): { error: string | null } {
  const fn = wb.context[name] as (...a: unknown[]) => unknown;
  const user = { stranger: STRANGER, blank: '', lecteur: USERS.reader, chargé: USERS.officer, admin: USERS.admin, trigger: '' }[who];
  try {
    wb.world.run(() => fn({ triggerUid: uid }), {
      user,
      // A blank e-mail is still someone: a person whose address Google does not share (Session reference).
      effectiveUser: who === 'trigger' ? USERS.admin : who === 'blank' ? 'partenaire@gmail.com' : undefined,
      cause: who === 'trigger' ? `trigger:${name}` : name,
    });
    return { error: null };
  } catch (e) {
    return { error: String((e as Error).message) };
  }
}

/** One partner, seeded once for the file; every test starts from this state (seededPerFile). */
const seeded = seededPerFile(() => workbookWithPartners([partner()]));

describe('every export declares who may call it', () => {
  let wb: PartnersWorkbook;
  beforeEach(() => {
    wb = seeded();
  });

  it('the built Code.js exposes exactly the declared functions', () => {
    // The one-line stubs build/build.mjs appends, one per export of src/server/index.ts.
    const code = readFileSync(join(DIST, 'Code.js'), 'utf8');
    const exported = [...code.matchAll(/^function (\w+)\(\) \{\n\s+return Pacte\.\1\.apply\(this, arguments\);/gm)].map((m) => m[1]);
    for (const name of exported) expect(typeof wb.context[name]).toBe('function');
    expect(exported.sort()).toEqual(Object.keys(CALLERS).sort());
  });

  it('each export × caller is refused or accepted as declared; a refusal comes first and writes nothing', () => {
    const outcomes: string[] = [];
    const wrong: string[] = [];
    for (const [name, rule] of Object.entries(CALLERS)) {
      const uid = triggerUid(wb, name === 'onSurveySubmit' ? 'onSurveySubmit' : 'runScheduledJobs');
      for (const who of CALLER_KINDS) {
        const allowed = expectedAllowed(rule, who);
        const before = allowed ? '' : snapshot(wb);
        const { error } = callAs(wb, name, who, uid);
        const refused = error !== null && REFUSAL.test(error);
        outcomes.push(`${name} × ${who}: ${refused ? 'refusé' : 'accepté'}`);
        if (refused === allowed) wrong.push(`${name} × ${who}: expected ${allowed ? 'accepted' : 'refused'}, got ${error ?? 'no error'}`);
        if (!allowed && snapshot(wb) !== before) wrong.push(`${name} × ${who}: refused but changed the workbook`);
      }
    }
    expect(wrong).toEqual([]);
    const total = Object.keys(CALLERS).length * CALLER_KINDS.length;
    expect(outcomes).toHaveLength(total);
    console.log(
      `Callers table: ${Object.keys(CALLERS).length} exports × ${CALLER_KINDS.length} callers = ${total} calls; ` +
        `${outcomes.filter((o) => o.endsWith('refusé')).length} refused, ${outcomes.filter((o) => o.endsWith('accepté')).length} accepted, 0 wrong`,
    );
  });
});

/** What a page could send instead of each declared argument: the wrong type, and far too much. */
function badValues(expected: string): unknown[] {
  const huge = 'x'.repeat(6_000_000);
  return expected.startsWith('un texte') || expected.includes('identifiant') || expected.includes('adresse') ? [{ $gt: 0 }, 42, huge] : ['pas ça', [], huge];
}

describe('every argument of every export is checked against its declaration before anything runs', () => {
  let wb: PartnersWorkbook;
  beforeEach(() => {
    wb = seeded();
  });

  it('a wrong argument is refused in French naming it, and writes nothing', () => {
    const wrong: string[] = [];
    let calls = 0;
    for (const name of Object.keys(API) as EndpointName[]) {
      const decl = API[name];
      if (!('roles' in decl.callers)) continue; // menus take no data; triggers take Google's event
      const user = decl.callers.roles.includes('admin') ? USERS.admin : USERS.officer;
      decl.args.forEach((arg, i) => {
        for (const bad of badValues(arg.expected)) {
          const args: unknown[] = decl.args.map(() => undefined);
          args[i] = bad;
          const before = snapshot(wb);
          let error = '';
          try {
            wb.callRaw(name, args, { user });
          } catch (e) {
            error = String((e as Error).message);
          }
          calls++;
          if (!error.startsWith(`Argument « ${arg.label} »`) && !error.startsWith(`${name} :`) && !/^Argument « [^»]+ »/.test(error))
            wrong.push(`${name}(${i + 1}: ${typeof bad === 'string' && bad.length > 40 ? 'texte énorme' : JSON.stringify(bad)}): ${error || 'accepté'}`);
          if (snapshot(wb) !== before) wrong.push(`${name}(${i + 1}) refused but changed the workbook`);
        }
      });
    }
    expect(wrong).toEqual([]);
    console.log(`Argument schemas: ${calls} wrong arguments sent, all refused before anything ran`);
  });

  it('more arguments than declared are refused', () => {
    let error = '';
    try {
      wb.callRaw('getSession', ['en trop'], { user: USERS.admin });
    } catch (e) {
      error = String((e as Error).message);
    }
    expect(error).toBe('getSession : trop d’arguments (1 reçus, au plus 0 attendus).');
  });
});
