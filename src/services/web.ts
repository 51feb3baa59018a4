/**
 * The web port over UrlFetchApp: an HTTP error is returned (muteHttpExceptions) so the use case
 * names it; no answer (unknown host, unreachable, timeout, quota) becomes a French message.
 */

function frenchReason(message: string): string {
  if (/^DNS error/i.test(message)) return 'adresse introuvable (nom de domaine inconnu)';
  if (/^Address unavailable/i.test(message)) return 'le serveur ne répond pas';
  if (/^Timeout/i.test(message)) return 'le serveur n’a pas répondu à temps';
  if (/too many times for one day: urlfetch/i.test(message)) return 'quota quotidien de requêtes web de Google atteint, nouvel essai demain';
  if (/^Invalid argument/i.test(message)) return 'adresse invalide';
  return message;
}

export const webPort = {
  get(url: string): { status: number; text: string } {
    try {
      const r = UrlFetchApp.fetch(url, { muteHttpExceptions: true, followRedirects: true });
      return { status: r.getResponseCode(), text: r.getContentText() };
    } catch (e) {
      // Google's exceptions are not always this realm's Error: their message is read as such.
      const message = typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : String(e);
      throw new Error(frenchReason(message));
    }
  },
};
