/** What the Diagnostic expects of the account: the manifest's scopes and the installer's triggers. */
import { EXPECTED_TRIGGERS } from '../jobs/trigger-plan';
import type { ExpectedTrigger } from './verdicts';

/** appsscript.json's oauthScopes (a script cannot read its manifest; a test holds the two equal). */
export const EXPECTED_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/userinfo.email',
  'https://www.googleapis.com/auth/documents',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/forms',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.external_request',
];

/** The triggers the installer puts in place (jobs/trigger-plan.ts): exactly one of each. */
export const EXPECTED_TRIGGER_KINDS: readonly ExpectedTrigger[] = EXPECTED_TRIGGERS.map((t) => ({ type: t.eventType, handler: t.handler }));
