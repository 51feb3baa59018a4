/**
 * Concurrent writes of two users: the second user's request runs whole just before each
 * service call of the first's (every position, or every `stride`-th for long writes), as Apps Script
 * may schedule two sidebars' calls. A request refused because the other holds the document lock is
 * retried afterwards, as the user would on the French message (same request ID when it has one).
 * Afterwards: no duplicate ID, neither write lost, every record journaled, the Journal's chain intact.
 */
import { restorerOf, somePartners, USERS, workbookWithPartners } from '../support/workbooks';
import type { LoadedScript } from '../../src/dev/load-script';
import { _interleave } from '../../src/dev/emulator/core/interleave';
import { count, duplicateIds, journalProblems, liveFiles, rowsOf } from '../support/workbook-checks';

const { officer: AWA, otherOfficer: MOUSSA } = USERS;
const BUSY = 'Un autre utilisateur enregistre des modifications en ce moment';

interface Write {
  user: string;
  /** The request, as the sidebar calls it (`fn` is the workbook's top-level function). */
  run: (wb: LoadedScript, requestId: string) => unknown;
}

interface Scene {
  wb: LoadedScript;
  first: Write;
  second: Write;
}

interface Pair {
  name: string;
  /** The workbook both start from (seeded once, put back before each interleaving), and the two users' writes. */
  setup: () => Scene;
  /** What must hold once both writes are done (empty when all is well). */
  check: (wb: LoadedScript) => string[];
  /** Sheets whose IDs must stay unique and journaled. */
  sheets: string[];
}

const fn = (wb: LoadedScript, name: string) => wb.context[name] as (...args: unknown[]) => unknown;

/** Both writes done, the second switched in before the first's `at`-th call; what does not hold. */
function tryInterleaving(p: Pair, scene: Scene, at: number): { calls: number; waited: boolean; problems: string[] } {
  const { wb, first, second } = scene;
  const r = _interleave(
    wb.world,
    at,
    { user: first.user, run: () => first.run(wb, 'first-request-0001') },
    { user: second.user, run: () => second.run(wb, 'second-request-0001') },
  );
  const where = `${p.name}, avant l'appel ${at}`;
  const problems: string[] = [];
  if (!r.first.ok) problems.push(`${where} : la première demande échoue : ${r.first.error.message}`);
  if (r.second && !r.second.ok) {
    if (!r.second.error.message.includes(BUSY)) problems.push(`${where} : la seconde demande échoue : ${r.second.error.message}`);
    else wb.world.run(() => second.run(wb, 'second-request-0001'), { user: second.user }); // the user's retry
  }
  if (!r.second) wb.world.run(() => second.run(wb, 'second-request-0001'), { user: second.user }); // after the first: sequential
  problems.push(...[...p.check(wb), ...duplicateIds(wb, p.sheets), ...journalProblems(wb, p.sheets)].map((m) => `${where} : ${m}`));
  return { calls: r.calls, waited: !!r.second && !r.second.ok, problems };
}

function runPair(p: Pair, stride: number): { positions: number; waited: number; failures: string[] } {
  const scene = p.setup();
  // Every interleaving starts from the same workbook, put back in place rather than built again.
  const restore = restorerOf(scene.wb.world);
  const fromSeed = (at: number) => {
    restore();
    return tryInterleaving(p, scene, at);
  };
  const { calls } = fromSeed(Number.POSITIVE_INFINITY);
  const failures: string[] = [];
  let positions = 0;
  let waited = 0;
  for (let at = 1; at <= calls; at += stride) {
    positions++;
    const r = fromSeed(at);
    if (r.waited) waited++;
    failures.push(...r.problems);
  }
  return { positions, waited, failures };
}

const workbook = () => workbookWithPartners(somePartners(2));
const partnerIds = (wb: LoadedScript) => rowsOf(wb, 'Partenaires').map((r) => String(r['ID']));
const named = (wb: LoadedScript, sheet: string, header: string, value: string) => count(wb, sheet, 1, `ligne(s) « ${value} »`, (r) => r[header] === value);

const PARTNERS: Pair = {
  name: 'deux nouveaux partenaires',
  sheets: ['Partenaires'],
  setup: () => ({
    wb: workbook(),
    first: { user: AWA, run: (wb) => fn(wb, 'savePartner')({ name: 'Association Kénédougou', type: 'OSC' }, []) },
    second: { user: MOUSSA, run: (wb) => fn(wb, 'savePartner')({ name: 'Réseau des jeunes de Ségou', type: 'OSC' }, []) },
  }),
  check: (wb) => [...named(wb, 'Partenaires', 'Nom', 'Association Kénédougou'), ...named(wb, 'Partenaires', 'Nom', 'Réseau des jeunes de Ségou')],
};

