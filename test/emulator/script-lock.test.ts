/**
 * LockService: contention between interleaved executions, timeouts on the test clock, release at end.
 * Facts that real Google can confirm are fidelity checks (src/dev/fidelity/checks/), run on the emulator
 * by test/fidelity/checks.test.ts and on Google by `npm run fidelity:push` (one source for each fact).
 */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices } from '../../src/dev/emulator/script';

let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installScriptServices(world));
});

describe('LockService', () => {
  it('makes a second execution wait, then fail, while the first holds the script lock', () => {
    // https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)
    const a = world.begin({ user: 'a@org.ml', cause: 'sidebar' });
    expect(LockService.getScriptLock().tryLock(1000)).toBe(true);
    const b = world.begin({ user: 'b@org.ml', cause: 'sidebar' });
    const start = world.clock.now();
    const lock = LockService.getScriptLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(world.clock.now() - start).toBe(5000);
    world.enter(a);
    expect(LockService.getScriptLock().hasLock()).toBe(true);
    world.end(a);
    world.enter(b);
    expect(lock.tryLock(5000)).toBe(true);
    world.end(b);
  });

  it("throws Google's text when waitLock times out", () => {
    // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) — text as quoted from execution logs.
    world.begin({ user: 'a@org.ml' });
    world.activeSpreadsheetId = 'ss-1';
    LockService.getDocumentLock()!.waitLock(1000);
    world.begin({ user: 'b@org.ml' });
    expect(() => LockService.getDocumentLock()!.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
  });

  it('lets the holding execution lock again, release explicitly, and frees locks when it ends', () => {
    const a = world.begin({ user: 'a@org.ml' });
    LockService.getScriptLock().waitLock(1000);
    world.end(a);
    world.run(() => expect(LockService.getScriptLock().tryLock(0)).toBe(true), { user: 'b@org.ml' });
  });

  it('gives each user their own user lock, and no document lock without a container', () => {
    // https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()
    world.begin({ user: 'a@org.ml' });
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    world.begin({ user: 'b@org.ml' });
    expect(LockService.getUserLock().tryLock(0)).toBe(true);
    expect(LockService.getScriptLock().tryLock(0)).toBe(true);
  });
});
