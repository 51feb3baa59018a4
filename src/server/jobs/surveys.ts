/**
 * The survey trigger: `onSurveySubmit`, the ONE installable onFormSubmit trigger of the spreadsheet
 * (runs only from Pacte's own trigger or for an admin: trigger-guard.ts). The hourly job
 * `surveyJobs` is a use case (src/app/surveys/jobs.ts) run by the scheduled-jobs dispatcher.
 */
import { onSurveySubmit as submitted } from '../../app/surveys/receiving';
import { serve } from '../frame/endpoint';

/** Handler of the spreadsheet's form-submit trigger (FORM_SUBMIT_HANDLER). */
export const onSurveySubmit = serve('onSurveySubmit', ({ ports }, e): void => {
  submitted(ports, e);
});
