/**
 * The evaluation's read-only side: our rating against the partner's per dimension with the gaps
 * flagged, the overall result (and the critical dimension that capped it), the partner's latest
 * satisfaction and NPS, the commitments' compliance of both parties, and the past evaluations.
 */
import type { EvaluationDetail } from '../../domain/contracts/evaluation';
import type { GridScore, Level } from '../../domain/contracts/evaluation';
import type { ComplianceCount } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { formatDateFr } from '../format';

/** A level as a word beside its colour swatch: the colour is never the only cue. */
export function levelTag(level: Level | null | undefined): HTMLElement {
  if (!level) return el('span', { className: 'muted', text: 'non évalué' });
  return el('span', { className: `level level-${level.toLowerCase()}` }, [
    el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } }),
    document.createTextNode(level),
  ]);
}

/** « Orange (moyenne 75/100), plafonné par « Gestion financière », dimension critique en rouge ». */
function overallLine(who: string, score: GridScore, d: EvaluationDetail): HTMLElement {
  const capped = d.dimensions.find((x) => x.key === score.cappedBy);
  return el('p', { className: 'overall', attrs: { 'data-testid': `overall-${who === 'Nous' ? 'ours' : 'partner'}` } }, [
    el('strong', { text: `Résultat global (${who}) : ` }),
    levelTag(score.overall),
    document.createTextNode(score.average === null ? '' : ` — moyenne pondérée ${score.average}/100${score.complete ? '' : ', grille incomplète'}`),
    capped
      ? el('span', {
          className: 'capped',
          text: `. Plafonné : « ${capped.label} » est une dimension critique en ${score.overall?.toLowerCase()}, qu’aucune bonne note ailleurs ne compense.`,
        })
      : null,
  ]);
}

function gapsTable(d: EvaluationDetail): HTMLElement {
  return el('table', { className: 'gaps', attrs: { 'data-testid': 'gaps' } }, [
    el('caption', { text: 'Notre appréciation et celle du partenaire (⚠ : vert contre rouge, à discuter ensemble)' }),
    el('thead', {}, [
      el(
        'tr',
        {},
        ['Dimension', 'Nous', 'Partenaire', 'Écart'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      d.gaps.map((g) =>
        el('tr', { className: g.flagged ? 'flagged' : '', attrs: { 'data-dimension': g.key } }, [
          el('th', { text: g.label, attrs: { scope: 'row' } }),
          el('td', {}, [levelTag(g.ours)]),
          el('td', {}, [levelTag(g.partner)]),
          el('td', { text: g.gap === null ? '—' : g.flagged ? '⚠ à discuter' : g.gap === 1 ? '1 niveau' : 'aucun' }),
        ]),
      ),
    ),
  ]);
}

const rate = (c: ComplianceCount): string => (c.rate === null ? 'aucune échéance passée' : `${c.rate} % (${c.onTime} à temps sur ${c.due})`);

function satisfaction(d: EvaluationDetail): HTMLElement {
  const s = d.satisfaction;
  const body = d.satisfactionHidden
    ? [el('p', { className: 'muted', text: 'Les réponses de chaque partenaire sont réservées aux rôles choisis dans Paramètres.' })]
    : !s
      ? [el('p', { className: 'muted', text: 'Le partenaire n’a répondu à aucune enquête de satisfaction.' })]
      : [
          el('p', { attrs: { 'data-testid': 'nps' } }, [
            el('strong', { text: `NPS : ${s.nps ?? '—'} / 10` }),
            document.createTextNode(
              s.nps !== null && s.nps <= 6 ? ' (détracteur)' : s.nps !== null && s.nps >= 9 ? ' (promoteur)' : s.nps !== null ? ' (passif)' : '',
            ),
            el('span', { className: 'muted', text: ` · réponse du ${formatDateFr(s.submittedAt.slice(0, 10))} (${s.campaignId})` }),
          ]),
          el(
            'ul',
            { className: 'plain' },
            Object.entries(s.scores).map(([label, v]) => el('li', { text: `${label} : ${v ?? '—'} / 5` })),
          ),
        ];
  return el('section', {}, [el('h3', { text: 'Satisfaction du partenaire' }), ...body]);
}

function history(view: View, d: EvaluationDetail): HTMLElement {
  const trend = d.trend ? ` — tendance : ${d.trend}` : '';
  return el('section', { attrs: { 'data-testid': 'evaluation-history' } }, [
    el('h3', { text: `Évaluations précédentes (${d.history.length})${trend}` }),
    d.history.length
      ? el(
          'ul',
          { className: 'plain' },
          d.history.map((h) => {
            const open = el('button', { className: 'link', text: `${h.id} — ${formatDateFr(h.decidedOn)}`, attrs: { type: 'button' } });
            open.addEventListener('click', () => view.show('evaluation', h.id));
            return el('li', {}, [open, document.createTextNode(` · ${h.decision} · `), levelTag(h.overall)]);
          }),
        )
      : el('p', { className: 'muted', text: 'Première évaluation de ce partenaire.' }),
  ]);
}

export function comparison(view: View, d: EvaluationDetail): Node[] {
  const p = d.partner;
  const partnerState = p.answered
    ? p.comments
      ? el('p', { text: `Commentaire du partenaire : « ${p.comments} »` })
      : null
    : el('p', {
        className: 'muted',
        text: p.formUrl ? 'Le partenaire n’a pas encore répondu au formulaire.' : 'Le formulaire n’a pas encore été envoyé au partenaire.',
      });
  return [
    el('section', { attrs: { 'data-testid': 'comparison' } }, [
      el('h3', { text: 'Côte à côte' }),
      gapsTable(d),
      overallLine('Nous', d.ours.score, d),
      p.answered ? overallLine('Partenaire', p.score, d) : null,
      partnerState,
    ]),
    satisfaction(d),
    el('section', { attrs: { 'data-testid': 'evaluation-compliance' } }, [
      el('h3', { text: 'Respect des échéances des engagements' }),
      el('p', { text: `Nous : ${rate(d.compliance.ours)}` }),
      el('p', { text: `Partenaire : ${rate(d.compliance.partner)}` }),
    ]),
    history(view, d),
  ];
}
