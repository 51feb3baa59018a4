/**
 * Transient mail failures on the built bundle: Gmail refusing an address is final,
 * « Service unavailable » and server errors are retried by the next hourly run (5 attempts at most),
 * then left to an admin's manual retry, shown in the sidebar; never a message twice.
 */
import type { LoadedScript } from '../../src/dev/load-script';
import { USERS, partner, seededPerFile, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { _failNextSends, _outbox } from '../../src/dev/emulator/mail';
import { _advanceTime } from '../../src/dev/emulator/script';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import { SENDS } from '../../src/domain/surveys/tables';
import { records } from '../support/demo-sheets';
import { draftConvention } from './approval-fixture';
import { create, draft, send, surveyWorkbook } from './surveys-support';

const { admin, officer: chargee, legal: juridique } = USERS;
const HOUR = 3600 * 1000;

describe('approval notices', () => {
  let wb: PartnersWorkbook;
  const submit = (id: string) => wb.call('submitForValidation', [id], { user: chargee });
  const mailsTo = (address: string) => _outbox(wb.world).filter((m) => m.to.includes(address));
  const log = () => records(wb, MAIL_LOG).map((r) => [r.status, String(r.error ?? '').slice(0, 35)]);
  const seeded = seededPerFile(() => workbookWithPartners([partner()]));
  beforeEach(() => {
    wb = seeded();
  });

  it('« Service unavailable » keeps the notice waiting (not « échec »), tells the user, and the next hourly run sends it once', () => {
    const id = draftConvention(wb, 5_000_000);
    _failNextSends(wb.world, 'unavailable');
    const d = submit(id);
    expect(d.convention.status).toBe('En validation');
    expect(d.notice).toContain("Gmail n'a pas pu envoyer l'e-mail");
    expect(log()).toEqual([['en attente', 'Échec temporaire (essai 1/5) : Exce']]);
    expect(mailsTo(juridique)).toHaveLength(0);
    _advanceTime(wb.world, HOUR);
    expect(mailsTo(juridique)).toHaveLength(1);
    expect(records(wb, MAIL_LOG).map((r) => r.status)).toEqual(['envoyé']);
    _advanceTime(wb.world, 3 * HOUR);
    submit(id);
    expect(mailsTo(juridique)).toHaveLength(1);
  });

  it('after 5 temporary failures the notice is « échec », shown to the admin only, who retries it by hand', () => {
    const id = draftConvention(wb, 5_000_000);
    _failNextSends(wb.world, 'server', 5);
    submit(id);
    _advanceTime(wb.world, 6 * HOUR);
    expect(log()).toEqual([['échec', 'Échec après 5 essais : Exception: W']]);
    expect(mailsTo(juridique)).toHaveLength(0);
    expect(wb.call('getConvention', [id], { user: chargee }).pendingMail).toBeUndefined();
    const seen = wb.call('getConvention', [id], { user: admin }).pendingMail!;
    expect(seen).toEqual([expect.objectContaining({ status: 'échec', to: juridique })]);
    expect(() => wb.call('retryMail', [id, seen[0].id], { user: chargee })).toThrow('Accès refusé');
    const after = wb.call('retryMail', [id, seen[0].id], { user: admin });
    expect(after.pendingMail).toEqual([]);
    expect(mailsTo(juridique)).toHaveLength(1);
    expect(records(wb, MAIL_LOG)[0]).toMatchObject({ status: 'envoyé' });
  });

  it('an address Gmail refuses (« Invalid email: … ») fails at once and is not retried', () => {
    const id = draftConvention(wb, 5_000_000);
    _failNextSends(wb.world, `Invalid email: ${juridique}`);
    submit(id);
    _advanceTime(wb.world, 3 * HOUR);
    expect(log()).toEqual([['échec', `Exception: Invalid email: ${juridique}`.slice(0, 35)]]);
    expect(mailsTo(juridique)).toHaveLength(0);
  });
});

describe('survey invitations', () => {
  const progress = (wb: LoadedScript, id: string) => wb.call('listCampaigns', [], { user: admin }).find((c) => c.id === id)!;
  const statusOf = (wb: LoadedScript, email: string) => records(wb, SENDS).find((r) => r.email === email)!.status;

  it('« Service unavailable » leaves the contact « En attente » (not « Adresse invalide »), shown as retrying; the next run sends it', () => {
    const { wb, partnerIds } = surveyWorkbook(3);
    const c = create(wb, draft(partnerIds));
    _failNextSends(wb.world, 'unavailable');
    send(wb, c.id);
    expect(statusOf(wb, 'partner-1@example.org')).toBe('En attente');
    expect(progress(wb, c.id)).toMatchObject({ sent: 2, retrying: 1, failing: 0, bounced: 0 });
    _advanceTime(wb.world, HOUR);
    expect(statusOf(wb, 'partner-1@example.org')).toBe('Envoyé');
    expect(_outbox(wb.world).filter((m) => m.to.includes('partner-1@example.org'))).toHaveLength(1);
    expect(progress(wb, c.id)).toMatchObject({ sent: 3, retrying: 0 });
  });

  it('after 5 failures the invitation waits for an admin (resendUncertain), then leaves once', () => {
    const { wb, partnerIds } = surveyWorkbook(1);
    const c = create(wb, draft(partnerIds));
    _failNextSends(wb.world, 'unavailable', 5);
    send(wb, c.id);
    _advanceTime(wb.world, 6 * HOUR);
    expect(progress(wb, c.id)).toMatchObject({ sent: 0, retrying: 0, failing: 1 });
    expect(records(wb, SENDS)[0].error).toMatch(/^Échec après 5 essais : Exception: Service unavailable: Gmail/);
    expect(_outbox(wb.world)).toHaveLength(0);
    wb.call('resendUncertain', [c.id], { user: admin });
    expect(_outbox(wb.world)).toHaveLength(1);
    expect(progress(wb, c.id)).toMatchObject({ sent: 1, failing: 0 });
  });

  it('an address Gmail refuses is « Adresse invalide » at once', () => {
    const { wb, partnerIds } = surveyWorkbook(1);
    const c = create(wb, draft(partnerIds));
    _failNextSends(wb.world, 'Invalid email: partner-1@example.org');
    send(wb, c.id);
    expect(statusOf(wb, 'partner-1@example.org')).toBe('Adresse invalide');
  });
});
