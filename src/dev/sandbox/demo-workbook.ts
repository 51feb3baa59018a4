/**
 * Builds the sandbox's workbook: the real Code.js in its own V8 context over the emulator,
 * a spreadsheet initialised by Pacte's own menu command, then the demo partners written
 * through Pacte's store (so demo data passes the same validation as user input).
 */
import { createGlobals, type WorldOptions } from '../emulator';
import { loadScript, type LoadedScript } from '../load-script';
import { CONTACTS, CONVENTIONS, PARTNERS } from '../../domain/schema/tables';
import { grantRoles } from './demo-roles';
import { fillStageLogs } from '../../services/workbook-setup';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { DEMO_ORGANISATION, DEMO_PARTNERS, DEMO_ROLES, DEMO_USERS } from './demo-data';
import { DEMO_CONTACTS, DEMO_INTERACTIONS, DEMO_OPPORTUNITIES, DEMO_OPPORTUNITY_REASONS } from './demo-activity';
import { seedDemoConventions } from './demo-conventions';
import { seedApprovals } from './demo-approvals';
import { seedSurveys } from './demo-surveys';
import { seedCommitments } from './demo-commitments';
import { seedResources } from './demo-resources';
import { seedEvents } from './demo-events';
import { seedDossier } from './demo-dossier';
import { seedRepresentation } from './demo-representation';
import { seedEvaluations } from './demo-evaluations';
import { seedKpiSnapshots } from './demo-kpis';
import { seedReadiness } from './demo-readiness';
import { seedWatch } from './demo-watch';

export interface DemoWorkbook extends LoadedScript {
  spreadsheetId: string;
}

interface DemoOptions {
  dist?: string;
  /** Partners to seed instead of the 40 demo partners (then no activity is seeded). */
  partners?: readonly Record<string, unknown>[];
  /** Contacts, opportunities, interactions (default: with the demo partners). */
  activity?: boolean;
  /** Also conventions (Docs, versions, circuit, signatures), commitments, a survey campaign with answers and joint evaluations: the sandbox. */
  full?: boolean;
  /** Emulator options: add-on or bound script, Google's undocumented behaviours (triggerActiveUser, docsReplacement, formDestinationNeedsSpreadsheets…). */
  world?: WorldOptions;
}

export function createDemoWorkbook(opts: DemoOptions = {}): DemoWorkbook {
  const loaded = loadScript({ ...opts.world, owner: DEMO_USERS.admin, dist: opts.dist, now: new Date('2026-03-12T09:00:00Z') });
  const { world } = loaded;
  // The same world seen from this realm: seeding code uses the store like the server does.
  Object.assign(globalThis, createGlobals(world));

  // The workbook is the user's own (made in Sheets), not something Pacte's code creates.
  const spreadsheetId = world.inspect(() => {
    const ss = SpreadsheetApp.create(DEMO_ORGANISATION);
    ss.setSpreadsheetTimeZone('Africa/Bamako');
    return ss.getId();
  });
  world.activeSpreadsheetId = spreadsheetId;
  loaded.call('initialiseWorkbook', [], { user: DEMO_USERS.admin });

  world.run(
    () => {
      const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
      grantRoles(ctx, DEMO_ROLES);
      SheetTable.open(ctx, PARTNERS).insert(opts.partners ?? DEMO_PARTNERS);
      // Seeded below the use cases: their first lifecycle step comes from the Journal, as on an older workbook.
      fillStageLogs(ctx);
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  if (opts.activity ?? !opts.partners) seedActivity(loaded);
  if (opts.full) {
    seedDemoConventions(loaded);
    seedApprovals(loaded);
    seedCommitments(loaded);
    seedResources(loaded);
    seedRepresentation(loaded);
    seedEvaluations(loaded);
    seedReadiness(loaded);
    seedSurveys(loaded);
    seedEvents(loaded);
    seedKpiSnapshots(loaded);
    seedDossier(loaded);
    seedWatch(loaded);
  }
  world.log.reset();
  return { ...loaded, spreadsheetId };
}

/** Contacts, opportunities and interactions, entered through Pacte's own API as the officers would. */
function seedActivity(loaded: LoadedScript): void {
  const { world, call } = loaded;
  const ids = world.run(() => {
    const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
    const byAcronym = new Map(
      SheetTable.open(ctx, PARTNERS)
        .all()
        .map((s) => [String(s.record.acronym || s.record.name), String(s.record.id)]),
    );
    SheetTable.open(ctx, CONTACTS).insert(
      DEMO_CONTACTS.map(([acronym, name, role, email, phone]) => ({
        partnerId: byAcronym.get(acronym),
        name,
        role,
        email,
        phone,
        language: 'Français',
        primary: true,
      })),
    );
    return byAcronym;
  });
  const partnerId = (acronym: string): string => {
    const id = ids.get(acronym);
    if (!id) throw new Error(`Demo data: unknown partner ${acronym}`);
    return id;
  };
  for (const [acronym, title, stage, amount, currency, decisionDate, nextAction, nextDue, owner, axis] of DEMO_OPPORTUNITIES) {
    const user = DEMO_USERS[owner];
    const open = !['Signée', 'Abandonnée', 'Refusée'].includes(stage);
    const { id } = call(
      'saveOpportunity',
      [{ partnerId: partnerId(acronym), title, stage: open ? stage : 'Négociation', amount, currency, decisionDate, nextAction, nextDue, owner: user, axis }],
      { user },
    );
    if (!open) {
      if (stage === 'Signée') {
        world.run(() => {
          const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), user);
          SheetTable.open(ctx, CONVENTIONS).insert([
            {
              partnerId: partnerId(acronym),
              opportunityId: id,
              type: 'Convention de partenariat',
              version: 1,
              status: 'Active',
              startDate: '2026-03-01',
              endDate: '2027-02-28',
              amount,
            },
          ]);
        });
      }
      call('moveOpportunity', [id, stage, DEMO_OPPORTUNITY_REASONS[title]], { user });
    }
  }
  for (const [acronym, date, type, summary, decisions, nextSteps, nextDue] of DEMO_INTERACTIONS) {
    call('logInteraction', [{ partnerId: partnerId(acronym), date, type, summary, decisions, nextSteps, nextDue }], { user: DEMO_USERS.chargee });
  }
  call('recomputePriorities', [], { user: DEMO_USERS.admin });
}
