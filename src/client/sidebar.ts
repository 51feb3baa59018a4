/** Sidebar entry: the views and the initial one (the menu may open the sidebar on a given view). */
import { createApp, type ViewName } from './app';
import { callServer } from './server-api';
import { mountPartners } from './views/partners-view';
import { mountPartnerDetail } from './views/partner-detail';
import { mountArchives } from './views/archives-view';
import { mountPipeline } from './views/pipeline-view';
import { mountMyWeek } from './views/my-week-view';
import { mountWatch } from './views/watch-view';
import { mountCartography } from './views/cartography-view';
import { mountKpis } from './views/kpi-view';
import { mountImport } from './views/import-view';
import { mountConventions } from './views/conventions-view';
import { mountSurveys } from './views/surveys-view';
import { mountRoles } from './views/roles-view';
import { mountCommitments } from './views/commitments-view';
import { mountResources } from './views/resources-view';
import { mountEvaluation } from './views/evaluation-view';
import { mountEvents } from './views/events-view';
import { mountDossier } from './views/dossier-view';
import { mountReadiness } from './views/readiness-view';
import { mountReport } from './views/report-view';
import { mountReports } from './views/reports-view';

document.addEventListener('DOMContentLoaded', () => {
  const app = createApp(
    {
      partners: (view, id) => (id === 'archives' ? mountArchives(view) : id ? mountPartnerDetail(view, id) : mountPartners(view)),
      pipeline: mountPipeline,
      conventions: mountConventions,
      surveys: mountSurveys,
      commitments: mountCommitments,
      resources: mountResources,
      week: mountMyWeek,
      watch: mountWatch,
      map: mountCartography,
      kpis: mountKpis,
      import: mountImport,
      roles: mountRoles,
      evaluation: mountEvaluation,
      events: mountEvents,
      dossier: mountDossier,
      readiness: mountReadiness,
      report: mountReport,
      reports: mountReports,
    },
    callServer('getSession'),
  );
  const initial = (document.body.dataset.initialView as ViewName | undefined) ?? 'partners';
  app.show(initial);
});
