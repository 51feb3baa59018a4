/**
 * What a MailApp.sendEmail error means for the message (pure: the approval notices and the survey sending
 * both decide with it):
 * - « adresse »: Gmail refused the address ("Invalid email: <address>"): never retried;
 * - « quota »: the daily recipients quota ("Service invoked too many times for one day: email."):
 *   kept until the quota is renewed;
 * - « définitive »: the message itself cannot leave (Limit Exceeded: Email Body Size…): not retried;
 * - « temporaire »: anything else (Service unavailable, a server error, a time-out): the message did not
 *   leave, so it is retried on the next run of the dispatcher, MAX_ATTEMPTS times at most, then
 *   left for an administrator's manual retry.
 * The attempts are counted in the log's « Erreur » text (« Échec temporaire (essai 2/5) : … »), so no
 * column is added to existing workbooks.
 */

export type MailFailure = 'adresse' | 'quota' | 'définitive' | 'temporaire';

export const MAX_ATTEMPTS = 5;

export function classifyMailError(message: string): MailFailure {
  if (/^(Exception: )?Invalid email:/i.test(message.trim())) return 'adresse';
  if (/too many times for one day|email recipients per day|quota/i.test(message)) return 'quota';
  if (/Limit Exceeded: Email (Body Size|Attachments|Total Attachments|Recipients Per Message)|no recipient/i.test(message)) return 'définitive';
  return 'temporaire';
}

const ATTEMPT = /^Échec temporaire \(essai (\d+)\/\d+\)/;
const GAVE_UP = /^Échec (?:après (\d+) essais|définitif)/;

/** Temporary failures already met by this message, read from its « Erreur » text. */
export function attemptsIn(error: unknown): number {
  const text = typeof error === 'string' ? error : '';
  const m = ATTEMPT.exec(text) ?? GAVE_UP.exec(text);
  return m ? Number(m[1] ?? MAX_ATTEMPTS) : 0;
}

/** Whether the message is waiting for an administrator after MAX_ATTEMPTS temporary failures. */
export function gaveUp(error: unknown): boolean {
  return typeof error === 'string' && GAVE_UP.test(error);
}

/** A message that cannot leave as it is (too large…): not retried, it waits for an administrator. */
export function gaveUpNow(message: string): string {
  return `Échec définitif : ${message.slice(0, 300)} — un administrateur peut le renvoyer.`;
}

/** After one more temporary failure: retry on the next run, or give up (the admin may retry by hand). */
export function afterTemporaryFailure(previousError: unknown, message: string): { retry: boolean; error: string } {
  const attempt = attemptsIn(previousError) + 1;
  const detail = message.slice(0, 300);
  if (attempt < MAX_ATTEMPTS)
    return { retry: true, error: `Échec temporaire (essai ${attempt}/${MAX_ATTEMPTS}) : ${detail} — nouvel essai à la prochaine exécution.` };
  return { retry: false, error: `Échec après ${attempt} essais : ${detail} — un administrateur peut le renvoyer.` };
}