const INTERACTIONS: Pair = {
  name: 'deux interactions sur le même partenaire',
  sheets: ['Interactions'],
  setup: () => {
    const wb = workbook();
    const partnerId = partnerIds(wb)[0];
    const log = (summary: string) => (w: LoadedScript) => fn(w, 'logInteraction')({ partnerId, date: '2026-03-10', type: 'Appel', summary });
    return { wb, first: { user: AWA, run: log('Appel budget 2026') }, second: { user: MOUSSA, run: log('Appel rapport annuel') } };
  },
  check: (wb) => [...named(wb, 'Interactions', 'Compte rendu', 'Appel budget 2026'), ...named(wb, 'Interactions', 'Compte rendu', 'Appel rapport annuel')],
};

/** How the Journal names a move forward and back. */
const MOVE_ACTIONS = ["changement d'étape", 'retour à une étape antérieure'];

const MOVES: Pair = {
  name: 'la même opportunité déplacée par deux chargés',
  sheets: ['Opportunités'],
  setup: () => {
    const wb = workbook();
    const { id } = wb.call('saveOpportunity', [{ partnerId: partnerIds(wb)[0], title: 'Jeunes observateurs', stage: 'Contact' }], {
      user: AWA,
    });
    const move = (stage: string) => (w: LoadedScript) => fn(w, 'moveOpportunity')(id, stage);
    return { wb, first: { user: AWA, run: move('Note conceptuelle') }, second: { user: MOUSSA, run: move('Négociation') } };
  },
  // Each move journaled from the stage the other left: Contact → … → final stage, nothing skipped.
  check: (wb) => {
    const moves = rowsOf(wb, 'Journal').filter((j) => MOVE_ACTIONS.includes(String(j['Action'])) && j['Champ'] === 'Étape');
    const stage = String(rowsOf(wb, 'Opportunités')[0]['Étape']);
    const path = ['Contact', ...moves.map((m) => String(m['Après']))];
    const problems = moves.length === 2 ? [] : [`${moves.length} changement(s) d'étape journalisé(s) au lieu de 2`];
    moves.forEach((m, i) => {
      if (String(m['Avant']) !== path[i]) problems.push(`changement ${i + 1} journalisé depuis « ${String(m['Avant'])} » au lieu de « ${path[i]} »`);
    });
    if (path[path.length - 1] !== stage) problems.push(`étape « ${stage} » alors que le Journal finit sur « ${path[path.length - 1]} »`);
    return problems;
  },
};

const GENERATIONS: Pair = {
  name: 'deux conventions générées',
  sheets: ['Conventions', 'Versions', 'Engagements'],
  setup: () => {
    const wb = workbook();
    const [p1, p2] = partnerIds(wb);
    const draft = (partnerId: string, purpose: string) => ({
      partnerId,
      type: 'Convention de partenariat',
      startDate: '2026-03-01',
      endDate: '2027-02-28',
      amount: 1500000,
      purpose,
      commitments: [{ kind: 'Rapport', label: 'Rapport final', due: '2026-12-15', party: 'Nous' }],
    });
    const generate = (d: unknown) => (w: LoadedScript, requestId: string) => fn(w, 'generateConvention')(d, requestId);
    return {
      wb,
      first: { user: AWA, run: generate(draft(p1, 'former 500 jeunes')) },
      second: { user: MOUSSA, run: generate(draft(p2, 'observer les élections')) },
    };
  },
  check: (wb) => {
    const files = liveFiles(wb);
    const docs = files.filter((f) => !f.name.endsWith('.pdf')).length;
    return [
      ...count(wb, 'Conventions', 2, 'conventions'),
      ...count(wb, 'Versions', 2, 'versions'),
      ...count(wb, 'Engagements', 2, 'engagements'),
      ...(docs === 2 && files.length === 4 ? [] : [`${docs} Doc(s) et ${files.length - docs} PDF au lieu de 2 de chaque`]),
    ];
  },
};

describe('two users writing at once: no duplicate ID, no lost write, Journal complete and chained', () => {
  const figures: string[] = [];
  afterAll(() => console.log(`Interleavings (the second request switched in before each service call of the first):\n${figures.join('\n')}`));

  it.each(
    (
      [
        [PARTNERS, 1],
        [INTERACTIONS, 1],
        [MOVES, 1],
        [GENERATIONS, 37],
      ] as const
    ).map(([pair, stride]) => ({ name: pair.name, pair, stride })),
  )('$name', ({ pair, stride }) => {
    const { positions, waited, failures } = runPair(pair, stride);
    figures.push(
      `${pair.name}: ${positions} entrelacements (pas de ${stride}), dont ${waited} où la seconde demande trouve le verrou pris et est reprise, ${failures.length} échec(s)`,
    );
    expect(failures).toEqual([]);
    // Both kinds happened: the second ran whole inside the first (before its lock), and met the lock.
    expect(waited).toBeGreaterThan(0);
    expect(positions - waited).toBeGreaterThan(0);
  });
});
