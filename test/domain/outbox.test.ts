/** The outbox's decisions (domain/mail/outbox.ts), shared by the approval notices and the survey invitations. */
import { CLAIM_BATCH, isKilled, outcomeOfError, progressMark, resolveClaim, splitByQuota } from '../../src/domain/mail/outbox';
import { gaveUp } from '../../src/domain/mail/mail-failures';

describe('resolveClaim: a claim left by a killed run', () => {
  it('the message being sent when it died is uncertain; sent and refused ones are known; the rest waits again', () => {
    const marks = ['sent', 'invalid', 'retry', 'failed'] as const;
    const progress = marks.map(progressMark).join('');
    const known = resolveClaim(['a', 'b', 'c', 'd', 'e', 'f', 'g'], progress);
    expect(Object.fromEntries(known)).toEqual({ a: 'sent', b: 'invalid', c: 'waiting', d: 'failed', e: 'uncertain', f: 'waiting', g: 'waiting' });
  });

  it('killed right after the claim, before any send: only the first is uncertain', () => {
    expect(Object.fromEntries(resolveClaim(['a', 'b'], ''))).toEqual({ a: 'uncertain', b: 'waiting' });
  });

  it('a batch that ran to its end (quota refusal included) leaves nothing uncertain', () => {
    const progress = progressMark('sent') + progressMark('quota').repeat(2);
    expect([...resolveClaim(['a', 'b', 'c'], progress).values()]).toEqual(['sent', 'waiting', 'waiting']);
  });
});

describe('outcomeOfError: what a MailApp refusal means for the message', () => {
  it('quota: not sent, waits for the quota; an address Gmail refuses: never retried', () => {
    expect(outcomeOfError('Service invoked too many times for one day: email.', '')).toEqual({ outcome: 'quota', error: '' });
    expect(outcomeOfError('Invalid email: x@y', '')).toEqual({ outcome: 'invalid', error: 'Invalid email: x@y' });
  });

  it('a temporary failure is retried, counted in the error, then given up after the 5th', () => {
    const first = outcomeOfError('Service unavailable: Gmail', '');
    expect(first).toEqual({ outcome: 'retry', error: expect.stringMatching(/^Échec temporaire \(essai 1\/5\)/) });
    const fifth = outcomeOfError('Service unavailable: Gmail', 'Échec temporaire (essai 4/5) : …');
    expect(fifth.outcome).toBe('failed');
    expect(gaveUp(fifth.error)).toBe(true);
  });

  it('a message that cannot leave as it is fails at once and waits for an administrator', () => {
    const r = outcomeOfError('Limit Exceeded: Email Body Size.', '');
    expect(r.outcome).toBe('failed');
    expect(r.error).toMatch(/^Échec définitif : Limit Exceeded/);
    expect(gaveUp(r.error)).toBe(true);
  });

  it('the 6-minute limit is a kill (the claim stays), not a mail failure', () => {
    expect(isKilled('Exceeded maximum execution time')).toBe(true);
    expect(isKilled('Service unavailable: Gmail')).toBe(false);
  });
});

describe('splitByQuota: send now or queue', () => {
  it('counts recipients, oldest first; a message too big waits while a smaller one after it still goes', () => {
    const { now, later } = splitByQuota([['a', 'b'], ['c', 'd', 'e'], ['f']], (m) => m.length, 3);
    expect(now).toEqual([['a', 'b'], ['f']]);
    expect(later).toEqual([['c', 'd', 'e']]);
  });

  it('caps the number of messages; nothing goes on an exhausted quota', () => {
    expect(splitByQuota([1, 2, 3], () => 1, 10, 2).now).toEqual([1, 2]);
    expect(splitByQuota([1, 2], () => 1, 0)).toEqual({ now: [], later: [1, 2] });
  });

  it('claims fit in one property value (9 KB) at ~40 characters per key', () => {
    expect(JSON.stringify(new Array(CLAIM_BATCH).fill('x'.repeat(40))).length).toBeLessThan(9 * 1024);
  });
});
