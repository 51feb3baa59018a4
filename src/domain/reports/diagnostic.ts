/**
 * « Diagnostic des partenariats existants »: the partnerships as they stand on a given day —
 * inventory by type, category and lifecycle stage; formalised against informal; the strategic,
 * operational and institutional partners with their resources and compliance; gaps; risks; one
 * recommendation per finding; an annex of definitions. Pure: `diagnosticReport(data, ctx)` over
 * the records of the tables, read once by the caller (app/reports/diagnostic.ts).
 */
import { complianceRate } from '../commitments/compliance';
import { CLOSED_STATUSES, statusOf } from '../commitments/status';
import { addDays, type LocalDate } from '../format/local-date';
import { formatDateFr } from '../format/french';
import { latestAnalysis, summariseAnalysis } from '../partners/due-diligence';
import { summariseEvaluation } from '../evaluation/view';
import { text } from '../records/coerce';
import { resourceTotals } from '../resources/totals';
import { rootsOf, type ResourceRow } from '../resources/feed';
import type { DataRecord } from '../schema/field';
import { LIFECYCLE_STAGES, PARTNER_CATEGORIES, partnerTypeOf } from '../schema/vocabulary';
import { bullets, chart, pageBreak, paragraph, section, table, type ReportBlock, type ReportDocument } from './document';
import { count, dateFr, fcfa, listing, percentFr } from './words';

export interface DiagnosticData {
  partners: readonly DataRecord[];
  opportunities: readonly DataRecord[];
  interactions: readonly DataRecord[];
  analyses: readonly DataRecord[];
  conventions: readonly DataRecord[];
  commitments: readonly DataRecord[];
  resources: readonly DataRecord[];
  responses: readonly DataRecord[];
  evaluations: readonly DataRecord[];
}

export interface DiagnosticContext {
  today: LocalDate;
  organisation: string;
  author: string;
  /** Paramètres › Axes stratégiques. */
  strategicAxes: readonly string[];
}

/** A convention in force: signed, or running. */
export const IN_FORCE = ['Signée', 'Active'];
/** Stages of a partner the organisation works with (past the prospecting stages). */
export const WORKING_STAGES = ['Formalisation', 'Collaboration', 'Évaluation', 'Renouvellement'];
/** Stages from which a due-diligence analysis is expected. */
const ANALYSED_STAGES = ['Approbation', ...WORKING_STAGES];
/** A convention in preparation: a renewal under way when the partner already has one in force. */
const IN_PREPARATION = ['Brouillon', 'En validation', 'Validée'];
export const SILENCE_MONTHS = 6;
export const EXPIRY_DAYS = 90;
/** A due-diligence score below this (out of 100) is a risk. */
export const LOW_SCORE = 50;
/** A survey answer of 0 to 6 out of 10 (« recommanderiez-vous… ») is a detractor's, as the NPS counts them. */
export const DETRACTOR_MAX = 6;
/** The three groups the diagnostic compares; the other categories (and none) go together. */
export const GROUPS = ['Stratégique', 'Opérationnel', 'Institutionnel'] as const;
const OTHERS = 'Autres catégories';

const live = (rows: readonly DataRecord[]): DataRecord[] => rows.filter((r) => text(r.archivedAt) === '');
const day = (v: unknown): string => text(v).slice(0, 10);
const monthsBefore = (d: LocalDate, months: number): LocalDate => {
  const [y, m, dd] = d.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 - months, Math.min(dd, 28)));
  return t.toISOString().slice(0, 10);
};

interface PartnerFacts {
  id: string;
  name: string;
  type: string;
  category: string;
  stage: string;
  priority: number | null;
  lastContact: string;
  recentContacts: number;
  inForce: DataRecord[];
  formalised: boolean;
  active: boolean;
}

