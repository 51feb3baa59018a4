/**
 * The deadline-compliance rate (on time / due) at the top of « Engagements »: overall, ours and the
 * partners' apart, then per owner and per partner in a compact table, folded (the sidebar is narrow).
 */
import type { Compliance, ComplianceCount, ComplianceSplit } from '../../domain/contracts';
import { el } from '../dom';

/** « 67 % (2/3) », or « — » when nothing was due. */
const rate = (c: ComplianceCount): string => (c.rate === null ? '—' : `${c.rate} % (${c.onTime}/${c.due})`);

function total(s: ComplianceSplit): ComplianceCount {
  const due = s.ours.due + s.partner.due;
  const onTime = s.ours.onTime + s.partner.onTime;
  return { due, onTime, late: s.ours.late + s.partner.late, rate: due ? Math.round((100 * onTime) / due) : null };
}

function table(caption: string, rows: Record<string, ComplianceSplit>): HTMLElement {
  const names = Object.keys(rows).sort((a, b) => a.localeCompare(b, 'fr'));
  return el('table', { className: 'compliance' }, [
    el('caption', { text: caption }),
    el('thead', {}, [
      el(
        'tr',
        {},
        ['', 'Nous', 'Partenaire'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })),
      ),
    ]),
    el(
      'tbody',
      {},
      names.map((n) =>
        el('tr', {}, [el('th', { text: n, attrs: { scope: 'row' } }), el('td', { text: rate(rows[n].ours) }), el('td', { text: rate(rows[n].partner) })]),
      ),
    ),
  ]);
}

/** The sidebar receives the owners and partners with the most due; the others count in the overall rate. */
function omitted(c: Compliance): HTMLElement | null {
  const { owners = 0, partners = 0 } = c.omitted ?? {};
  if (!owners && !partners) return null;
  const parts = [
    owners ? `${owners} autre${owners > 1 ? 's' : ''} responsable${owners > 1 ? 's' : ''}` : '',
    partners ? `${partners} autre${partners > 1 ? 's' : ''} partenaire${partners > 1 ? 's' : ''}` : '',
  ];
  return el('p', { className: 'muted', text: `Ceux qui ont le plus d’échéances ; ${parts.filter(Boolean).join(' et ')}, comptés dans le taux global.` });
}

export function complianceSection(c: Compliance): Node[] {
  const all = total(c.overall);
  return [
    el('p', { className: 'compliance-rate' }, [
      el('strong', { text: `Respect des échéances : ${all.rate === null ? 'aucune échéance passée' : `${all.rate} %`}` }),
      el('span', {
        className: 'muted',
        text: all.due ? ` (${all.onTime} à temps sur ${all.due} échues ; ${all.late} réalisée${all.late > 1 ? 's' : ''} en retard)` : '',
      }),
    ]),
    el('p', { className: 'muted', text: `Nous : ${rate(c.overall.ours)} · Partenaires : ${rate(c.overall.partner)}` }),
    el('details', {}, [
      el('summary', { text: 'Par responsable et par partenaire' }),
      table('Par responsable', c.byOwner),
      table('Par partenaire', c.byPartner),
      omitted(c),
    ]),
  ];
}
