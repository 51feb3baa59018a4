/** What the sidebar receives once a report Doc is generated on demand (diagnostic, rapport au partenaire). */
export interface GeneratedReport {
  /** The Doc's name, « Diagnostic des partenariats existants — au 1er décembre 2026 ». */
  name: string;
  url: string;
  /** False when the Doc of this report and period existed already (returned as is). */
  created: boolean;
  /** The partner's folder holding a shortcut to the Doc (rapport au partenaire only). */
  partnerFolderUrl?: string;
}

/** Who may generate a report on demand: the partnership team and the directors. */
export const REPORT_WRITERS = ['admin', 'DG', 'SG', 'DAF', 'chargé'] as const;

/** The earliest and latest years a report may cover. */
export const REPORT_YEARS = { min: 2000, max: 2100 } as const;
