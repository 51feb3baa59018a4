/**
 * « Monter le dossier »: the proposal dossier of an opportunity — its kit's three Docs (concept
 * note, logframe, risk analysis) filled from their templates and its two Sheets (budget, plan),
 * in the partner's folder under « Dossier — <opportunité> », then its Dossiers row. Everything is
 * checked before the first file is made; each file is made once per request (a retry reuses it),
 * and an opportunity has one dossier: a second click returns the first (the endpoint runs under the document lock).
 */
import { DOSSIERS } from '../../domain/dossiers/tables';
import { kitFor, type Kit, type KitDoc } from '../../domain/dossiers/kits';
import { noteData, logframeData, riskLines, risksData, type DossierFacts, type DueDiligence } from '../../domain/dossiers/content';
import { budgetGrid, planGrid } from '../../domain/dossiers/layout';
import { dossierDetail, type DossierDetail, type DossierPage } from '../../domain/dossiers/view';
import { organisationInfo } from '../../domain/conventions/convention';
import { latestAnalysis } from '../../domain/partners/due-diligence';
import { ANALYSES, OPPORTUNITIES, PARTNERS } from '../../domain/schema/tables';
import { EUR_TO_XOF, rateOn, toXof } from '../../domain/format/xof';
import { normaliseCurrency } from '../../domain/format/currency';
import { isLocalDate, type LocalDate } from '../../domain/format/local-date';
import { planFill, problemsMessage, type FillPlan, type TemplateData } from '../../domain/templates/engine';
import { CATALOGUES } from '../../domain/dossiers/templates';
import { text } from '../../domain/records/coerce';
import type { DataRecord } from '../../domain/schema/field';
import type { Role, Settings } from '../../domain/settings/settings';
import type { Ports } from '../ports';
import { allKits, kitTemplates, settingsRows, type KitTemplate } from './kits';

export interface DossierRequest {
  kit?: string;
  start: string;
  end: string;
  /** ISO date; the opportunity's « Échéance » when left out. */
  deadline?: string;
}

const MAX_MONTHS = 120;

function checkDates(r: DossierRequest): { start: LocalDate; end: LocalDate; deadline: LocalDate | '' } {
  const bad: string[] = [];
  if (!isLocalDate(r.start)) bad.push('la date de début du projet (attendu : une date, ex. 2027-01-01)');
  if (!isLocalDate(r.end)) bad.push('la date de fin du projet (attendu : une date, ex. 2027-12-31)');
  if (r.deadline && !isLocalDate(r.deadline)) bad.push('la date limite de dépôt (attendu : une date, ou rien)');
  if (bad.length) throw new Error(`Monter le dossier : corrigez ${bad.join(' ; ')}.`);
  if (r.end < r.start) throw new Error(`Monter le dossier : la fin du projet (${r.end}) précède son début (${r.start}).`);
  if (r.end.slice(0, 4) > String(Number(r.start.slice(0, 4)) + MAX_MONTHS / 12))
    throw new Error(`Monter le dossier : la période dépasse ${MAX_MONTHS / 12} ans ; vérifiez les dates.`);
  return { start: r.start, end: r.end, deadline: r.deadline ?? '' };
}

const dossierOf = (ports: Ports, opportunityId: string): DataRecord | null =>
  (ports.store.tableOrNull(DOSSIERS)?.all() ?? []).map((s) => s.record as DataRecord).find((d) => text(d.opportunityId) === opportunityId) ?? null;

function opportunityAndPartner(ports: Ports, opportunityId: string): { opp: DataRecord; partner: DataRecord } {
  const opp = ports.store.table(OPPORTUNITIES).getOrThrow(opportunityId).record as DataRecord;
  const partner = ports.store.table(PARTNERS).getOrThrow(text(opp.partnerId)).record as DataRecord;
  return { opp, partner };
}

/** The sidebar's dossier page: the dossier, or the form to start it with the kit of the partner's type. */
export function getDossier(ports: Ports, opportunityId: string, role: Role | null = null): DossierPage {
  const { opp, partner } = opportunityAndPartner(ports, opportunityId);
  const kits = allKits(ports);
  const row = dossierOf(ports, opportunityId);
  return {
    opportunityId,
    title: text(opp.title),
    partnerName: text(partner.name),
    kits: kits.map((k) => k.name),
    suggestedKit: kitFor(kits, partner).name,
    deadline: text(opp.nextDue),
    dossier: row ? dossierDetail(row, role) : null,
  };
}

/** FCFA for one unit of the currency on that day (1 for the francs CFA); a clear error when Paramètres has no rate. */
function rateOf(currency: string, settings: Settings, day: LocalDate): number {
  if (currency === 'XOF' || currency === 'XAF') return 1;
  if (currency === 'EUR') return EUR_TO_XOF;
  const rate = rateOn(settings.rates, currency, day);
  if (rate === null)
    throw new Error(
      `Monter le dossier : aucun taux de change pour ${currency} dans Paramètres › Taux de change (clé ${currency}, valeur = FCFA pour 1 ${currency}) ; ajoutez-le, puis recommencez.`,
    );
  return rate;
}

