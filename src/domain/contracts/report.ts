/** The compte rendu's kinds and the limits of what the sidebar sends (shared by the endpoint, the domain and the form). */
export const REPORT_KINDS = ['Rendez-vous', 'Atelier', 'Mission', 'Représentation'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_LIMITS = { place: 200, participants: 2000, text: 20_000, action: 300, owner: 100, partners: 30, followUps: 50 } as const;
