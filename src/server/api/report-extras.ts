/** Sidebar API: the reports generated on demand besides the periodic ones — the diagnostic, a partner's report (src/app/reports). */
import { generateDiagnosticReport as diagnostic } from '../../app/reports/diagnostic';
import { generatePartnerReport as partnerReport } from '../../app/reports/partner-report';
import type { GeneratedReport } from '../../domain/contracts';
import { serve } from '../frame/endpoint';

const linkOf = (r: { name: string; url: string; created: boolean; partnerFolderUrl?: string }): GeneratedReport => ({
  name: r.name,
  url: r.url,
  created: r.created,
  ...(r.partnerFolderUrl ? { partnerFolderUrl: r.partnerFolderUrl } : {}),
});

export const generateDiagnosticReport = serve('generateDiagnosticReport', ({ ports, settings }) => linkOf(diagnostic(ports, settings)));
export const generatePartnerReport = serve('generatePartnerReport', ({ ports, settings }, { partnerId, ...period }) =>
  linkOf(partnerReport(ports, settings, partnerId, period)),
);
