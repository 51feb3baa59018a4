/** Properties, Cache, Lock, Session, ScriptApp triggers and MailApp's quota. */
import { check } from '../check';

const QUOTAS = 'https://developers.google.com/apps-script/guides/services/quotas#current_limitations';

/** A top-level function of the fidelity bundle: triggers need a real handler name, and it never runs. */
export const TRIGGER_HANDLER = 'fidelityTriggerTarget';

export const scriptServiceChecks = [
  // https://developers.google.com/apps-script/guides/properties#data_format
  check(
    'PropertiesService stores strings; several at once, with deleteAllOthers',
    'https://developers.google.com/apps-script/reference/properties/properties#setProperties(Object,Boolean)',
    (t) => {
      const props = PropertiesService.getScriptProperties();
      t.cleanup(() => props.deleteAllProperties());
      props.setProperty('seuil', 42 as unknown as string);
      t.equal(props.getProperty('seuil'), '42', 'a number is stored as a string');
      t.equal(props.getProperty('absent'), null, 'an absent key');
      props.setProperties({ a: '1', b: '2' });
      props.setProperties({ c: '3' }, true);
      t.equal(props.getKeys(), ['c'], 'deleteAllOthers');
      const copy = props.getProperties();
      copy.c = 'changed';
      t.equal(props.getProperty('c'), '3', 'getProperties returns a copy');
      props.deleteProperty('c');
      props.setProperty('d', '4').deleteAllProperties();
      t.equal(props.getKeys(), [], 'deleteProperty, deleteAllProperties');
    },
  ),

  // 9 KB per value, 500 KB per store; the message as users hitting the limit quote it.
  check('PropertiesService: 9 KB per value and 500 KB per store, with Google’s text', QUOTAS, (t) => {
    const quota = 'You have exceeded the property storage quota. Please remove some properties and try again.';
    const props = PropertiesService.getScriptProperties();
    t.cleanup(() => props.deleteAllProperties());
    t.throws(() => props.setProperty('gros', 'x'.repeat(9 * 1024 + 1)), quota, 'a value of 9 KB + 1');
    t.equal(props.getProperty('gros'), null, 'the refused value is not stored');
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    t.equal(props.getProperty('ok')?.length, 9 * 1024, 'a value of exactly 9 KB');
    let n = 0;
    t.throws(
      () => {
        for (; n < 100; n++) props.setProperty('k' + n, 'y'.repeat(9000));
      },
      quota,
      'filling the store',
    );
    t.within(n, 50, 60, 'values of 9000 characters stored before the store is full');
    t.equal(props.getProperty('k' + n), null, 'the refused value is not stored');
  }),

  check(
    'CacheService: keys over 250 characters and values over 100 KB are refused',
    'https://developers.google.com/apps-script/reference/cache/cache#put(String,String)',
    (t) => {
      const cache = CacheService.getScriptCache();
      t.cleanup(() => cache.removeAll(['ok', 'k', 'x', 'y']));
      t.throws(() => cache.put('k'.repeat(251), 'v'), 'Argument too large: key', 'key');
      t.throws(() => cache.put('k', 'v'.repeat(100 * 1024 + 1)), 'Argument too large: value', 'value');
      t.throws(() => cache.putAll({ ok: '1', bad: 'v'.repeat(100 * 1024 + 1) }), 'Argument too large: value', 'putAll');
      t.equal(cache.get('ok'), null, 'putAll stored nothing');
      cache.putAll({ x: '1', y: '2' });
      t.equal(cache.getAll(['x', 'y', 'z']), { x: '1', y: '2' }, 'getAll omits missing keys');
    },
  ),

  check(
    'LockService: tryLock, hasLock, waitLock and releaseLock in one execution',
    'https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)',
    (t) => {
      const lock = LockService.getScriptLock();
      t.cleanup(() => lock.releaseLock());
      t.equal(lock.hasLock(), false, 'not held before tryLock');
      t.equal(lock.tryLock(1000), true, 'tryLock');
      t.equal(lock.hasLock(), true, 'held');
      lock.waitLock(1000);
      t.equal(LockService.getScriptLock().tryLock(0), true, 'the holder may lock again');
      lock.releaseLock();
      t.equal(lock.hasLock(), false, 'released');
      t.equal(LockService.getUserLock().tryLock(0), true, 'user lock');
      LockService.getUserLock().releaseLock();
    },
  ),

  // "…or null if called from a standalone script or web app" (the fidelity project is standalone).
  check(
    'LockService.getDocumentLock is null in a standalone script',
    'https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()',
    (t) => {
      t.equal(LockService.getDocumentLock(), null);
    },
  ),

  check('Session: active and effective user, script time zone, temporary key', 'https://developers.google.com/apps-script/reference/base/session', (t) => {
    const active = Session.getActiveUser().getEmail();
    // The address itself is never recorded: results files are meant to be shared.
    t.ok(/^[^@\s]+@[^@\s]+$/.test(active), 'the owner running the script sees their own address');
    t.ok(active === Session.getEffectiveUser().getEmail(), 'effective user = active user when the owner runs it');
    t.equal(Session.getScriptTimeZone(), 'Africa/Bamako', 'the manifest’s time zone');
    const key = Session.getTemporaryActiveUserKey();
    t.ok(typeof key === 'string' && key.length > 0 && !key.includes(active), 'an opaque, non-empty key');
    t.equal(Session.getTemporaryActiveUserKey(), key, 'stable within the execution');
    t.match(Session.getActiveUserLocale(), /^[a-z]{2}/, 'a language code');
  }),

  check(
    'ScriptApp: installable triggers are listed with their type and source, and deleted',
    'https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()',
    (t) => {
      const ss = t.spreadsheet();
      const clock = ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().everyHours(1).create();
      t.cleanup(() => ScriptApp.deleteTrigger(clock));
      const onOpen = ScriptApp.newTrigger(TRIGGER_HANDLER).forSpreadsheet(ss).onOpen().create();
      t.cleanup(() => ScriptApp.deleteTrigger(onOpen));
      const listed = () => ScriptApp.getProjectTriggers().filter((x) => [clock.getUniqueId(), onOpen.getUniqueId()].includes(x.getUniqueId()));
      t.equal(listed().length, 2, 'both listed');
      t.equal([String(clock.getEventType()), String(clock.getTriggerSource()), clock.getHandlerFunction()], ['CLOCK', 'CLOCK', TRIGGER_HANDLER], 'time-driven');
      t.equal(
        [String(onOpen.getEventType()), String(onOpen.getTriggerSource()), onOpen.getTriggerSourceId()],
        ['ON_OPEN', 'SPREADSHEETS', ss.getId()],
        'spreadsheet',
      );
      t.match(clock.getUniqueId(), /^\d+$/, 'unique id');
      ScriptApp.deleteTrigger(clock);
      t.equal(
        listed().map((x) => x.getUniqueId()),
        [onOpen.getUniqueId()],
        'deleted',
      );
    },
  ),

  // https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)
  check(
    'ScriptApp: everyMinutes accepts only 1, 5, 10, 15 or 30',
    'https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer)',
    (t) => {
      t.throws(() => ScriptApp.newTrigger(TRIGGER_HANDLER).timeBased().everyMinutes(2), 'The value you passed to everyMinutes was invalid.');
    },
  ),

  check(
    'MailApp.getRemainingDailyQuota is a whole number of recipients',
    'https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()',
    (t) => {
      const quota = MailApp.getRemainingDailyQuota();
      t.ok(typeof quota === 'number' && Number.isInteger(quota) && quota >= 0, 'a non-negative integer');
    },
  ),
];
