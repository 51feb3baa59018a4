/** The emulator's own machinery: call counting, unknown methods, executions. */
import { World } from '../../src/dev/emulator';
import { Blob } from '../../src/dev/emulator/core/blob';
import { _interleave } from '../../src/dev/emulator/core/interleave';

describe('emulator core', () => {
  it('counts only calls made by user code, not calls the emulator makes internally', () => {
    const world = new World();
    const blob = Blob._fromText(world.log, 'bonjour');
    blob.copyBlob().getDataAsString();
    expect(world.log.snapshot()).toEqual({ 'Blob.copyBlob': 1, 'Blob.getDataAsString': 1 });
  });

  it('throws "Not emulated: Class.method" for a Google method the emulator lacks', () => {
    const world = new World();
    const blob = Blob._fromText(world.log, 'x') as unknown as { getAllBlobs(): unknown };
    expect(() => blob.getAllBlobs()).toThrow('Not emulated: Blob.getAllBlobs');
  });

  it('runs cleanups registered by an execution when it ends, and resumes the previous one', () => {
    const world = new World();
    const a = world.begin({ user: 'a@org.ml' });
    const released: string[] = [];
    a.onEnd(() => released.push('a'));
    const b = world.begin({ user: 'b@org.ml' });
    expect(world.execution.user).toBe('b@org.ml');
    world.end(b);
    expect(world.execution).toBe(a);
    world.end(a);
    expect(released).toEqual(['a']);
  });

  it("_interleave runs a second user whole just before the first one's n-th call, then resumes the first", () => {
    const world = new World();
    const seen: string[] = [];
    const step = (label: string) => {
      seen.push(`${label}:${world.execution.user}`);
      Blob._fromText(world.log, label).getDataAsString();
    };
    const r = _interleave(
      world,
      2,
      { user: 'a@org.ml', run: () => ['a1', 'a2', 'a3'].forEach(step) },
      { user: 'b@org.ml', run: () => ['b1', 'b2'].forEach(step) },
    );
    expect(seen).toEqual(['a1:a@org.ml', 'a2:a@org.ml', 'b1:b@org.ml', 'b2:b@org.ml', 'a3:a@org.ml']);
    expect(r).toMatchObject({ first: { ok: true }, second: { ok: true }, calls: 3 });
    expect(world.openExecutions()).toEqual([]);
  });
});
