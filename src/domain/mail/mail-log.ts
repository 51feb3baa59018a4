/**
 * The decisions of the sent-log « Envois » (app/mail/notices.ts): which addresses a message goes
 * to, what status a row gets for each outcome of the outbox, what the sidebar is told when a
 * message did not leave now. Pure: no Apps Script.
 */
import type { MailStatus } from '../conventions/approval-tables';
import { gaveUpNow } from './mail-failures';
import type { Outcome, Recovered } from './outbox';

const EMAIL = /^[^\s@,;<>()"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
/** « Erreur » noting addresses left out: it stays when the message leaves later. */
const SKIPPED = /^Adresses? invalides? ignorées?/;

export const STATUS_OF: Record<Outcome, MailStatus> = { sent: 'envoyé', quota: 'en attente', retry: 'en attente', invalid: 'échec', failed: 'échec' };

const LOST = 'détail perdu : exécution interrompue';
/** A claimed row (« envoyé » in advance) after a killed run; `sent` needs no correction. */
export const RECOVERED: Record<Exclude<Recovered, 'sent'>, { status: MailStatus; error: string }> = {
  waiting: { status: 'en attente', error: '' },
  invalid: { status: 'échec', error: `Adresse refusée par Gmail (${LOST}).` },
  failed: { status: 'échec', error: gaveUpNow(`(${LOST})`) },
  uncertain: {
    status: 'échec',
    error: "Envoi incertain : exécution interrompue pendant l'envoi, non renvoyé pour éviter un doublon — un administrateur peut le renvoyer.",
  },
};

/** Trimmed addresses, each once (case ignored), in the order given. */
export function cleanRecipients(list: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const a = String(raw ?? '').trim();
    if (a && !seen.has(a.toLowerCase())) {
      seen.add(a.toLowerCase());
      out.push(a);
    }
  }
  return out;
}

/** The addresses of a log row's « Destinataires ». */
export const recipientsOf = (to: unknown): string[] => cleanRecipients(String(to ?? '').split(','));

/**
 * A malformed address (a typo in Paramètres) must not stop the message to the others: the valid
 * ones, and the note on those left out ('' when none).
 */
export function splitAddresses(all: readonly string[]): { recipients: string[]; skipped: string } {
  const recipients = all.filter((a) => EMAIL.test(a));
  const invalid = all.filter((a) => !EMAIL.test(a));
  const s = invalid.length > 1 ? 's' : '';
  return { recipients, skipped: invalid.length ? `Adresse${s} invalide${s} ignorée${s} : ${invalid.join(', ')}` : '' };
}

/** « Erreur » of a row leaving now: a note on addresses left out stays, a failure's text goes. */
export function errorWhenSent(previousError: unknown): string {
  return SKIPPED.test(String(previousError ?? '')) ? String(previousError) : '';
}

export function queuedNotice(recipients: readonly string[]): string {
  return `Quota quotidien d'e-mails atteint : le message à ${recipients.join(', ')} est mis en attente et partira avec la tâche quotidienne de Pacte.`;
}

/** What the sidebar is told of a new message's outcome ('' when it left), with the note on addresses left out. */
export function outcomeNotice(outcome: Outcome, recipients: readonly string[], skipped: string): string {
  const to = recipients.join(', ');
  const notice =
    outcome === 'sent'
      ? ''
      : outcome === 'quota'
        ? queuedNotice(recipients)
        : outcome === 'retry'
          ? `Gmail n'a pas pu envoyer l'e-mail à ${to} pour le moment : il repartira à la prochaine exécution de Pacte (dans l'heure).`
          : `L'e-mail à ${to} n'a pas pu partir (voir la feuille Envois).`;
  const warning = skipped ? ` ${skipped} (corrigez-la dans Pacte → Rôles).` : '';
  return (notice + warning).trim();
}
