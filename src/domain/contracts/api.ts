/**
 * Every entry point of Pacte, declared once: who may call it, whether it writes, its arguments and
 * its result. Every export of Code.js (menus, triggers, google.script.run) is one of these; the
 * server checks the caller first, then each argument against its schema, before anything runs
 * (src/server/frame/endpoint.ts). The sidebar's `callServer` and the tests' `call` take their types from
 * here, and the sidebar shows a write button only to the roles declared for it.
 */
import * as a from './args';
import type * as C from './index';
import { ADMINS, EDITORS, READERS } from '../settings/access';
import type { Role } from '../settings/settings';
import { PIPELINE_STAGES, LIFECYCLE_STAGES, RESOURCE_KINDS, ROLES } from '../schema/vocabulary';
import { RESOURCE_STATUSES } from '../resources/tables';
import { ATTACHMENT_KINDS } from '../conventions/tables';
import { SIGNATURE_PARTIES } from '../conventions/approval-tables';
import { TEMPLATE_KEYS } from '../templates/defaults';
import { MAX_PAGE } from './paging';

const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
import { ARCHIVABLE_TABLES } from '../schema/tables';
import { COMMITMENT_VIEWS, COMMITMENT_WINDOWS } from '../commitments/listing';
import type { Compliance } from '../commitments/compliance';
import type { EvaluationDetail } from '../evaluation/view';
import type { CancellationReport, EventDetail, EventPage, InvitationReport, ResultsReport } from '../events/view';
import { EVENT_TYPES } from '../schema/vocabulary';
import type { ReadinessOverview } from '../readiness/view';
import { WATCH_DECISIONS } from '../watch/tables';
import { FUNDER_DECISIONS, REVIEW_CHOICES, SUBMISSION_CHANNELS } from '../dossiers/review';
import { REPORT_KINDS, REPORT_LIMITS as R } from './report';
import { REPORT_WRITERS, REPORT_YEARS, type GeneratedReport } from './generated-report';
import { PERIODIC_KINDS } from '../reports/periodic';

/** Longest objectives and key messages of a meeting brief (the sidebar's fields say so too). */
export const BRIEF_TEXT_MAX = 5000;

const ARCHIVABLE_SHEETS = ARCHIVABLE_TABLES.map((t) => t.sheetName);
import type { ConventionDetail } from './index';

export type Callers =
  /** A holder of one of these roles in Pacte's role table. */
  | { roles: readonly Role[] }
  /** One of the project's own triggers (the event's triggerUid), or an admin by hand. */
  | { triggerOrAdmin: true }
  /** An admin; on a fresh workbook (no roles, no Pacte sheet) anyone identified: the first owner. */
  | { adminOrFresh: string }
  /** Anyone: it reads and writes no data (menus, dialogs, the sidebar's page). Says why. */
  | { anyone: string };

/**
 * - `read`: no lock, no write.
 * - `write`: under the document lock; a refused write rolls back the request's earlier writes. The
 *   sidebar adds a request ID as last argument: a repeated ID (a double click, a retried
 *   google.script.run) returns the first answer, a retry after a failure midway finishes the request.
 * - `own`: the function takes its own lock (initialisation, the dispatcher, triggers).
 */
export type Writes = 'read' | 'write' | 'own';

export interface Endpoint<
  A extends readonly a.Arg<unknown>[] = readonly a.Arg<unknown>[],
  R = unknown,
  W extends Writes = Writes,
  K extends Callers = Callers,
> {
  /** Kept literal (not widened to Callers): the frame a handler receives is typed from it. */
  callers: K;
  writes: W;
  args: A;
  /** Phantom: the result's type (never read at run time). */
  result?: R;
}

const endpoint = <const A extends readonly a.Arg<unknown>[], R, const W extends Writes, const K extends Callers>(
  callers: K,
  writes: W,
  args: A,
  _result: Result<R>,
): Endpoint<A, R, W, K> => ({
  callers,
  writes,
  args,
});
interface Result<R> {
  readonly of?: R;
}
const returns = <R>(): Result<R> => ({});