function factsOf(d: DiagnosticData, today: LocalDate): PartnerFacts[] {
  const since = monthsBefore(today, SILENCE_MONTHS);
  const contacts = new Map<string, { last: string; recent: number }>();
  for (const i of live(d.interactions)) {
    const c = contacts.get(text(i.partnerId)) ?? { last: '', recent: 0 };
    const date = day(i.date);
    if (date > c.last && date <= today) c.last = date;
    if (date >= since && date <= today) c.recent++;
    contacts.set(text(i.partnerId), c);
  }
  return live(d.partners).map((p) => {
    const id = text(p.id);
    const c = contacts.get(id);
    const inForce = d.conventions.filter((c) => text(c.partnerId) === id && IN_FORCE.includes(text(c.status)));
    const lastContact = [c?.last ?? '', day(p.lastInteraction)].sort().pop() ?? '';
    const stage = text(p.stage);
    return {
      id,
      name: text(p.name) || id,
      type: partnerTypeOf(text(p.type)) || 'Non renseigné',
      category: text(p.category),
      stage,
      priority: typeof p.priority === 'number' ? p.priority : null,
      lastContact,
      recentContacts: c?.recent ?? 0,
      inForce,
      formalised: inForce.length > 0,
      active: WORKING_STAGES.includes(stage) || (c?.recent ?? 0) > 0,
    };
  });
}

const groupOf = (category: string): string => ((GROUPS as readonly string[]).includes(category) ? category : OTHERS);

function tally(items: readonly string[], order: readonly string[] = []): [string, number][] {
  const m = new Map<string, number>(order.map((k) => [k, 0]));
  for (const i of items) m.set(i, (m.get(i) ?? 0) + 1);
  const listed = [...m].filter(([k, n]) => n > 0 || order.includes(k));
  return order.length ? listed : listed.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
}

function countTable(caption: string, what: string, rows: [string, number][], total: number): ReportBlock {
  return table({
    caption,
    header: [what, 'Partenaires', 'Part'],
    rows: [...rows.map(([k, n]) => [k, String(n), percentFr(n, total)]), ['Total', String(total), total ? '100 %' : '—']],
    align: ['left', 'right', 'right'],
  });
}

export interface Finding {
  /** What was found (for the gaps and risks sections). */
  finding: string;
  /** What to do about it (recommendations). */
  recommendation: string;
}

