/** Serialises writers: every mutation runs under the document lock, with a French message on timeout. */
class BusyError extends Error {
  constructor() {
    super("Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.");
    this.name = 'BusyError';
  }
}

/**
 * Re-entrant: when this execution already holds the lock (a role migration inside Initialiser),
 * fn runs under it and the lock is left to its outer holder (releasing it here would free it early).
 */
export function withDocumentLock<T>(fn: () => T, timeoutMs = 20000): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (lock.hasLock()) return fn();
  if (!lock.tryLock(timeoutMs)) throw new BusyError();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
