/** Sidebar entry: the views and the initial one (the menu may open the sidebar on a given view). */
import { createApp, type ViewName } from './app';
import { callServer } from './server-api';
import { mountPartners } from './views/partners-view';
import { mountPartnerDetail } from './views/partner-detail';
import { mountArchives } from './views/archives-view';
import { mountPipeline } from './views/pipeline-view';
import { mountMyWeek } from './views/my-week-view';
import { mountCartography } from './views/cartography-view';
import { mountImport } from './views/import-view';
import { mountConventions } from './views/conventions-view';
import { mountSurveys } from './views/surveys-view';
import { mountRoles } from './views/roles-view';
import { mountCommitments } from './views/commitments-view';
import { mountEvaluation } from './views/evaluation-view';
import { mountReport } from './views/report-view';

document.addEventListener('DOMContentLoaded', () => {
  const app = createApp(
    {
      partners: (view, id) => (id === 'archives' ? mountArchives(view) : id ? mountPartnerDetail(view, id) : mountPartners(view)),
      pipeline: mountPipeline,
      conventions: mountConventions,
      surveys: mountSurveys,
      commitments: mountCommitments,
      week: mountMyWeek,
      map: mountCartography,
      import: mountImport,
      roles: mountRoles,
      evaluation: mountEvaluation,
      report: mountReport,
    },
    callServer('getSession'),
  );
  const initial = (document.body.dataset.initialView as ViewName | undefined) ?? 'partners';
  app.show(initial);
});
