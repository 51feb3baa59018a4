/**
 * Reports generated on demand from a view: « Rapport au partenaire » on a partner's page (a month,
 * a quarter or a year), « Diagnostic des partenariats » in Cartographie. Each runs as a write
 * action (busy button, a repeat sends nothing) and shows the Doc's link beside its button.
 */
import type { GeneratedReport } from '../../domain/contracts';
import { el, linkOrText } from '../dom';
import { runAction, statusNextTo } from '../action';
import type { View } from './mount';

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** The Doc's link (and the partner's folder) after the sentence runAction wrote beside the button. */
function showLinks(button: HTMLElement, r: GeneratedReport): void {
  const status = statusNextTo(button);
  status.append(linkOrText(r.name, r.url));
  if (r.partnerFolderUrl) status.append(document.createTextNode(' — '), linkOrText('dossier du partenaire', r.partnerFolderUrl));
}

const done = (r: GeneratedReport): string => (r.created ? 'Rapport créé : ' : 'Déjà généré pour cette période : ');

function select(label: string, name: string, options: [string, string][], value: string): HTMLSelectElement {
  const s = el('select', { attrs: { name, 'aria-label': label } });
  for (const [v, text] of options) s.appendChild(el('option', { text, attrs: { value: v } }));
  s.value = value;
  return s;
}

/** « Rapport au partenaire »: the period (month, quarter or year) then the Doc, with its shortcut in the partner's folder. */
export function partnerReportBox(view: View, partnerId: string): HTMLElement {
  const now = new Date();
  const year = el('input', {
    attrs: { type: 'number', name: 'year', min: '2000', max: '2100', step: '1', 'aria-label': 'Année', value: String(now.getFullYear()) },
  });
  const kind = select(
    'Période',
    'kind',
    [
      ['month', 'Mois'],
      ['quarter', 'Trimestre'],
      ['year', 'Année entière'],
    ],
    'quarter',
  );
  const month = select(
    'Mois',
    'month',
    MONTHS.map((m, i) => [String(i + 1), m]),
    String(now.getMonth() + 1),
  );
  const quarter = select(
    'Trimestre',
    'quarter',
    [1, 2, 3, 4].map((q) => [String(q), `T${q}`]),
    String(Math.floor(now.getMonth() / 3) + 1),
  );
  const sync = () => {
    month.hidden = kind.value !== 'month';
    quarter.hidden = kind.value !== 'quarter';
  };
  kind.addEventListener('change', sync);
  sync();
  const button = el('button', {
    className: 'primary',
    text: 'Générer le rapport',
    attrs: { type: 'button', 'data-action': 'partner-report', 'data-endpoint': 'generatePartnerReport' },
  });
  button.addEventListener('click', () => {
    void runAction(
      button,
      () =>
        view.call('generatePartnerReport', {
          partnerId,
          year: Number(year.value),
          month: kind.value === 'month' ? Number(month.value) : null,
          quarter: kind.value === 'quarter' ? Number(quarter.value) : null,
        }),
      { busy: 'Rédaction du rapport…', done },
    ).then((r) => r && showLinks(button, r));
  });
  return el('details', { className: 'partner-report', attrs: { 'data-testid': 'partner-report' } }, [
    el('summary', { text: 'Rapport au partenaire' }),
    el('p', { className: 'muted', text: 'Ce que nous avons fait ensemble sur la période, à remettre au partenaire : aucune donnée interne n’y figure.' }),
    el('div', { className: 'filters' }, [kind, month, quarter, year]),
    el('div', { className: 'actions' }, [button]),
  ]);
}

/** « Diagnostic des partenariats »: today's Doc (made once a day), its link on the line below. */
export function diagnosticAction(view: View): HTMLElement {
  const button = el('button', {
    text: 'Diagnostic des partenariats',
    attrs: { type: 'button', 'data-action': 'diagnostic-report', 'data-endpoint': 'generateDiagnosticReport' },
  });
  button.addEventListener('click', () => {
    void runAction(button, () => view.call('generateDiagnosticReport'), { busy: 'Rédaction du diagnostic…', done }).then((r) => r && showLinks(button, r));
  });
  return el('div', { className: 'actions' }, [button]);
}
