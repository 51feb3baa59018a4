/**
 * Both mailers go through one outbox (services/mail/outbox.ts). An execution killed at each step of
 * a send (injected with world.faults.failAt: Apps Script's 6-minute limit) never mails anyone twice:
 * killed between the claim and the send, or between the send and the log's mark → « incertain »,
 * reported, never resent by the hourly job; killed after the mark → nothing to correct.
 */
import { _outbox } from '../../src/dev/emulator/mail';
import { _advanceTime } from '../../src/dev/emulator/script';
import { MAIL_LOG } from '../../src/domain/conventions/approval-tables';
import { SENDS } from '../../src/domain/surveys/tables';
import { records } from '../support/demo-sheets';
import { USERS, partner, seededPerFile, workbookWithPartners } from '../support/workbooks';
import { draftConvention } from './approval-fixture';
import { create, draft, list, send, surveyWorkbook } from './surveys-support';

const KILLED = 'Exceeded maximum execution time';
const HOUR = 3600 * 1000;
const { admin, officer: chargee, legal: juridique } = USERS;

/** Where the execution dies: the n-th call of `prefix`, before it takes effect or after. */
const KILLS = [
  { when: 'between the claim and the send', prefix: 'MailApp.sendEmail', after: false, uncertain: true },
  { when: 'between the send and the mark', prefix: 'MailApp.sendEmail', after: true, uncertain: true },
  { when: 'after the mark, before the claim is released', prefix: 'Properties.deleteProperty', after: false, uncertain: false },
] as const;

/** A workbook with a partner to draft conventions with, seeded once for the file. */
const withPartner = seededPerFile(() => workbookWithPartners([partner()]));

describe.each(KILLS)('killed $when', ({ prefix, after, uncertain }) => {
  it('approval notice: mailed at most once; an uncertain one waits for the admin in « échec »', () => {
    const wb = withPartner();
    const id = draftConvention(wb, 5_000_000);
    wb.world.faults.failAt(1, KILLED, { prefixes: [prefix], after });
    expect(() => wb.call('submitForValidation', [id], { user: chargee })).toThrow(KILLED);
    wb.world.faults.disarm();
    const left = _outbox(wb.world).filter((m) => m.to.includes(juridique)).length;
    _advanceTime(wb.world, 3 * HOUR); // the hourly « e-mails » job recovers the claim
    expect(_outbox(wb.world).filter((m) => m.to.includes(juridique))).toHaveLength(left);
    const [row] = records(wb, MAIL_LOG);
    if (uncertain) {
      expect(row).toMatchObject({ status: 'échec', error: expect.stringMatching(/^Envoi incertain : exécution interrompue/) });
      const pending = wb.call('getConvention', [id], { user: admin }).pendingMail!;
      expect(pending).toEqual([expect.objectContaining({ status: 'échec', to: juridique })]);
    } else expect(row).toMatchObject({ status: 'envoyé' });
    expect(records(wb, MAIL_LOG)).toHaveLength(1);
  });

  it('survey invitations: each contact mailed at most once; the one being sent is « Envoi incertain »', () => {
    const { wb, partnerIds } = surveyWorkbook(4);
    const c = create(wb, draft(partnerIds));
    wb.world.faults.failAt(2, KILLED, { prefixes: [prefix], after });
    expect(() => send(wb, c.id)).toThrow(KILLED);
    wb.world.faults.disarm();
    _advanceTime(wb.world, 3 * HOUR); // the hourly survey job recovers the claim and sends the rest
    const mailed = _outbox(wb.world).map((m) => m.to);
    expect(new Set(mailed).size).toBe(mailed.length);
    const statuses = records(wb, SENDS).map((s) => s.status);
    expect(statuses.filter((s) => s === 'Envoi incertain')).toHaveLength(uncertain ? 1 : 0);
    expect(mailed).toHaveLength(uncertain ? 4 - 1 + (after ? 1 : 0) : 4);
    expect(list(wb)[0]).toMatchObject({ uncertain: uncertain ? 1 : 0 });
  });
});
