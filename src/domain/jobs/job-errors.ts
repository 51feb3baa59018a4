/**
 * *Journal des erreurs*: each failure of a scheduled job (triggers send no failure e-mail, so
 * nothing else would say it), with the date in the spreadsheet's zone, the job, the message and the
 * stack. Created by the dispatcher the first time a job fails; read by admins in the sidebar.
 */
import { defineTable } from '../schema/field';

export const JOB_ERRORS = defineTable(
  'jobErrors',
  'Journal des erreurs',
  undefined,
  [
    { key: 'at', header: 'Date', type: 'datetime', required: true },
    { key: 'job', header: 'Tâche', type: 'text', required: true },
    { key: 'message', header: 'Message', type: 'longtext' },
    { key: 'stack', header: 'Pile d’appels', type: 'longtext' },
  ],
  false,
);
