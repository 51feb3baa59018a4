/** ScriptApp: installable triggers, the script ID, authorization info and the script enums. */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { World } from '../core/world';
import { makeEnum } from './enums';
import { triggerState } from './trigger-model';
import { Trigger, TriggerBuilder } from './triggers';

type ScriptAppApi = ApiSubset<
  GoogleAppsScript.Script.ScriptApp,
  'newTrigger' | 'getProjectTriggers' | 'getUserTriggers' | 'deleteTrigger' | 'getScriptId' | 'getAuthorizationInfo'
>;

/**
 * https://developers.google.com/apps-script/reference/script/authorization-info: "An object that
 * checks if the user has granted authorization for the required scopes of the script. […] Some
 * script executions can start without a user's consent to all required scopes used by the
 * script" (granular consent). getAuthorizedScopes() is newer than @types/google-apps-script.
 */
export class AuthorizationInfo
  extends Emulated
  implements ApiSubset<GoogleAppsScript.Script.AuthorizationInfo, 'getAuthorizationStatus' | 'getAuthorizationUrl'>
{
  private readonly required: boolean;

  constructor(
    world: World,
    unauthorized: boolean,
    private readonly scriptId: string,
    /** The script's scopes this user granted (all of them, unless withheld or never authorised). */
    private readonly granted: readonly string[],
    declared: readonly string[],
  ) {
    super('AuthorizationInfo', world.log);
    this.required = unauthorized || granted.length < declared.length;
  }

  /** "Gets a list of authorized scopes for the script." */
  getAuthorizedScopes(): string[] | null {
    return [...this.granted];
  }

  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    return (this.required ? 'REQUIRED' : 'NOT_REQUIRED') as unknown as GoogleAppsScript.Script.AuthorizationStatus;
  }

  /** Reference: null when no authorization is required. */
  getAuthorizationUrl(): string {
    return (this.required ? `https://script.google.com/macros/s/${this.scriptId}/authorize` : null) as string;
  }
}

/** Users who installed the add-on but have not granted its scopes (getAuthorizationInfo reports REQUIRED). */
export function unauthorizedUsers(world: World): Set<string> {
  return world.state('script.unauthorized', () => new Set<string>());
}

export class ScriptApp extends Emulated implements ScriptAppApi {
  readonly AuthMode = makeEnum<typeof GoogleAppsScript.Script.AuthMode>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly AuthorizationStatus = makeEnum<typeof GoogleAppsScript.Script.AuthorizationStatus>('REQUIRED', 'NOT_REQUIRED');
  readonly EventType = makeEnum<typeof GoogleAppsScript.Script.EventType>('CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED');
  readonly TriggerSource = makeEnum<typeof GoogleAppsScript.Script.TriggerSource>('SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR');
  readonly WeekDay = makeEnum<typeof GoogleAppsScript.Base.Weekday>('SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY');
  readonly InstallationSource = makeEnum<typeof GoogleAppsScript.Script.InstallationSource>('APPS_MARKETPLACE_DOMAIN_ADD_ON', 'NONE', 'WEB_STORE_ADD_ON');

  constructor(private readonly world: World) {
    super('ScriptApp', world.log);
  }

  newTrigger(functionName: string): TriggerBuilder {
    return new TriggerBuilder(this.world, String(functionName));
  }

  /** Reference: the current user's installable triggers in this project (other users' stay hidden). */
  getProjectTriggers(): Trigger[] {
    const me = this.world.execution.effectiveUser;
    return triggerState(this.world)
      .triggers.filter((t) => t.creator === me)
      .map((t) => new Trigger(this.world, t));
  }

  /** The current user's triggers on one spreadsheet, form or document. */
  getUserTriggers(target: { getId(): string }): Trigger[] {
    const id = target.getId();
    return this.getProjectTriggers().filter((t) => t._record.sourceId === id);
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    const st = triggerState(this.world);
    const id = trigger.getUniqueId();
    st.triggers = st.triggers.filter((t) => t.id !== id);
  }

  getScriptId(): string {
    return triggerState(this.world).scriptId;
  }

  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): AuthorizationInfo {
    void authMode;
    const user = this.world.execution.effectiveUser;
    const unauthorized = unauthorizedUsers(this.world).has(user);
    // The manifest's oauthScopes are what authorising the script grants.
    const declared = [...(this.world.grantedScopes ?? [])];
    const withheld = this.world.withheldScopes.get(user) ?? new Set<string>();
    const granted = unauthorized ? [] : declared.filter((s) => !withheld.has(s));
    return new AuthorizationInfo(this.world, unauthorized, this.getScriptId(), granted, declared);
  }
}
