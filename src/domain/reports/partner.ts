/**
 * « Rapport au partenaire »: what was done with one partner in a period, written to be handed to
 * that partner at a restitution — exchanges and their decisions, events held with its attendance,
 * conventions, commitments on both sides, resources, results and next steps.
 * It is read BY the partner: no due-diligence score, priority, internal note, risk or mitigation,
 * evaluation comment, and no other partner's name or people — only the partner's own rows are
 * read (`partnerReport(data, partnerId, period, ctx)`, pure; data read once by app/reports/partner-report.ts).
 */
import { statusOf } from '../commitments/status';
import { addDays, type LocalDate } from '../format/local-date';
import { formatDateFr, formatMoney } from '../format/french';
import { summariseEvaluation } from '../evaluation/view';
import { HELD } from '../events/loyalty';
import type { Period } from '../kpi/model';
import { text } from '../records/coerce';
import type { DataRecord } from '../schema/field';
import { bullets, paragraph, section, table, type ReportBlock, type ReportDocument } from './document';
import { count, dateFr, fcfa } from './words';

export interface PartnerReportData {
  partners: readonly DataRecord[];
  interactions: readonly DataRecord[];
  conventions: readonly DataRecord[];
  commitments: readonly DataRecord[];
  resources: readonly DataRecord[];
  events: readonly DataRecord[];
  participants: readonly DataRecord[];
  evaluations: readonly DataRecord[];
  responses: readonly DataRecord[];
}

export interface PartnerReportContext {
  today: LocalDate;
  organisation: string;
  author: string;
}

/** Conventions still inside the organisation's own circuit: not the partner's business yet. */
const INTERNAL_STATUSES = ['Brouillon', 'En validation'];
/** How far past the period the next steps look. */
export const NEXT_DAYS = 90;

const live = (r: DataRecord): boolean => text(r.archivedAt) === '';
const day = (v: unknown): string => text(v).slice(0, 10);
const within = (v: unknown, p: Period): boolean => {
  const d = day(v);
  return d !== '' && d >= p.from && d <= p.to;
};
/** « PAR-0001, PAR-0007 » → its IDs. */
const idsOf = (v: unknown): string[] =>
  text(v)
    .split(/[,;\s]+/)
    .filter(Boolean);
/** The first line of a multi-line cell, for a table cell. */
const firstLine = (v: unknown): string => text(v).split('\n')[0].trim();
/** A multi-line cell as bullet items (« - » or « • » at the start of a line dropped). */
const linesOf = (v: unknown): string[] =>
  text(v)
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);

export class PartnerReportError extends Error {}

/** The commitment's state as the partner reads it at the end of the period. */
function stateOf(c: DataRecord, end: LocalDate): { state: string; tone: 'green' | 'orange' | 'red' | null } {
  const status = statusOf(c);
  const due = day(c.due);
  const done = day(c.doneOn);
  if (status === 'Réalisé' && done && done <= end)
    return done <= due ? { state: 'Réalisé à temps', tone: 'green' } : { state: `Réalisé en retard (${dateFr(done)})`, tone: 'orange' };
  if (due < end) return { state: 'En retard', tone: 'red' };
  return { state: 'À venir', tone: null };
}

