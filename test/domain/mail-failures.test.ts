/** Refused addresses, quota and temporary failures of MailApp.sendEmail, and the retry count. */
import { afterTemporaryFailure, attemptsIn, classifyMailError, gaveUp, MAX_ATTEMPTS } from '../../src/domain/mail/mail-failures';

describe('classifyMailError', () => {
  it.each([
    ['Invalid email: awa@@ajcad', 'adresse'],
    ['Exception: Invalid email: awa@', 'adresse'],
    ['Service invoked too many times for one day: email.', 'quota'],
    ['Limit Exceeded: Email Body Size.', 'définitive'],
    ['Service unavailable: Gmail', 'temporaire'],
    ["We're sorry, a server error occurred. Please wait a bit and try again.", 'temporaire'],
    ['Exception: Timeout', 'temporaire'],
  ])('%s → %s', (message, kind) => expect(classifyMailError(message)).toBe(kind));
});

describe('afterTemporaryFailure', () => {
  it(`retries ${MAX_ATTEMPTS - 1} times, then gives up for an administrator`, () => {
    let error: string = '';
    const seen: boolean[] = [];
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      const next = afterTemporaryFailure(error, 'Service unavailable: Gmail');
      seen.push(next.retry);
      error = next.error;
    }
    expect(seen).toEqual([true, true, true, true, false]);
    expect(error).toBe('Échec après 5 essais : Service unavailable: Gmail — un administrateur peut le renvoyer.');
    expect(gaveUp(error)).toBe(true);
    expect(attemptsIn('Échec temporaire (essai 3/5) : x')).toBe(3);
    expect(attemptsIn('Renvoi demandé par admin')).toBe(0);
  });
});
