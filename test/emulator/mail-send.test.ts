/** MailApp emulator: overloads, recipient quota and its 24-hour reset, Google's errors, outbox and bounces. */
import { World } from '../../src/dev/emulator';
import { Blob } from '../../src/dev/emulator/core/blob';
import { installMailApp, _outbox, _setMailQuota, _bounce, _bounces, _failNextSends } from '../../src/dev/emulator/mail';

let world: World;
beforeEach(() => {
  world = new World();
  Object.assign(globalThis, installMailApp(world));
});

describe('MailApp.sendEmail', () => {
  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String)
  it('sends from the executing user and records the message', () => {
    world.run(() => MailApp.sendEmail('awa@partenaire.ml', 'Enquête', 'Bonjour'), { user: 'staff@ajcad-mali.org' });
    const [m] = _outbox(world);
    expect(m).toMatchObject({
      sender: 'staff@ajcad-mali.org',
      to: ['awa@partenaire.ml'],
      cc: [],
      bcc: [],
      subject: 'Enquête',
      body: 'Bonjour',
      htmlBody: null,
    });
    expect(m.sentAt.getTime()).toBe(world.clock.now());
    expect(world.log.count('MailApp.sendEmail')).toBe(1);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)
  it('takes several comma-separated recipients and the advanced options', () => {
    const pdf = Blob._fromText(world.log, '%PDF', 'application/pdf', 'convention.pdf');
    MailApp.sendEmail('a@x.org, Ali Traoré <b@y.org>', 'Objet', 'texte', {
      cc: 'c@x.org',
      bcc: 'd@x.org,e@x.org',
      htmlBody: '<b>texte</b>',
      name: 'Pacte',
      replyTo: 'dg@ajcad-mali.org',
      noReply: true,
      attachments: [pdf as unknown as GoogleAppsScript.Base.BlobSource],
    });
    const [m] = _outbox(world);
    expect([m.to, m.cc, m.bcc]).toEqual([['a@x.org', 'b@y.org'], ['c@x.org'], ['d@x.org', 'e@x.org']]);
    expect([m.htmlBody, m.name, m.replyTo, m.noReply]).toEqual(['<b>texte</b>', 'Pacte', 'dg@ajcad-mali.org', true]);
    expect(m.attachments).toEqual([{ name: 'convention.pdf', contentType: 'application/pdf', size: 4 }]);
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object)
  it('takes a message object', () => {
    MailApp.sendEmail({ to: 'a@x.org', subject: 'S', htmlBody: '<p>h</p>', name: 'Pacte' });
    expect(_outbox(world)[0]).toMatchObject({ to: ['a@x.org'], subject: 'S', body: '', htmlBody: '<p>h</p>', name: 'Pacte' });
  });

  // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,String)
  it('takes (to, replyTo, subject, body)', () => {
    MailApp.sendEmail('a@x.org', 'reply@x.org', 'Sujet', 'Corps');
    expect(_outbox(world)[0]).toMatchObject({ to: ['a@x.org'], replyTo: 'reply@x.org', subject: 'Sujet', body: 'Corps' });
  });

  // Google's text as scripts report it ("Exception: Invalid email: …"); nothing is sent or counted.
  it("refuses a malformed address with Google's error, sending nothing", () => {
    expect(() => MailApp.sendEmail('a@x.org, pas-une-adresse', 'S', 'B')).toThrow('Invalid email: pas-une-adresse');
    expect(() => MailApp.sendEmail('a@x.org', 'S', 'B', { cc: 'b@@x.org' })).toThrow('Invalid email: b@@x.org');
    expect(_outbox(world)).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
  });

  // Observed Google text for an empty recipient list.
  it('refuses a message without recipients', () => {
    expect(() => MailApp.sendEmail('', 'S', 'B')).toThrow('Failed to send email: no recipient');
    expect(() => MailApp.sendEmail({ to: ' , ', subject: 'S', body: 'B' })).toThrow('Failed to send email: no recipient');
  });

  // https://developers.google.com/apps-script/guides/services/quotas — current limitations (recipients per message, body size).
  it('enforces the per-message limits', () => {
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@x.org`).join(',');
    expect(() => MailApp.sendEmail(many, 'S', 'B')).toThrow('Limit Exceeded: Email Recipients Per Message.');
    expect(() => MailApp.sendEmail('a@x.org', 'S', 'x'.repeat(200 * 1024 + 1))).toThrow('Limit Exceeded: Email Body Size.');
    MailApp.sendEmail('a@x.org', 'S', 'x'.repeat(200 * 1024));
    expect(_outbox(world)).toHaveLength(1);
  });
});

describe("MailApp failures on Google's side (emulator-only _failNextSends)", () => {
  it('throws the chosen text for the next sends, sending and counting nothing, then sends again', () => {
    _failNextSends(world, 'unavailable', 2);
    expect(() => MailApp.sendEmail('a@x.org', 'S', 'B')).toThrow('Service unavailable: Gmail');
    expect(() => MailApp.sendEmail('a@x.org', 'S', 'B')).toThrow('Service unavailable: Gmail');
    expect(_outbox(world)).toEqual([]);
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@x.org', 'S', 'B');
    expect(_outbox(world)).toHaveLength(1);
    _failNextSends(world, 'server');
    expect(() => MailApp.sendEmail('a@x.org', 'S', 'B')).toThrow("We're sorry, a server error occurred. Please wait a bit and try again.");
  });
});

describe('MailApp quota', () => {
  // https://developers.google.com/apps-script/guides/services/quotas — 100 recipients/day (consumer), counted per recipient.
  it('counts recipients (to, cc and bcc), not messages', () => {
    expect(MailApp.getRemainingDailyQuota()).toBe(100);
    MailApp.sendEmail('a@x.org,b@x.org', 'S', 'B', { cc: 'c@x.org', bcc: 'd@x.org' });
    expect(MailApp.getRemainingDailyQuota()).toBe(96);
  });

  // Exception text quoted by scripts that hit the quota: "Service invoked too many times for one day: email."
  it('refuses a send that would exceed the quota, sending nothing', () => {
    _setMailQuota(world, 3);
    MailApp.sendEmail('a@x.org', 'S', 'B');
    expect(() => MailApp.sendEmail('b@x.org,c@x.org,d@x.org', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    expect(_outbox(world)).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail('b@x.org,c@x.org', 'S', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
  });

  // "Quotas are per user and reset 24 hours after the first request." (quotas page)
  it('resets 24 hours after the first send of the window, not after the last', () => {
    _setMailQuota(world, 2);
    MailApp.sendEmail('a@x.org', 'S', 'B');
    world.clock.advance(20 * 3600_000);
    MailApp.sendEmail('b@x.org', 'S', 'B');
    expect(() => MailApp.sendEmail('c@x.org', 'S', 'B')).toThrow('Service invoked too many times for one day: email.');
    world.clock.advance(4 * 3600_000 - 1);
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    world.clock.advance(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(2);
    MailApp.sendEmail('c@x.org', 'S', 'B');
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
  });

  it('keeps one quota per user and can be set for a Workspace account', () => {
    _setMailQuota(world, 1500);
    world.run(() => MailApp.sendEmail('a@x.org,b@x.org', 'S', 'B'), { user: 'dg@ajcad-mali.org' });
    expect(world.run(() => MailApp.getRemainingDailyQuota(), { user: 'dg@ajcad-mali.org' })).toBe(1498);
    expect(world.run(() => MailApp.getRemainingDailyQuota(), { user: 'daf@ajcad-mali.org' })).toBe(1500);
  });
});

describe('bounces', () => {
  it('sends to a bouncing address but records the bounce', () => {
    _bounce(world, 'Ancien@Partenaire.ml');
    MailApp.sendEmail('ok@partenaire.ml', 'Enquête', 'B', { cc: 'ancien@partenaire.ml' });
    expect(_outbox(world)).toHaveLength(1);
    expect(_bounces(world)).toEqual([{ address: 'ancien@partenaire.ml', subject: 'Enquête', sender: world.owner, sentAt: new Date(world.clock.now()) }]);
  });

  it('hands out copies of the outbox', () => {
    MailApp.sendEmail('a@x.org', 'S', 'B');
    _outbox(world)[0].to.push('intrus@x.org');
    expect(_outbox(world)[0].to).toEqual(['a@x.org']);
  });
});