export function partnerReport(d: PartnerReportData, partnerId: string, period: Period, ctx: PartnerReportContext): ReportDocument {
  const partner = d.partners.find((p) => text(p.id) === partnerId && live(p));
  if (!partner) throw new PartnerReportError(`Partenaire ${partnerId} introuvable (ou archivé) dans « Partenaires » : choisissez un partenaire du registre.`);
  const name = text(partner.name) || partnerId;
  const us = ctx.organisation;
  const sideOf = (c: DataRecord): string => (text(c.party) === 'Partenaire' ? name : us);

  const interactions = d.interactions
    .filter((i) => live(i) && text(i.partnerId) === partnerId && within(i.date, period))
    .sort((a, b) => day(a.date).localeCompare(day(b.date)));
  const events = d.events.filter((e) => live(e) && idsOf(e.partnerIds).includes(partnerId));
  const held = events.filter((e) => text(e.status) === HELD && within(e.date, period)).sort((a, b) => day(a.date).localeCompare(day(b.date)));
  const ours = d.participants.filter((p) => text(p.partnerId) === partnerId);
  const attendance = (eventId: string): string => {
    const invited = ours.filter((p) => text(p.eventId) === eventId);
    const present = invited.filter((p) => text(p.attendance) === 'Présent');
    return invited.length
      ? `${present.length} sur ${count(invited.length, 'invité')}${present.length ? ` (${present.map((p) => text(p.name)).join(', ')})` : ''}`
      : '—';
  };
  const conventions = d.conventions.filter((c) => {
    if (text(c.partnerId) !== partnerId || INTERNAL_STATUSES.includes(text(c.status))) return false;
    const start = day(c.startDate);
    const end = day(c.endDate);
    return (!start || start <= period.to) && (!end || end >= period.from);
  });
  const conventionIds = new Set(d.conventions.filter((c) => text(c.partnerId) === partnerId).map((c) => text(c.id)));
  const commitments = d.commitments
    .filter((c) => conventionIds.has(text(c.conventionId)) && statusOf(c) !== 'Annulé')
    .filter(
      (c) => within(c.due, period) || within(c.doneOn, period) || (day(c.due) < period.from && !(statusOf(c) === 'Réalisé' && day(c.doneOn) < period.from)),
    )
    .sort((a, b) => day(a.due).localeCompare(day(b.due)));
  const resources = d.resources
    .filter((r) => live(r) && text(r.partnerId) === partnerId && within(r.date, period))
    .sort((a, b) => day(a.date).localeCompare(day(b.date)));
  const evaluations = d.evaluations.filter((e) => text(e.partnerId) === partnerId && text(e.status) === 'Décidée' && within(e.decidedOn, period));
  const responses = d.responses.filter((r) => text(r.partnerId) === partnerId && !text(r.flag) && within(r.submittedAt, period));

  // What was done together.
  const together: ReportBlock[] = [];
  if (interactions.length)
    together.push(
      table({
        caption: `Échanges avec ${name}`,
        header: ['Date', 'Type', 'Décisions'],
        rows: interactions.map((i) => [dateFr(i.date), text(i.type) || '—', firstLine(i.decisions) || '—']),
      }),
    );
  if (held.length)
    together.push(
      table({
        caption: 'Événements tenus ensemble',
        header: ['Date', 'Événement', 'Lieu', 'Présents de votre organisation'],
        rows: held.map((e) => [dateFr(e.date), `${text(e.title)} (${text(e.type)})`, text(e.place) || '—', attendance(text(e.id))]),
      }),
    );
  if (conventions.length)
    together.push(
      table({
        caption: 'Conventions',
        header: ['Convention', 'Objet', 'Période', 'Statut'],
        rows: conventions.map((c) => [
          `${text(c.type)} (${text(c.id)})`,
          firstLine(c.purpose) || '—',
          `${dateFr(c.startDate)} – ${dateFr(c.endDate)}`,
          text(c.status),
        ]),
      }),
    );

  // Commitments.
  const states = commitments.map((c) => stateOf(c, period.to));
  const side = (who: string) => commitments.filter((c) => sideOf(c) === who);
  const tallyOf = (who: string): string => {
    const rows = commitments.map((c, i) => ({ c, s: states[i].state })).filter((x) => sideOf(x.c) === who);
    const onTime = rows.filter((x) => x.s === 'Réalisé à temps').length;
    const late = rows.filter((x) => x.s.startsWith('Réalisé en retard')).length;
    const overdue = rows.filter((x) => x.s === 'En retard').length;
    const open = rows.filter((x) => x.s === 'À venir').length;
    return `${who} : ${count(rows.length, 'engagement')} — ${onTime} réalisé${onTime > 1 ? 's' : ''} à temps, ${late} en retard puis réalisé${late > 1 ? 's' : ''}, ${overdue} en retard, ${open} à venir.`;
  };
  const commitmentBlocks: ReportBlock[] = commitments.length
    ? [
        bullets([us, name].filter((who) => side(who).length).map(tallyOf)),
        table({
          caption: 'Engagements des deux parties',
          header: ['Engagement', 'Partie', 'Échéance', 'État'],
          rows: commitments.map((c, i) => [text(c.label), sideOf(c), dateFr(c.due), states[i].state]),
          tones: states.map((s) => s.tone),
        }),
      ]
    : [];

  // Resources.
  const xof = (r: DataRecord): number | null => (typeof r.amountXof === 'number' ? r.amountXof : null);
  const sum = (pred: (r: DataRecord) => boolean): number => resources.filter(pred).reduce((s, r) => s + (xof(r) ?? 0), 0);
  const received = sum((r) => text(r.status) !== 'Promise');
  const promised = sum((r) => text(r.status) === 'Promise');
  const resourceBlocks: ReportBlock[] = resources.length
    ? [
        paragraph(`Sur la période, votre contribution reçue s’élève à **${fcfa(received)}**${promised ? `, et ${fcfa(promised)} sont annoncés` : ''}.`),
        table({
          caption: 'Contributions de la période',
          header: ['Date', 'Contribution', 'Nature', 'Statut', 'Montant'],
          rows: resources.map((r) => [
            dateFr(r.date),
            text(r.label) || text(r.inKindCategory) || '—',
            text(r.kind),
            text(r.status) || 'Reçue',
            typeof r.amount === 'number' ? formatMoney(r.amount, text(r.currency) || 'XOF') : '—',
          ]),
          align: ['left', 'left', 'left', 'left', 'right'],
        }),
      ]
    : [];

  // Results.
  const results: ReportBlock[] = [];
  for (const e of held.filter((e) => linesOf(e.results).length))
    results.push(paragraph(`**${text(e.title)}** (${dateFr(e.date)}) :`), bullets(linesOf(e.results)));
  for (const e of evaluations) {
    const s = summariseEvaluation(e);
    results.push(
      paragraph(
        `L’évaluation conjointe du partenariat, arrêtée le ${dateFr(e.decidedOn)}, ${s.overall ? `donne une appréciation d’ensemble **${s.overall.toLowerCase()}**` : 'a été conduite'}${s.decision ? ` ; décision commune : **${s.decision.toLowerCase()}** le partenariat` : ''}.`,
      ),
    );
  }
  const nps = responses.map((r) => r.nps).filter((v): v is number => typeof v === 'number');
  if (responses.length)
    results.push(
      paragraph(
        `Votre organisation a répondu ${responses.length > 1 ? `${responses.length} fois` : 'une fois'} à notre enquête de satisfaction${nps.length ? ` ; note moyenne de recommandation : **${(nps.reduce((a, b) => a + b, 0) / nps.length).toFixed(1).replace('.', ',')}/10**` : ''}. Merci pour ce retour.`,
      ),
    );

  // Next steps.
  const horizon = addDays(period.to, NEXT_DAYS);
  const next: string[] = [];
  for (const c of d.commitments.filter(
    (c) => conventionIds.has(text(c.conventionId)) && !['Réalisé', 'Annulé'].includes(statusOf(c)) && day(c.due) > period.to && day(c.due) <= horizon,
  ))
    next.push(`${text(c.label)} — ${sideOf(c)}, pour le ${dateFr(c.due)}.`);
  for (const i of interactions)
    for (const l of linesOf(i.nextSteps)) next.push(`${l}${day(i.nextDue) ? ` (d’ici le ${dateFr(i.nextDue)})` : ''}.`.replace(/\.\.$/, '.'));
  for (const e of held) for (const l of linesOf(e.followUps)) next.push(l);
  for (const e of events.filter((e) => text(e.status) !== HELD && text(e.status) !== 'Annulé' && day(e.date) > period.to))
    next.push(`${text(e.title)} (${text(e.type)}), le ${dateFr(e.date)}${text(e.place) ? ` à ${text(e.place)}` : ''}.`);

  const activity = interactions.length + held.length + commitments.length + resources.length;
  const summary = activity
    ? `Ce rapport retrace ce que ${us} et ${name} ont fait ensemble (${period.label}) : ${count(interactions.length, 'échange')}, ${count(held.length, 'événement')} tenu${held.length > 1 ? 's' : ''} ensemble, ${count(commitments.length, 'engagement')} suivi${commitments.length > 1 ? 's' : ''} et ${count(resources.length, 'contribution', 'contributions', true)} enregistrée${resources.length > 1 ? 's' : ''}.`
    : `Aucune activité commune n’est enregistrée pour ${period.label} : ce rapport le constate et propose les prochaines étapes.`;

  return {
    title: {
      // The partner in the title: the Doc's name tells one partner's report from another's.
      title: `Rapport au partenaire — ${name}`,
      subtitle: 'Ce que nous avons fait ensemble',
      organisation: us,
      period: period.label,
      date: formatDateFr(ctx.today),
      author: ctx.author,
    },
    blocks: [
      ...section('1. Synthèse', [paragraph(summary)]),
      ...section('2. Ce que nous avons fait ensemble', together, 'Aucun échange, événement ni convention sur la période.'),
      ...section('3. Engagements des deux parties', commitmentBlocks, 'Aucun engagement n’était dû sur la période.'),
      ...section('4. Ressources mobilisées', resourceBlocks, 'Aucune contribution n’est enregistrée sur la période.'),
      ...section('5. Résultats', results, 'Aucun résultat, évaluation ni retour d’enquête n’est enregistré sur la période.'),
      ...section(
        '6. Prochaines étapes',
        next.length ? [bullets(next)] : [],
        `Aucune étape n’est encore fixée : nous vous proposerons un prochain rendez-vous.`,
      ),
    ],
  };
}
