/** Installs the FormApp global, and exports the emulator-only helpers tests use to play respondents. */
import type { World } from '../core/world';
import { FormApp } from './form-app';

export { _submitFromUrl, RespondentError, type RespondentAnswer, type RespondentOptions } from './respondent';
export type { SheetSubmitEvent, FormSubmitEvent } from './submit';
export { FormModel } from './model';
export { UNPUBLISHED_BY_DEFAULT_FROM } from './form-app';

export function installFormApp(world: World): Record<string, unknown> {
  return { FormApp: new FormApp(world) };
}
