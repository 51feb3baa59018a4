/**
 * Errors of an advanced service call as Apps Script raises them: a GoogleJsonResponseException
 * whose message is "API call to drive.files.get failed with error: File not found: <id>." —
 * Apps Script's prefix (as in "API call to drive.files.insert failed with error: File not found:",
 * github.com/ericyd/gdrive-copy/issues/142) around the Drive API's own message ("File not found:
 * <id>." for a file the caller or the app cannot reach, 404; "Request had insufficient
 * authentication scopes." when no granted scope allows the method, 403).
 */
export class GoogleJsonResponseException extends Error {
  readonly details: { code: number; message: string };

  constructor(method: string, code: number, message: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message };
  }
}

export const fileNotFound = (method: string, id: string) => new GoogleJsonResponseException(method, 404, `File not found: ${id}.`);

export const insufficientScopes = (method: string) => new GoogleJsonResponseException(method, 403, 'Request had insufficient authentication scopes.');

export const badRequest = (method: string, message: string) => new GoogleJsonResponseException(method, 400, message);

export const insufficientFilePermissions = (method: string) =>
  new GoogleJsonResponseException(method, 403, 'The user does not have sufficient permissions for this file.');
