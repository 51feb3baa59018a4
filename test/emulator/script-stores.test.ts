/**
 * PropertiesService and CacheService: scopes, string values, limits and expiry.
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

describe('PropertiesService', () => {
  it('keeps one store per user, shared script properties, and per-document properties', () => {
    // https://developers.google.com/apps-script/guides/properties#comparison_of_property_stores
    world.run(
      () => {
        PropertiesService.getUserProperties().setProperty('onglet', 'pipeline');
        PropertiesService.getScriptProperties().setProperty('version', '3');
      },
      { user: 'a@ajcad-mali.org' },
    );
    world.run(
      () => {
        expect(PropertiesService.getUserProperties().getProperty('onglet')).toBeNull();
        expect(PropertiesService.getScriptProperties().getProperty('version')).toBe('3');
      },
      { user: 'b@ajcad-mali.org' },
    );
    expect(PropertiesService.getDocumentProperties()).toBeNull();
    world.activeSpreadsheetId = 'ss-1';
    PropertiesService.getDocumentProperties()!.setProperty('k', 'v');
    world.activeSpreadsheetId = 'ss-2';
    expect(PropertiesService.getDocumentProperties()!.getProperty('k')).toBeNull();
  });
});

describe('CacheService', () => {
  it('expires entries after 600 s by default, or the given seconds, on the test clock', () => {
    // https://developers.google.com/apps-script/reference/cache/cache#put(String,String)
    const cache = CacheService.getScriptCache();
    cache.put('a', '1');
    cache.put('b', '2', 30);
    world.clock.advance(29_000);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ a: '1', b: '2' });
    world.clock.advance(1_000);
    expect(cache.get('b')).toBeNull();
    world.clock.advance(570_000);
    expect(cache.get('a')).toBeNull();
  });

  it('keeps nothing longer than 6 hours', () => {
    // https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer) — maximum 21600 seconds
    const cache = CacheService.getScriptCache();
    cache.put('k', 'v', 100000);
    world.clock.advance(21600 * 1000);
    expect(cache.get('k')).toBeNull();
  });

  it('puts and removes in bulk, and separates users and documents', () => {
    const cache = CacheService.getScriptCache();
    cache.putAll({ x: '1', y: '2', z: '3' });
    cache.removeAll(['x', 'y']);
    cache.remove('z');
    expect(cache.getAll(['x', 'y', 'z'])).toEqual({});
    world.run(() => CacheService.getUserCache().put('u', 'a'), { user: 'a@org.ml' });
    world.run(() => expect(CacheService.getUserCache().get('u')).toBeNull(), { user: 'b@org.ml' });
    expect(CacheService.getDocumentCache()).toBeNull();
  });
});