function plan(doc: KitDoc, t: KitTemplate, data: TemplateData): FillPlan {
  const result = planFill(t.template, CATALOGUES[doc], data);
  if (!result.ok) throw new Error(`${t.what} : ${problemsMessage(CATALOGUES[doc], result.problems)}`);
  return result.plan;
}

function dueDiligence(ports: Ports, partnerId: string): DueDiligence | null {
  const a = latestAnalysis(
    (ports.store.tableOrNull(ANALYSES)?.all() ?? []).map((s) => s.record as DataRecord),
    partnerId,
  );
  const score = (v: unknown) => (typeof v === 'number' ? v : null);
  return a
    ? {
        legal: score(a.legal),
        governance: score(a.governance),
        finance: score(a.finance),
        reputation: score(a.reputation),
        risks: score(a.risks),
        comment: text(a.comment),
      }
    : null;
}

function chooseKit(ports: Ports, partner: DataRecord, name: string | undefined): Kit {
  const kits = allKits(ports);
  if (!name) return kitFor(kits, partner);
  const kit = kits.find((k) => k.name === name);
  if (!kit)
    throw new Error(
      `Monter le dossier : le kit « ${name} » n’existe pas (kits : ${kits.map((k) => `« ${k.name} »`).join(', ')} ; Paramètres › Kits de dossier).`,
    );
  return kit;
}

export function createDossier(ports: Ports, settings: Settings, opportunityId: string, request: DossierRequest, role: Role | null = null): DossierDetail {
  const existing = dossierOf(ports, opportunityId);
  if (existing) return dossierDetail(existing, role);
  const { store, documents, dossierFiles } = ports;
  const dates = checkDates(request);
  const { opp, partner } = opportunityAndPartner(ports, opportunityId);
  const kit = chooseKit(ports, partner, request.kit);
  const templates = kitTemplates(ports, kit);
  const today = store.today();
  const currency = normaliseCurrency(text(opp.currency)) ?? (text(opp.currency) || 'XOF');
  const amount = typeof opp.amount === 'number' ? opp.amount : null;
  const rate = rateOf(currency, settings, today);
  const amountXof = amount === null ? null : currency === 'XOF' ? amount : toXof(amount, currency, settings.rates, today);
  const title = text(opp.title);
  const partnerName = text(partner.name);
  const deadline = dates.deadline || text(opp.nextDue);
  const owner = text(opp.owner) || store.user;
  const facts: DossierFacts = {
    organisation: organisationInfo(settingsRows(ports)).name || settings.organisation,
    author: store.user,
    today,
    kit: kit.name,
    opportunity: { id: opportunityId, title, axis: text(opp.axis), amount, currency },
    partnerName,
    amountXof: currency === 'XOF' ? null : amountXof,
    start: dates.start,
    end: dates.end,
    deadline,
    owner,
  };
  const plans: Record<KitDoc, FillPlan> = {
    note: plan('note', templates.note, noteData(facts)),
    cadre: plan('cadre', templates.cadre, logframeData(facts)),
    risques: plan('risques', templates.risques, risksData(facts, riskLines(facts, dueDiligence(ports, text(partner.id))))),
  };
  const partnerFolder = documents.partnerFolder(documents.pacteFolder(), text(partner.id), partnerName);
  const folder = dossierFiles.subfolder(partnerFolder, `Dossier — ${title}`);
  const doc = (d: KitDoc, what: string) => {
    const name = `${what} — ${title}`;
    return documents.makeOnce(`dossier:${d}`, folder.id, name, () =>
      documents.fillTemplate(templates[d].id, templates[d].template, plans[d], folder.id, name, templates[d].what),
    ).url;
  };
  const sheet = (step: string, what: string, grid: Parameters<typeof dossierFiles.createSheet>[2]) => {
    const name = `${what} — ${title}`;
    return documents.makeOnce(`dossier:${step}`, folder.id, name, () => dossierFiles.createSheet(folder.id, name, grid)).url;
  };
  const urls = {
    conceptNoteUrl: doc('note', 'Note conceptuelle'),
    logframeUrl: doc('cadre', 'Cadre logique'),
    budgetUrl: sheet(
      'budget',
      'Budget',
      budgetGrid({ title, base: kit.base, currency, rate, rateDate: rate === 1 || currency === 'EUR' ? '' : today, amount, amountXof }),
    ),
    planUrl: sheet('plan', 'Plan de mise en œuvre', planGrid(dates.start, dates.end, owner)),
    risksUrl: doc('risques', 'Analyse des risques'),
  };
  const [row] = store.table(DOSSIERS).insert([
    {
      opportunityId,
      partnerId: text(partner.id),
      partnerName,
      title,
      kit: kit.name,
      status: 'En préparation',
      startDate: dates.start,
      endDate: dates.end,
      amount,
      currency,
      ...(deadline ? { deadline } : {}),
      owner,
      folderUrl: folder.url,
      ...urls,
    },
  ]);
  return dossierDetail(row as DataRecord, role);
}