const readers = { roles: READERS };
const editors = { roles: EDITORS };
const admins = { roles: ADMINS };
const trigger = { triggerOrAdmin: true } as const;
/** The register of resources is kept by the officers and the finance director (DAF). */
const resourceWriters = { roles: ['admin', 'chargé', 'DAF'] as const satisfies readonly Role[] };
const resourceId = a.id('la ressource', 'RES-0001');
/** Events are planned and held by the partnership team and the directors. */
const eventEditors = { roles: ['admin', 'chargé', 'DG', 'SG'] as const satisfies readonly Role[] };

const partnerId = a.id('le partenaire', 'PAR-0001');
/** Reports are made by the partnership team and the directors, who receive them. */
const reportWriters = { roles: REPORT_WRITERS };
const conventionId = a.id('la convention', 'CONV-0001');
const opportunityId = a.id("l'opportunité", 'OPP-0001');
const dossierId = a.id('le dossier', 'DOS-0001');
const campaignId = a.id("l'enquête", 'ENQ-0001');
const evaluationId = a.id("l'évaluation", 'EVA-0001');
const eventId = a.id("l'événement", 'EVT-0001');
const assessmentId = a.id("l'auto-évaluation", 'AUT-0001');
/** The readiness assessment is the direction's and finance's: they answer, the others read. */
const readinessWriters = { roles: ['admin', 'DAF', 'DG'] as const satisfies readonly Role[] };
const version = a.integer('la version', 1, 10_000);
const comment = a.optional(a.text('le commentaire', { max: 5000 }));
const upload = (label: string) =>
  a.object(label, {
    name: a.text('nom du fichier', { max: 500, required: true }),
    mimeType: a.text('type du fichier', { max: 200 }),
    base64: a.text('contenu du fichier', { max: 20_000_000, trim: false }),
  });
const commitment = a.record('un engagement');
const commitmentId = a.id("l'engagement", 'ENG-0001');
const clauseKey = a.text("la clé de l'obligation", { max: 200, required: true });
const recurrence = a.object('la récurrence', {
  everyMonths: a.integer('tous les (mois)', 1, 12),
  until: a.optional(a.date('jusqu’au')),
  count: a.optional(a.integer("le nombre d'occurrences", 1, 1000)),
});
const archivableSheet = a.oneOf('la feuille', ARCHIVABLE_SHEETS);
const offset = a.optional(a.integer('le rang de départ', 0));
const limit = a.optional(a.integer('le nombre demandé', 1, MAX_PAGE));
const boardFilter = a.optional(
  a.object('le filtre', {
    owner: a.optional(a.text('responsable', { max: 254 })),
    partnerType: a.optional(a.text('type de partenaire', { max: 200 })),
    axis: a.optional(a.text('axe stratégique', { max: 500 })),
    relay: a.optional(a.text('relais', { max: 200 })),
    limit,
  }),
);
const importSource = a.object('la source', {
  csv: a.optional(a.text('CSV', { max: 5_000_000, trim: false, tooLong: 'Découpez le fichier en plusieurs et importez-les l’un après l’autre.' })),
  sheetName: a.optional(a.text('feuille', { max: 200 })),
});

