/** Serialises writers: every mutation runs under the document lock, with a French message on timeout. */
class BusyError extends Error {
  constructor() {
    super("Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.");
    this.name = 'BusyError';
  }
}

export function withDocumentLock<T>(fn: () => T, timeoutMs = 20000): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(timeoutMs)) throw new BusyError();
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