export function diagnosticReport(d: DiagnosticData, ctx: DiagnosticContext): ReportDocument {
  const { today } = ctx;
  const facts = factsOf(d, today);
  const total = facts.length;
  const byId = new Map(facts.map((f) => [f.id, f]));
  const nameOf = (id: string): string => byId.get(id)?.name ?? id;

  // Inventory.
  const byType = tally(facts.map((f) => f.type));
  const byCategory = tally(
    facts.map((f) => f.category || 'Non renseignée'),
    [...PARTNER_CATEGORIES, ...(facts.some((f) => !f.category) ? ['Non renseignée'] : [])],
  );
  const byStage = tally(
    facts.map((f) => f.stage || 'Non renseigné'),
    [...LIFECYCLE_STAGES, ...(facts.some((f) => !f.stage) ? ['Non renseigné'] : [])],
  );
  const formalised = facts.filter((f) => f.formalised);
  const informal = facts.filter((f) => !f.formalised && f.active);
  const prospects = total - formalised.length - informal.length;
  const inventory: ReportBlock[] = total
    ? [
        paragraph(
          `Au ${formatDateFr(today)}, ${ctx.organisation} compte **${count(total, 'partenaire')}** dans son registre, de ${count(byType.length, 'type')} différent${byType.length > 1 ? 's' : ''}. Le type le plus représenté est « ${byType[0][0]} » (${byType[0][1]}).`,
        ),
        countTable('Partenaires par type', 'Type', byType, total),
        countTable('Partenaires par catégorie', 'Catégorie', byCategory, total),
        countTable('Partenaires par étape du cycle de vie', 'Étape', byStage, total),
        chart({
          caption: 'Partenaires par étape du cycle de vie',
          chart: 'bar',
          categories: byStage.map(([k]) => k),
          series: [{ name: 'Partenaires', values: byStage.map(([, n]) => n) }],
        }),
      ]
    : [];

  // Formalised and informal.
  const worth = informal.filter((f) => f.recentContacts >= 2 || (f.priority ?? 0) >= 60 || WORKING_STAGES.includes(f.stage));
  const formality: ReportBlock[] = total
    ? [
        paragraph(
          `**${count(formalised.length, 'partenariat')}** ${formalised.length > 1 ? 'sont formalisés' : 'est formalisé'} par une convention signée ou active (${percentFr(formalised.length, total)} du registre). ` +
            `${informal.length ? `**${informal.length}** relation${informal.length > 1 ? 's' : ''} active${informal.length > 1 ? 's' : ''} ${informal.length > 1 ? 'restent' : 'reste'} informelle${informal.length > 1 ? 's' : ''}` : 'Aucune relation active ne reste informelle'}` +
            `${prospects ? `, et ${count(prospects, 'partenaire')} ${prospects > 1 ? 'sont' : 'est'} encore au stade de la prospection.` : '.'}`,
        ),
        ...(worth.length
          ? [
              paragraph(
                `Les relations informelles suivantes gagneraient à être formalisées, au vu des échanges des ${SILENCE_MONTHS} derniers mois et de leur priorité :`,
              ),
              table({
                caption: 'Relations informelles à formaliser',
                header: ['Partenaire', 'Catégorie', 'Étape', `Échanges (${SILENCE_MONTHS} mois)`, 'Dernier échange', 'Priorité'],
                rows: [...worth]
                  .sort((a, b) => (b.priority ?? -1) - (a.priority ?? -1) || b.recentContacts - a.recentContacts || a.name.localeCompare(b.name, 'fr'))
                  .map((f) => [
                    f.name,
                    f.category || '—',
                    f.stage || '—',
                    String(f.recentContacts),
                    dateFr(f.lastContact),
                    f.priority === null ? '—' : String(Math.round(f.priority)),
                  ]),
                align: ['left', 'left', 'left', 'right', 'left', 'right'],
              }),
            ]
          : []),
      ]
    : [];

  // Strategic / operational / institutional.
  const partnerOfConvention = new Map(d.conventions.map((c) => [text(c.id), text(c.partnerId)]));
  const compliance = complianceRate(d.commitments, partnerOfConvention, today);
  const rootOf = rootsOf(d.conventions.map((c) => ({ id: text(c.id), amends: text(c.amends) })));
  const conventionOfOpportunity = new Map<string, string>();
  for (const c of d.conventions) if (text(c.opportunityId)) conventionOfOpportunity.set(text(c.opportunityId), rootOf.get(text(c.id)) ?? text(c.id));
  const resourceRows = live(d.resources).map(
    (r) => ({ ...r, kind: text(r.kind), status: text(r.status), amountXof: typeof r.amountXof === 'number' ? r.amountXof : null }) as unknown as ResourceRow,
  );
  const groupRows = [...GROUPS, OTHERS].map((g) => {
    const members = facts.filter((f) => groupOf(f.category) === g);
    const ids = new Set(members.map((f) => f.id));
    const money = resourceTotals(
      resourceRows.filter((r) => ids.has(text(r.partnerId))),
      { rootOf, conventionOfOpportunity, partners: new Map(), target: null, top: 0 },
    );
    let due = 0;
    let onTime = 0;
    for (const id of ids) {
      const c = compliance.byPartner[id];
      if (c) {
        due += c.ours.due + c.partner.due;
        onTime += c.ours.onTime + c.partner.onTime;
      }
    }
    return { group: g, members: members.length, formalised: members.filter((f) => f.formalised).length, money, due, onTime };
  });
  const shown = groupRows.filter((g) => g.group !== OTHERS || g.members > 0);
  const leading = [...groupRows].sort((a, b) => b.money.mobilisedXof - a.money.mobilisedXof)[0];
  const groups: ReportBlock[] = total
    ? [
        paragraph(
          `Les partenaires stratégiques, opérationnels et institutionnels sont comparés ci-dessous : nombre, part formalisée, ressources mobilisées (en FCFA, promesses et versements comptés une fois) et respect des échéances des engagements, des deux côtés.` +
            (leading.money.mobilisedXof > 0
              ? ` Les ressources viennent d’abord du groupe « ${leading.group} » (${fcfa(leading.money.mobilisedXof)}).`
              : ' Aucune ressource n’est encore enregistrée.'),
        ),
        table({
          caption: 'Partenaires stratégiques, opérationnels et institutionnels',
          header: ['Groupe', 'Partenaires', 'Formalisés', 'Ressources mobilisées', 'Dont reçues', 'Échéances respectées'],
          rows: shown.map((g) => [
            g.group,
            String(g.members),
            String(g.formalised),
            fcfa(g.money.mobilisedXof),
            fcfa(g.money.receivedXof),
            g.due ? `${percentFr(g.onTime, g.due)} (${g.onTime}/${g.due})` : '—',
          ]),
          align: ['left', 'right', 'right', 'right', 'right', 'right'],
          tones: shown.map((g) => (!g.due ? null : g.onTime / g.due >= 0.8 ? 'green' : g.onTime / g.due >= 0.5 ? 'orange' : 'red')),
        }),
      ]
    : [];

  // Gaps.
  const gaps: Finding[] = [];
  const since = monthsBefore(today, SILENCE_MONTHS);
  const silent = facts.filter((f) => f.stage !== 'Clôture' && (f.formalised || f.active || f.stage !== 'Identification') && f.lastContact < since);
  if (silent.length)
    gaps.push({
      finding: `${count(silent.length, 'partenaire')} sans interaction depuis plus de ${SILENCE_MONTHS} mois : ${listing(silent.map((f) => `${f.name} (${f.lastContact ? `dernier échange le ${dateFr(f.lastContact)}` : 'aucun échange enregistré'})`))}.`,
      recommendation: `Reprendre contact avec ${listing(silent.map((f) => f.name))} d’ici un mois (rendez-vous ou appel consigné dans Pacte), et clore les relations qui n’ont plus d’objet.`,
    });
  const analysed = new Set(d.analyses.map((a) => text(a.partnerId)));
  const unanalysed = facts.filter((f) => (ANALYSED_STAGES.includes(f.stage) || f.formalised) && !analysed.has(f.id));
  if (unanalysed.length)
    gaps.push({
      finding: `${count(unanalysed.length, 'partenaire')} engagé${unanalysed.length > 1 ? 's' : ''} sans analyse de due diligence : ${listing(unanalysed.map((f) => f.name))}.`,
      recommendation: `Conduire l’analyse de due diligence de ${listing(unanalysed.map((f) => f.name))} avant toute nouvelle convention ou tout renouvellement.`,
    });
  const horizon = addDays(today, EXPIRY_DAYS);
  const expiring = d.conventions.filter((c) => {
    const end = day(c.endDate);
    if (!IN_FORCE.includes(text(c.status)) || end < today || end > horizon) return false;
    const partner = text(c.partnerId);
    const renewed =
      d.conventions.some((o) => text(o.amends) === text(c.id) || (text(o.partnerId) === partner && o !== c && IN_PREPARATION.includes(text(o.status)))) ||
      byId.get(partner)?.stage === 'Renouvellement';
    return !renewed && byId.has(partner);
  });
  if (expiring.length)
    gaps.push({
      finding: `${count(expiring.length, 'convention')} arrive${expiring.length > 1 ? 'nt' : ''} à échéance dans les ${EXPIRY_DAYS} jours sans renouvellement engagé : ${listing(expiring.map((c) => `${nameOf(text(c.partnerId))} (${text(c.id)}, fin le ${dateFr(c.endDate)})`))}.`,
      recommendation: `Décider avant l’échéance du renouvellement ou de la clôture des conventions de ${listing([...new Set(expiring.map((c) => nameOf(text(c.partnerId))))])} : bilan avec le partenaire, puis avenant ou nouvelle convention.`,
    });
  const emptyCategories = PARTNER_CATEGORIES.filter((c) => !facts.some((f) => f.category === c));
  if (emptyCategories.length)
    gaps.push({
      finding: `Aucun partenaire dans ${emptyCategories.length > 1 ? 'les catégories' : 'la catégorie'} ${listing(emptyCategories.map((c) => `« ${c} »`))}.`,
      recommendation: `Identifier des partenaires ${listing(emptyCategories.map((c) => c.toLowerCase()))}${emptyCategories.length > 1 ? 's' : ''} lors de la prochaine revue de la cartographie.`,
    });
  const liveIds = new Set(facts.map((f) => f.id));
  const coveredAxes = new Set(
    [...live(d.opportunities), ...live(d.resources)].filter((r) => liveIds.has(text(r.partnerId))).map((r) => text(r.axis).toLowerCase()),
  );
  const emptyAxes = ctx.strategicAxes.filter((a) => !coveredAxes.has(a.toLowerCase()));
  if (emptyAxes.length)
    gaps.push({
      finding: `Aucun partenaire (opportunité ou ressource) sur ${emptyAxes.length > 1 ? 'les axes stratégiques' : 'l’axe stratégique'} ${listing(emptyAxes.map((a) => `« ${a} »`))}.`,
      recommendation: `Rechercher des partenaires pour ${emptyAxes.length > 1 ? 'les axes' : 'l’axe'} ${listing(emptyAxes.map((a) => `« ${a} »`))} (veille des appels, relais de la diaspora).`,
    });

  // Risks.
  const risks: Finding[] = [];
  const weak = facts
    .map((f) => ({ f, a: latestAnalysis(d.analyses, f.id) }))
    .filter((x) => x.a !== null)
    .map((x) => ({ f: x.f, s: summariseAnalysis(x.a!) }))
    .filter((x) => x.s.score !== null && (x.s.score < LOW_SCORE || x.s.critical.length > 0));
  if (weak.length)
    risks.push({
      finding: `${count(weak.length, 'partenaire')} ${weak.length > 1 ? 'ont' : 'a'} un score de due diligence faible : ${listing(weak.map((x) => `${x.f.name} (${x.s.score}/100${x.s.critical.length ? `, faiblesse critique : ${x.s.critical.join(', ').toLowerCase()}` : ''})`))}.`,
      recommendation: `Revoir l’analyse de ${listing(weak.map((x) => x.f.name))} et prévoir des garde-fous dans les conventions (versements par tranches, rapports plus fréquents).`,
    });
  const overdue = new Map<string, { n: number; oldest: string }>();
  for (const c of d.commitments) {
    const partner = partnerOfConvention.get(text(c.conventionId)) ?? '';
    if (text(c.party) !== 'Partenaire' || CLOSED_STATUSES.includes(statusOf(c)) || !(day(c.due) < today) || !byId.has(partner)) continue;
    const o = overdue.get(partner) ?? { n: 0, oldest: day(c.due) };
    o.n++;
    if (day(c.due) < o.oldest) o.oldest = day(c.due);
    overdue.set(partner, o);
  }
  if (overdue.size)
    risks.push({
      finding: `${count(overdue.size, 'partenaire')} ${overdue.size > 1 ? 'ont' : 'a'} des engagements en retard : ${listing([...overdue].map(([id, o]) => `${nameOf(id)} (${count(o.n, 'engagement')}, le plus ancien dû le ${dateFr(o.oldest)})`))}.`,
      recommendation: `Relancer ${listing([...overdue.keys()].map(nameOf))} sur leurs engagements échus et convenir d’un nouveau calendrier écrit.`,
    });
  const latestEval = new Map<string, DataRecord>();
  for (const e of d.evaluations) latestEval.set(text(e.partnerId), e);
  const red = [...latestEval].filter(([id, e]) => byId.has(id) && summariseEvaluation(e).overall === 'Rouge').map(([id]) => nameOf(id));
  if (red.length)
    risks.push({
      finding: `${count(red.length, 'partenaire')} ${red.length > 1 ? 'ont' : 'a'} une dernière évaluation au rouge : ${listing(red)}.`,
      recommendation: `Tenir avec ${listing(red)} un atelier bilan pour décider de réorienter ou de clore le partenariat.`,
    });
  const detractors = new Map<string, number>();
  for (const r of d.responses) {
    const id = text(r.partnerId);
    if (typeof r.nps === 'number' && r.nps <= DETRACTOR_MAX && byId.has(id) && !text(r.flag)) detractors.set(id, (detractors.get(id) ?? 0) + 1);
  }
  if (detractors.size)
    risks.push({
      finding: `Des détracteurs (note de recommandation de 0 à ${DETRACTOR_MAX}) chez ${count(detractors.size, 'partenaire')} : ${listing([...detractors].map(([id, n]) => `${nameOf(id)} (${count(n, 'réponse')})`))}.`,
      recommendation: `Appeler ${listing([...detractors.keys()].map(nameOf))} pour comprendre leur insatisfaction et leur proposer une restitution.`,
    });

  const findings = [...gaps, ...risks];
  const summary: ReportBlock[] = [
    paragraph(
      total
        ? `Ce diagnostic fait le point, au ${formatDateFr(today)}, sur les **${count(total, 'partenaire')}** de ${ctx.organisation} : ${formalised.length} partenariat${formalised.length > 1 ? 's' : ''} formalisé${formalised.length > 1 ? 's' : ''}, ${informal.length} relation${informal.length > 1 ? 's' : ''} informelle${informal.length > 1 ? 's' : ''}. Il relève ${count(gaps.length, 'lacune', 'lacunes', true)} et ${count(risks.length, 'risque')}, et en tire ${count(findings.length, 'recommandation', 'recommandations', true)}.`
        : `Le registre de ${ctx.organisation} ne compte encore aucun partenaire : ce diagnostic sera utile une fois les partenaires saisis ou importés.`,
    ),
  ];

  return {
    title: {
      title: 'Diagnostic des partenariats existants',
      subtitle: 'Stratégiques, opérationnels et institutionnels',
      organisation: ctx.organisation,
      period: `au ${formatDateFr(today)}`,
      date: formatDateFr(today),
      author: ctx.author,
    },
    blocks: [
      ...section('1. Synthèse', summary),
      ...section('2. Inventaire des partenaires', inventory, 'Aucun partenaire n’est enregistré.'),
      ...section('3. Partenariats formalisés et informels', formality, 'Aucun partenaire n’est enregistré.'),
      ...section('4. Stratégiques, opérationnels et institutionnels', groups, 'Aucun partenaire n’est enregistré.'),
      ...section(
        '5. Lacunes',
        gaps.length ? [bullets(gaps.map((g) => g.finding))] : [],
        'Aucune lacune relevée : chaque partenaire engagé a été contacté récemment et analysé, et aucune convention n’arrive à échéance sans suite.',
      ),
      ...section(
        '6. Risques',
        risks.length ? [bullets(risks.map((r) => r.finding))] : [],
        'Aucun risque relevé : pas de score faible, pas d’engagement du partenaire en retard, pas d’évaluation au rouge ni de détracteur.',
      ),
      ...section(
        '7. Recommandations',
        findings.length ? [paragraph('Chaque constat ci-dessus appelle une action :'), bullets(findings.map((f) => f.recommendation))] : [],
        'Aucun constat n’appelle d’action particulière : poursuivre le suivi courant.',
      ),
      pageBreak(),
      ...section('Annexe — Définitions', [
        bullets([
          `**Partenariat formalisé** : partenaire ayant au moins une convention au statut ${listing(IN_FORCE.map((s) => `« ${s} »`))}.`,
          `**Relation informelle** : partenaire sans convention en vigueur, à l’étape ${listing(WORKING_STAGES.map((s) => `« ${s} »`))} ou avec au moins une interaction dans les ${SILENCE_MONTHS} derniers mois.`,
          `**À formaliser** : relation informelle avec au moins deux échanges en ${SILENCE_MONTHS} mois, un score de priorité d’au moins 60 ou une collaboration déjà engagée.`,
          `**Ressources mobilisées** : pour chaque contribution (convention ou opportunité, numéraire ou nature), le plus grand de la promesse et du versé, en FCFA.`,
          `**Échéances respectées** : part des engagements échus (des deux côtés, annulés exclus) réalisés au plus tard à leur échéance.`,
          `**Sans interaction récente** : aucun échange consigné depuis ${SILENCE_MONTHS} mois (partenaires au-delà de l’identification, hors clôture).`,
          `**Sans renouvellement engagé** : convention en vigueur finissant dans les ${EXPIRY_DAYS} jours, sans avenant ni nouvelle convention en préparation, le partenaire n’étant pas à l’étape « Renouvellement ».`,
          `**Score de due diligence faible** : dernière analyse sous ${LOW_SCORE}/100 ou avec une faiblesse critique.`,
          `**Détracteur** : réponse à une enquête avec une note de recommandation de 0 à ${DETRACTOR_MAX} sur 10.`,
        ]),
      ]),
    ],
  };
}