export const API = {
  // Menus, dialogs and simple triggers: no data read.
  onOpen: endpoint({ anyone: 'builds the add-on menu (AuthMode.NONE: no data can be read)' }, 'read', [a.event("l'évènement")], returns<void>()),
  onInstall: endpoint({ anyone: 'builds the add-on menu, as onOpen' }, 'read', [a.event("l'évènement")], returns<void>()),
  onEdit: endpoint(
    { anyone: 'simple trigger: drops the cached Paramètres and warns that the Rôles rows are a view' },
    'read',
    [a.event("l'évènement")],
    returns<void>(),
  ),
  showSidebar: endpoint({ anyone: "opens the sidebar's page; every call it makes declares its own callers" }, 'read', [], returns<void>()),
  showImport: endpoint({ anyone: 'opens the sidebar on its import view, as showSidebar' }, 'read', [], returns<void>()),
  // Any role: a caller with none is refused with the French message naming who gives roles.
  getSession: endpoint(readers, 'read', [], returns<C.Session>()),
  openSettings: endpoint(admins, 'read', [], returns<void>()),
  showCommitmentBoard: endpoint(editors, 'write', [], returns<{ commitments: number }>()),
  showHelp: endpoint({ anyone: 'shows a static French guide' }, 'read', [], returns<void>()),
  initialiseWorkbook: endpoint({ adminOrFresh: 'sets up a fresh workbook; afterwards the repair, for admins' }, 'own', [], returns<C.SetupReport>()),
  runDiagnostic: endpoint({ adminOrFresh: 'checks a fresh workbook before Initialiser; afterwards for admins' }, 'read', [], returns<C.DiagnosticResult>()),

  // Partners and contacts.
  searchPartners: endpoint(
    readers,
    'read',
    [a.optional(a.object('la recherche', { query: a.optional(a.text('le texte cherché', { max: 200 })), offset, limit }))],
    returns<C.PartnerPage>(),
  ),
  getPartner: endpoint(readers, 'read', [partnerId], returns<C.PartnerDetail>()),
  checkPartnerDuplicates: endpoint(
    editors,
    'read',
    [a.record('le partenaire'), a.optional(a.list('les contacts', a.record('un contact'), 500))],
    returns<C.DuplicateMatch[]>(),
  ),
  savePartner: endpoint(
    editors,
    'write',
    [
      a.record('le partenaire'),
      a.optional(a.list('les contacts', a.record('un contact'), 500)),
      a.optional(a.object('les options', { confirmDuplicate: a.optional(a.bool('confirmer le doublon')) })),
    ],
    returns<C.SaveResult>(),
  ),
  movePartnerStage: endpoint(
    editors,
    'write',
    [partnerId, a.oneOf('le statut du cycle', LIFECYCLE_STAGES), a.optional(a.text('la note', { max: 5000 }))],
    returns<C.SaveResult>(),
  ),
  // Then the decision itself needs Paramètres › Approbation's roles.
  saveAnalysis: endpoint(
    readers,
    'write',
    [partnerId, a.record('la grille de notes'), a.optional(a.text('la décision', { max: 100 })), a.optional(a.text('le commentaire', { max: 100_000 }))],
    returns<C.DueDiligenceSummary>(),
  ),
  recomputePriorities: endpoint(editors, 'write', [], returns<{ updated: number; total: number }>()),

  // Pipeline, interactions, week.
  getBoard: endpoint(readers, 'read', [boardFilter], returns<C.Board>()),
  loadMoreCards: endpoint(readers, 'read', [a.oneOf("l'étape", PIPELINE_STAGES), a.integer('le rang de départ', 0), boardFilter], returns<C.BoardCards>()),
  saveOpportunity: endpoint(editors, 'write', [a.record("l'opportunité")], returns<C.SaveResult>()),
  moveOpportunity: endpoint(
    editors,
    'write',
    [a.id("l'opportunité", 'OPP-0001'), a.oneOf("l'étape", PIPELINE_STAGES), a.optional(a.text('le motif', { max: 500 }))],
    returns<C.OpportunityCard>(),
  ),
  logInteraction: endpoint(editors, 'write', [a.record("l'interaction")], returns<C.SaveResult>()),
  undoLastChange: endpoint(editors, 'write', [], returns<C.SaveResult>()),
  archiveRecord: endpoint(editors, 'write', [archivableSheet, a.id("l'enregistrement", 'PAR-0001')], returns<C.SaveResult>()),
  restoreRecord: endpoint(editors, 'write', [archivableSheet, a.id("l'enregistrement", 'PAR-0001')], returns<C.SaveResult>()),
  listArchived: endpoint(readers, 'read', [archivableSheet, a.optional(a.object('la page', { offset, limit }))], returns<C.ArchivedPage>()),
  getMyWeek: endpoint(readers, 'read', [a.optional(a.object('la page', { offset, limit }))], returns<C.MyWeek>()),

  // Veille: calls for proposals, funds and programmes watched; « Go » makes the opportunity.
  listWatch: endpoint(readers, 'read', [a.optional(a.object('la page', { offset, limit }))], returns<C.WatchPage>()),
  saveWatchCall: endpoint(editors, 'write', [a.record("l'appel")], returns<C.SaveResult>()),
  importWatchList: endpoint(
    editors,
    'write',
    [a.text('la liste collée', { max: 100_000, required: true, trim: false, tooLong: 'Collez la liste en plusieurs fois.' })],
    returns<C.WatchImportReport>(),
  ),
  fetchWatchFeeds: endpoint(editors, 'write', [], returns<C.WatchImportReport & { feeds: number }>()),
  decideWatchCall: endpoint(
    editors,
    'write',
    [a.id("l'appel", 'VEI-0001'), a.oneOf('la décision', WATCH_DECISIONS), a.optional(a.text('le responsable', { max: 254 }))],
    returns<C.WatchDecisionResult>(),
  ),
  writeMeetingReport: endpoint(
    editors,
    'write',
    [
      a.object('le compte rendu', {
        date: a.date('date'),
        place: a.text('lieu', { max: R.place }),
        kind: a.oneOf('nature', REPORT_KINDS),
        participants: a.text('participants', { max: R.participants }),
        partnerIds: a.list('partenaires rencontrés', partnerId, R.partners),
        objectives: a.text('objectifs', { max: R.text }),
        discussed: a.text('points discutés', { max: R.text }),
        decisions: a.text('décisions', { max: R.text }),
        followUps: a.list(
          'suites à donner',
          a.object('la suite', {
            action: a.text('action', { max: R.action }),
            owner: a.text('responsable', { max: R.owner }),
            due: a.date('échéance'),
            partnerId: a.text('partenaire', { max: 40 }),
          }),
          R.followUps,
        ),
      }),
    ],
    returns<C.DocumentLink>(),
  ),
  createMeetingBrief: endpoint(
    editors,
    'write',
    [
      partnerId,
      a.object('la note de rencontre', {
        date: a.optional(a.text('date', { max: 40 })),
        objectives: a.optional(a.text('objectifs', { max: BRIEF_TEXT_MAX })),
        keyMessages: a.optional(a.text('messages clés', { max: BRIEF_TEXT_MAX })),
      }),
    ],
    returns<C.DocumentLink>(),
  ),

  // Proposal dossiers.
  getDossier: endpoint(readers, 'read', [opportunityId], returns<C.DossierPage>()),
  createDossier: endpoint(
    editors,
    'write',
    [
      opportunityId,
      a.object('le dossier', {
        kit: a.optional(a.text('le kit', { max: 200 })),
        start: a.date('la date de début du projet'),
        end: a.date('la date de fin du projet'),
        deadline: a.optional(a.date('la date limite de dépôt')),
      }),
    ],
    returns<C.DossierDetail>(),
  ),
  checkDossier: endpoint(readers, 'read', [dossierId], returns<C.DossierChecks>()),
  submitDossierForReview: endpoint(editors, 'write', [dossierId], returns<C.DossierDetail>()),
  // Every role reads the dossier; the use case lets the awaited step's role (or an admin) decide.
  decideDossierReview: endpoint(readers, 'write', [dossierId, a.oneOf('la décision', REVIEW_CHOICES), comment], returns<C.DossierDetail>()),
  recordDossierSubmission: endpoint(
    editors,
    'write',
    [
      dossierId,
      a.object('la soumission', {
        date: a.date('la date de soumission'),
        channel: a.oneOf('le canal de soumission', SUBMISSION_CHANNELS),
        reference: a.optional(a.text('la référence', { max: 200 })),
      }),
    ],
    returns<C.DossierDetail>(),
  ),
  recordFunderDecision: endpoint(
    editors,
    'write',
    [
      dossierId,
      a.object('la décision du bailleur', {
        decision: a.oneOf('la décision du bailleur', FUNDER_DECISIONS),
        date: a.date('la date de la décision'),
        reason: a.optional(a.text('le motif du refus', { max: 2000 })),
      }),
    ],
    returns<C.DossierDetail>(),
  ),

  // Import and cartography.
  listImportableSheets: endpoint(editors, 'read', [], returns<string[]>()),
  previewImport: endpoint(editors, 'read', [importSource, a.optional(a.dictionary('la correspondance des colonnes'))], returns<C.ImportPreview>()),
  importPartners: endpoint(editors, 'write', [importSource, a.dictionary('la correspondance des colonnes')], returns<C.ImportResult>()),
  getCartography: endpoint(readers, 'read', [], returns<C.Cartography>()),
  getKpis: endpoint(
    readers,
    'read',
    [
      a.optional(
        a.object('la période', { period: a.optional(a.object('la période', { kind: a.oneOf('le type de période', PERIOD_KINDS), date: a.date('la date') })) }),
      ),
    ],
    returns<C.KpiPanel>(),
  ),
  generateReport: endpoint(
    reportWriters,
    'write',
    [
      a.object('le rapport', {
        kind: a.oneOf('le type de rapport', PERIODIC_KINDS),
        year: a.integer("l'année", 2000, 2100),
        month: a.optional(a.integer('le mois', 1, 12)),
        quarter: a.optional(a.integer('le trimestre', 1, 4)),
      }),
    ],
    returns<C.GeneratedReport>(),
  ),
  listReports: endpoint(readers, 'read', [], returns<C.ReportList>()),
  refreshCartographySheet: endpoint(editors, 'write', [], returns<C.Cartography>()),

  // Conventions, circuit, signatures, templates.
  generateConvention: endpoint(
    editors,
    'write',
    [
      a.object('la convention', {
        id: a.optional(conventionId),
        partnerId,
        opportunityId: a.optional(a.text("l'opportunité", { max: 40 })),
        type: a.text('le type', { max: 100, required: true }),
        startDate: a.text('la date de début', { max: 40 }),
        endDate: a.text('la date de fin', { max: 40 }),
        amount: a.optional(a.amount('le montant')),
        currency: a.optional(a.text('la devise', { max: 10 })),
        inKind: a.optional(a.amount('la contribution en nature')),
        inKindDescription: a.optional(a.text('la nature de la contribution', { max: 1000 })),
        purpose: a.optional(a.text("l'objet", { max: 5000 })),
        templateKey: a.optional(a.text('le modèle', { max: 40 })),
        amends: a.optional(a.text('la convention modifiée', { max: 40 })),
        commitments: a.optional(a.list('les engagements', commitment, 500)),
      }),
    ],
    returns<ConventionDetail>(),
  ),
  listConventions: endpoint(readers, 'read', [], returns<C.ConventionSummary[]>()),
  getConvention: endpoint(readers, 'read', [conventionId], returns<ConventionDetail>()),
  attachMinutes: endpoint(
    editors,
    'write',
    [
      conventionId,
      a.object('la pièce jointe', {
        kind: a.oneOf('type', ATTACHMENT_KINDS),
        title: a.text('titre', { max: 200, required: true }),
        date: a.text('date', { max: 40 }),
        body: a.optional(a.text('contenu', { max: 20_000 })),
        url: a.optional(a.text('lien', { max: 2000 })),
      }),
    ],
    returns<C.DocumentLink>(),
  ),
  retryMail: endpoint(admins, 'write', [conventionId, a.id("l'envoi", 'ENV-0001')], returns<ConventionDetail>()),
  submitForValidation: endpoint(editors, 'write', [conventionId], returns<ConventionDetail>()),
  // Then only the holder of the awaited step's role.
  decideValidation: endpoint(
    readers,
    'write',
    [conventionId, version, a.oneOf('la décision', ['approuver', 'rejeter', 'demander des modifications']), comment],
    returns<ConventionDetail>(),
  ),
  skipOptionalStep: endpoint(admins, 'write', [conventionId, version, comment], returns<ConventionDetail>()),
  getApprovalCircuit: endpoint(readers, 'read', [conventionId], returns<ConventionDetail>()),
  recordSignature: endpoint(
    editors,
    'write',
    [
      conventionId,
      a.object('la signature', {
        party: a.oneOf('partie', SIGNATURE_PARTIES),
        date: a.date('date de signature'),
        signatory: a.text('signataire', { max: 200, required: true }),
        signedPdfUrl: a.optional(a.text('lien du PDF signé', { max: 2000 })),
        signedPdf: a.optional(upload('PDF signé')),
      }),
    ],
    returns<ConventionDetail>(),
  ),
  uploadSignedPdf: endpoint(editors, 'write', [conventionId, a.oneOf('la partie', SIGNATURE_PARTIES), upload('le PDF signé')], returns<ConventionDetail>()),
  listTemplates: endpoint(readers, 'read', [], returns<C.TemplateInfo[]>()),
  prepareTemplates: endpoint(editors, 'write', [], returns<C.TemplateInfo[]>()),
  // Writes: a template not created yet is created (Pacte folder, Paramètres › Modèles) before it is checked.
  checkTemplate: endpoint(editors, 'write', [a.oneOf('le modèle', TEMPLATE_KEYS)], returns<C.TemplateProblem[]>()),

  // Commitments after the signature.
  addCommitment: endpoint(editors, 'write', [a.record("l'engagement"), a.optional(recurrence)], returns<C.CommitmentSummary[]>()),
  // Then an editor, or the commitment's owner unless a « lecteur » (domain/commitments/status.ts).
  markCommitmentDone: endpoint(
    readers,
    'write',
    [commitmentId, a.object('la réalisation', { doneOn: a.date('la date de réalisation'), proof: a.optional(a.text('preuve', { max: 2000 })) })],
    returns<C.CommitmentSummary>(),
  ),
  cancelCommitment: endpoint(editors, 'write', [commitmentId, a.text('le motif', { max: 500, required: true })], returns<C.CommitmentSummary>()),
  listCommitments: endpoint(
    readers,
    'read',
    [
      a.object('la vue', {
        by: a.oneOf('regroupement', COMMITMENT_VIEWS),
        key: a.optional(a.text('clé', { max: 254 })),
        window: a.oneOf('période', COMMITMENT_WINDOWS),
        offset,
        limit,
      }),
    ],
    returns<C.CommitmentPage>(),
  ),
  commitmentCompliance: endpoint(
    readers,
    'read',
    [a.optional(a.object('la période', { from: a.optional(a.date('du')), to: a.optional(a.date('au')) }))],
    returns<Compliance>(),
  ),
  refreshCommitmentBoard: endpoint(editors, 'write', [], returns<{ commitments: number }>()),
  // The obligations found in a convention's text (clauseProposals of its detail), by key.
  confirmClauseCommitments: endpoint(editors, 'write', [conventionId, a.list('les obligations', clauseKey, 200)], returns<ConventionDetail>()),
  dismissClauseProposal: endpoint(editors, 'write', [conventionId, clauseKey], returns<ConventionDetail>()),

  // Resources mobilised (src/app/resources.ts).
  addResource: endpoint(resourceWriters, 'write', [a.record('la ressource')], returns<C.ResourceItem>()),
  updateResource: endpoint(resourceWriters, 'write', [resourceId, a.record('la ressource')], returns<C.ResourceItem>()),
  // The feed from conventions and signed opportunities; also run daily by the dispatcher.
  syncResources: endpoint(resourceWriters, 'write', [], returns<C.ResourceSyncReport>()),
  listResources: endpoint(
    readers,
    'read',
    [
      a.optional(
        a.object('la vue', {
          // Without a year: the current one, unless every year is asked for.
          year: a.optional(a.integer("l'année", 2000, 2100)),
          allYears: a.optional(a.bool('toutes les années')),
          kind: a.optional(a.oneOf('la nature', RESOURCE_KINDS)),
          status: a.optional(a.oneOf('le statut', RESOURCE_STATUSES)),
          axis: a.optional(a.text('axe stratégique', { max: 500 })),
          partnerId: a.optional(a.text('le partenaire', { max: 40 })),
          offset,
          limit,
        }),
      ),
    ],
    returns<C.ResourcePage>(),
  ),

  // Joint evaluations (src/app/evaluations.ts).
  startEvaluation: endpoint(editors, 'write', [partnerId], returns<EvaluationDetail>()),
  saveEvaluation: endpoint(
    editors,
    'write',
    [partnerId, a.object('la grille', { ratings: a.dictionary('les appréciations'), comments: a.optional(a.text('les commentaires', { max: 5000 })) })],
    returns<EvaluationDetail>(),
  ),
  sendEvaluationForm: endpoint(editors, 'write', [evaluationId], returns<EvaluationDetail>()),
  getEvaluation: endpoint(readers, 'read', [evaluationId], returns<EvaluationDetail>()),
  decideEvaluation: endpoint(
    editors,
    'write',
    [
      evaluationId,
      a.object('la décision', {
        decision: a.text('décision', { max: 40 }),
        justification: a.text('justification', { max: 5000 }),
        lessons: a.optional(a.text('leçons apprises', { max: 5000 })),
      }),
    ],
    returns<EvaluationDetail>(),
  ),
  // Events: results sharing and loyalty (src/app/events.ts).
  listEvents: endpoint(readers, 'read', [a.object('la vue', { when: a.oneOf('période', ['upcoming', 'past']), offset, limit })], returns<EventPage>()),
  getEvent: endpoint(readers, 'read', [eventId], returns<EventDetail>()),
  planEvent: endpoint(
    eventEditors,
    'write',
    [
      a.object("l'événement", {
        date: a.date('date'),
        time: a.optional(a.text('heure', { max: 20 })),
        type: a.oneOf('type', EVENT_TYPES),
        title: a.text('intitulé', { max: 200, required: true }),
        place: a.optional(a.text('lieu', { max: 300 })),
        owner: a.optional(a.text('responsable', { max: 254 })),
        agendaItems: a.optional(a.text("points de l'ordre du jour", { max: 5000 })),
        notes: a.optional(a.text('notes', { max: 5000 })),
        partnerIds: a.list('partenaires invités', partnerId, 200),
        guests: a.optional(
          a.list('autres invités', a.object('un invité', { name: a.text('nom', { max: 200, required: true }), email: a.email('adresse e-mail') }), 200),
        ),
      }),
    ],
    returns<EventDetail>(),
  ),
  sendEventInvitations: endpoint(eventEditors, 'write', [eventId], returns<InvitationReport>()),
  makeEventAgenda: endpoint(eventEditors, 'write', [eventId], returns<EventDetail>()),
  cancelEvent: endpoint(eventEditors, 'write', [eventId, a.text("le motif d'annulation", { max: 500, required: true })], returns<CancellationReport>()),
  recordEventAttendance: endpoint(eventEditors, 'write', [eventId, a.dictionary('les présences')], returns<EventDetail>()),
  recordEventResults: endpoint(
    eventEditors,
    'write',
    [
      eventId,
      a.object('le bilan', {
        results: a.text('résultats présentés', { max: 20_000 }),
        recommendations: a.text('recommandations', { max: 20_000 }),
        followUps: a.text('suites à donner', { max: 20_000 }),
      }),
    ],
    returns<ResultsReport>(),
  ),

  // Readiness self-assessment and institutional documents (src/app/readiness.ts); no partner ID = our organisation.
  getReadiness: endpoint(readers, 'read', [a.optional(partnerId)], returns<ReadinessOverview>()),
  startAssessment: endpoint(readinessWriters, 'write', [a.optional(partnerId)], returns<ReadinessOverview>()),
  saveAssessmentAnswers: endpoint(
    readinessWriters,
    'write',
    [
      assessmentId,
      a.list(
        'les réponses',
        a.object('une réponse', {
          code: a.text('question', { max: 40, required: true }),
          answer: a.text('réponse', { max: 40 }),
          evidence: a.optional(a.text('justificatif', { max: 5000 })),
        }),
        200,
      ),
    ],
    returns<ReadinessOverview>(),
  ),
  finishAssessment: endpoint(readinessWriters, 'write', [assessmentId], returns<ReadinessOverview>()),
  markGapActionDone: endpoint(readinessWriters, 'write', [a.id("l'action", 'PLR-0001'), a.date('la date de réalisation')], returns<ReadinessOverview>()),
  saveInstitutionalDocument: endpoint(
    readinessWriters,
    'write',
    [
      a.object('le document', {
        document: a.text('document', { max: 200, required: true }),
        fileUrl: a.optional(a.text('fichier', { max: 2000 })),
        issuedOn: a.optional(a.date("date d'émission")),
        expiresOn: a.optional(a.date("date d'expiration")),
      }),
    ],
    returns<ReadinessOverview>(),
  ),
  // Alerts: the caller's digest (text for WhatsApp), failures of scheduled jobs (Journal des erreurs).
  getMyDigest: endpoint(readers, 'read', [], returns<C.MyDigest>()),
  listJobErrors: endpoint(admins, 'read', [a.optional(a.object('la page', { offset, limit }))], returns<C.JobErrorPage>()),

  // Surveys.
  getCampaignResults: endpoint(readers, 'read', [campaignId], returns<C.CampaignResults>()),
  getCampaignReach: endpoint(readers, 'read', [campaignId], returns<C.CampaignReach>()),
  refreshSatisfactionSheet: endpoint(editors, 'write', [], returns<C.DashboardRefresh>()),
  createCampaign: endpoint(
    editors,
    'write',
    [
      a.object("l'enquête", {
        title: a.text('titre', { max: 200, required: true }),
        period: a.text('période', { max: 100, required: true }),
        target: a.object('cible', {
          types: a.optional(a.list('types', a.text('type', { max: 200 }), 50)),
          categories: a.optional(a.list('catégories', a.text('catégorie', { max: 200 }), 50)),
          stages: a.optional(a.list('statuts', a.text('statut', { max: 200 }), 50)),
          partnerIds: a.optional(a.list('partenaires', partnerId, 5000)),
        }),
        language: a.oneOf('langue', ['fr', 'en']),
        sendDate: a.text("date d'envoi", { max: 40 }),
        reminderDays: a.list('relances', a.integer('jours', 1, 365), 10),
        closingDate: a.text('date de clôture', { max: 40 }),
      }),
    ],
    returns<C.CampaignSummary>(),
  ),
  listCampaigns: endpoint(readers, 'read', [], returns<C.CampaignProgress[]>()),
  sendCampaign: endpoint(editors, 'write', [campaignId], returns<C.CampaignSummary>()),
  syncSurveyResponses: endpoint(editors, 'write', [a.optional(campaignId)], returns<C.IngestReport[]>()),
  reportSurveyBounces: endpoint(
    editors,
    'write',
    [campaignId, a.list('les adresses en échec', a.text('adresse', { max: 254 }), 5000)],
    returns<C.CampaignSummary>(),
  ),
  resendUncertain: endpoint(admins, 'write', [campaignId], returns<C.ResendReport>()),

  // Triggers and admin.
  onSurveySubmit: endpoint(trigger, 'own', [a.event("l'évènement")], returns<void>()),
  // Reports on demand: the diagnostic of the partnerships, a partner's report for a month, quarter or year.
  generateDiagnosticReport: endpoint(reportWriters, 'write', [], returns<GeneratedReport>()),
  generatePartnerReport: endpoint(
    reportWriters,
    'write',
    [
      a.object('le rapport au partenaire', {
        partnerId,
        year: a.integer("l'année", REPORT_YEARS.min, REPORT_YEARS.max),
        month: a.optional(a.integer('le mois (1 à 12)', 1, 12)),
        quarter: a.optional(a.integer('le trimestre (1 à 4)', 1, 4)),
      }),
    ],
    returns<GeneratedReport>(),
  ),

  runScheduledJobs: endpoint(trigger, 'own', [a.event("l'évènement")], returns<C.DispatchReport>()),
  installTriggers: endpoint(admins, 'write', [], returns<C.TriggerRepair>()),
  listRoles: endpoint(admins, 'read', [], returns<C.RoleList>()),
  setRole: endpoint(admins, 'write', [a.email("l'adresse"), a.oneOf('le rôle', ROLES)], returns<C.RoleList>()),
  removeRole: endpoint(admins, 'write', [a.email("l'adresse")], returns<C.RoleList>()),
} as const;

export type Api = typeof API;
export type EndpointName = keyof Api;
/** The arguments as a caller sends them (the sidebar, the tests). */
export type ParamsOf<K extends EndpointName> = a.ArgInputs<Api[K]['args']>;
/** The arguments as the handler receives them, checked. */
export type CheckedParamsOf<K extends EndpointName> = a.ArgValues<Api[K]['args']>;
export type ResultOf<K extends EndpointName> = Api[K] extends Endpoint<readonly a.Arg<unknown>[], infer R, Writes> ? R : never;

/** Every write a user makes: the sidebar calls it with a request ID as last argument. */
export const REQUEST_ENDPOINTS: readonly EndpointName[] = (Object.keys(API) as EndpointName[]).filter((k) => takesRequestId(API[k]));

export function takesRequestId(decl: Endpoint): boolean {
  return decl.writes === 'write' && 'roles' in decl.callers;
}

/** May a holder of `role` call `name`? (the sidebar hides the buttons of the others). */
export function mayCall(name: EndpointName, role: Role | null): boolean {
  const callers: Callers = API[name].callers;
  if ('anyone' in callers) return true;
  if (!role) return false;
  if ('roles' in callers) return callers.roles.includes(role);
  return role === 'admin';
}
