/**
 * Indicateurs: the KPI set of a month, a quarter or a year, each value beside the previous period
 * (▲▼) and the target of Paramètres › Objectifs, its 12-month trend and its definition behind « ? ».
 */
import type { KpiPanel, KpiPanelItem, KpiUnit, PeriodKind } from '../../domain/contracts';
import { addDays } from '../../domain/format/local-date';
import { el } from '../dom';
import { formatMoney, formatNumberFr } from '../format';
import { sparkline } from './kpi-sparkline';
import type { View } from './mount';

type Kind = Exclude<PeriodKind, 'custom'>;
const KINDS: [Kind, string][] = [
  ['month', 'Mois'],
  ['quarter', 'Trimestre'],
  ['year', 'Année'],
];
const NBSP = '\u00a0';

export function formatKpi(value: number | null, unit: KpiUnit): string {
  if (value === null) return '—';
  if (unit === 'xof') return formatMoney(value, 'XOF');
  if (unit === 'percent') return `${formatNumberFr(value)}${NBSP}%`;
  if (unit === 'score') return `${formatNumberFr(value, 2)}${NBSP}/${NBSP}5`;
  if (unit === 'nps') return (value > 0 ? '+' : '') + formatNumberFr(value);
  return formatNumberFr(value, Number.isInteger(value) ? 0 : 2);
}

/** ▲ up, ▼ down, = unchanged; the class says whether it is good news. */
function arrow(now: number, then: number, higherIsBetter: boolean): { sign: string; good: boolean | null } {
  if (now === then) return { sign: '=', good: null };
  return { sign: now > then ? '▲' : '▼', good: now > then === higherIsBetter };
}

function comparison(text: string, a: { sign: string; good: boolean | null }, testid: string): HTMLElement {
  const tone = a.good === null ? 'same' : a.good ? 'good' : 'bad';
  return el('span', { className: `kpi-delta ${tone}`, text: `${a.sign} ${text}`, attrs: { 'data-testid': testid } });
}

function kpiItem(k: KpiPanelItem, previousLabel: string): HTMLElement {
  const help = el('p', { className: 'kpi-definition muted', text: k.definition });
  help.hidden = true;
  const ask = el('button', {
    className: 'kpi-help secondary',
    text: '?',
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-label': `Définition : ${k.label}` },
  });
  ask.addEventListener('click', () => {
    help.hidden = !help.hidden;
    ask.setAttribute('aria-expanded', String(!help.hidden));
  });
  const notes: HTMLElement[] = [];
  if (k.value !== null && k.previous !== null) {
    const delta = k.value - k.previous;
    const shown = k.unit === 'percent' ? `${formatNumberFr(delta)} pt` : formatKpi(Math.abs(delta), k.unit);
    notes.push(
      comparison(`${k.unit === 'percent' && delta > 0 ? '+' : ''}${shown} vs ${previousLabel}`, arrow(k.value, k.previous, k.higherIsBetter), 'vs-previous'),
    );
  }
  if (k.target !== null) {
    const target = formatKpi(k.target, k.unit);
    const text = k.value === null ? `objectif ${target}` : k.value >= k.target ? `objectif ${target} atteint` : `objectif ${target}`;
    notes.push(comparison(text, k.value === null ? { sign: '·', good: null } : arrow(k.value, k.target, k.higherIsBetter), 'vs-target'));
  }
  const count = k.count !== undefined ? el('span', { className: 'muted', text: ` (sur ${formatNumberFr(k.count)})` }) : null;
  const parts = k.parts?.length
    ? el(
        'ul',
        { className: 'kpi-parts' },
        k.parts.map((p) => el('li', { text: `${p.label} : ${formatKpi(p.value, k.unit === 'nps' ? 'count' : k.unit)}` })),
      )
    : null;
  return el('li', { className: 'kpi', attrs: { 'data-kpi': k.key } }, [
    el('div', { className: 'kpi-head' }, [el('span', { className: 'kpi-label', text: k.label }), ask]),
    el('div', { className: 'kpi-line' }, [
      el('strong', { className: 'kpi-value', text: formatKpi(k.value, k.unit) }),
      count,
      sparkline(
        k.trend.map((t) => t.value),
        `${k.label} sur 12 mois`,
      ),
    ]),
    el('div', { className: 'kpi-notes' }, notes),
    help,
    parts,
  ]);
}

export async function mountKpis(view: View): Promise<void> {
  let kind: Kind = 'month';
  let date: string | undefined;
  let shown: KpiPanel | null = null;
  const title = el('h3', { className: 'kpi-period', attrs: { 'aria-live': 'polite' } });
  const kinds = KINDS.map(([k, label]) => {
    const b = el('button', { text: label, className: 'secondary', attrs: { type: 'button', 'data-kind': k, 'aria-pressed': String(k === kind) } });
    b.addEventListener('click', () => {
      kind = k;
      for (const other of kinds) other.setAttribute('aria-pressed', String(other === b));
      void load();
    });
    return b;
  });
  const step = (label: string, aria: string, move: (p: KpiPanel) => string) => {
    const b = el('button', { text: label, className: 'secondary', attrs: { type: 'button', 'aria-label': aria } });
    b.addEventListener('click', () => {
      if (!shown) return;
      date = move(shown);
      void load();
    });
    return b;
  };
  const list = el('ul', { className: 'kpis', attrs: { 'aria-label': 'Indicateurs' } });
  const problems = el('div');
  view.container.append(
    view.heading('Indicateurs'),
    el('div', { className: 'kpi-kinds', attrs: { role: 'group', 'aria-label': 'Période' } }, kinds),
    el('div', { className: 'kpi-nav' }, [
      step('◀', 'Période précédente', (p) => addDays(p.period.from, -1)),
      title,
      step('▶', 'Période suivante', (p) => addDays(p.period.to, 1)),
    ]),
    problems,
    list,
  );
  const render = (p: KpiPanel) => {
    shown = p;
    date = p.period.from;
    title.textContent = p.period.label;
    problems.replaceChildren(...p.problems.map((text) => el('p', { className: 'error-inline', text })));
    list.replaceChildren(...p.items.map((k) => kpiItem(k, p.previous.label)));
  };
  const load = () =>
    view.guard(async () => {
      render(await view.call('getKpis', date ? { period: { kind, date } } : {}));
    });
  render(await view.call('getKpis', {}));
}
