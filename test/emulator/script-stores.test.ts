/** PropertiesService and CacheService: scopes, string values, limits and expiry. */
import { World } from '../../src/dev/emulator/core/world';
import { installScriptServices } from '../../src/dev/emulator/script';

let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installScriptServices(world));
});

describe('PropertiesService', () => {
  it('stores strings: other values are converted with String()', () => {
    // https://developers.google.com/apps-script/guides/properties#data_format
    const props = PropertiesService.getScriptProperties();
    props.setProperty('seuil', 42 as unknown as string);
    expect(props.getProperty('seuil')).toBe('42');
    expect(props.getProperty('absent')).toBeNull();
  });

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

  it('sets several at once, optionally deleting all others, and returns copies', () => {
    // https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)
    const props = PropertiesService.getScriptProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getKeys()).toEqual(['c']);
    const copy = props.getProperties();
    copy.c = 'changed';
    expect(props.getProperty('c')).toBe('3');
    props.deleteProperty('c');
    props.setProperty('d', '4').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it("refuses a value over 9 KB and a store over 500 KB with Google's quota text, changing nothing", () => {
    // https://developers.google.com/apps-script/guides/services/quotas#current_limitations (9 KB / val, 500 KB / store);
    // message as quoted by users hitting the limit.
    const quota = 'You have exceeded the property storage quota. Please remove some properties and try again.';
    const props = PropertiesService.getScriptProperties();
    expect(() => props.setProperty('gros', 'x'.repeat(9 * 1024 + 1))).toThrow(quota);
    expect(props.getProperty('gros')).toBeNull();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    let n = 0;
    expect(() => {
      for (;;) props.setProperty('k' + n++, 'y'.repeat(9000));
    }).toThrow(quota);
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(60);
    expect(props.getProperty('k' + (n - 1))).toBeNull();
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

  it('refuses keys over 250 characters and values over 100 KB', () => {
    // https://developers.google.com/apps-script/reference/cache/cache (key 250 chars, 100 KB per key); texts as users quote them.
    const cache = CacheService.getUserCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => cache.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.putAll({ ok: '1', bad: 'v'.repeat(100 * 1024 + 1) })).toThrow('Argument too large: value');
    expect(cache.get('ok')).toBeNull();
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
