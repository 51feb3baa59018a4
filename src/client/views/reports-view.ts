/**
 * Rapports: the monthly, quarterly or annual report of any period, generated as a Google Doc on
 * « Générer » (a report already made is opened again, nothing sent twice), and the reports made.
 * The kinds are a list so that other reports (diagnostic, partner report) can take their place.
 */
import type { ReportSummary } from '../../domain/contracts';
import { runAction } from '../action';
import { el, linkOrText } from '../dom';
import type { View } from './mount';

type Kind = 'mensuel' | 'trimestriel' | 'annuel';
const KINDS: [Kind, string][] = [
  ['mensuel', 'Mensuel'],
  ['trimestriel', 'Trimestriel'],
  ['annuel', 'Annuel'],
];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

function select(label: string, name: string, options: [string, string][], value: string): { field: HTMLElement; input: HTMLSelectElement } {
  const input = el(
    'select',
    { attrs: { name, id: `report-${name}` } },
    options.map(([v, text]) => el('option', { text, attrs: { value: v } })),
  );
  input.value = value;
  return { field: el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: `report-${name}` } }), input]), input };
}

function pastList(reports: readonly ReportSummary[]): HTMLElement {
  if (!reports.length) return el('p', { className: 'muted', text: 'Aucun rapport généré pour l’instant.' });
  return el(
    'ul',
    { className: 'reports', attrs: { 'aria-label': 'Rapports générés' } },
    reports.map((r) => el('li', {}, [linkOrText(r.name, r.url)])),
  );
}

export async function mountReports(view: View): Promise<void> {
  const list = await view.call('listReports');
  // By default the month just ended, in the spreadsheet's calendar.
  const [thisYear, thisMonth] = list.today.split('-').map(Number);
  const lastMonth = thisMonth === 1 ? { year: thisYear - 1, month: 12 } : { year: thisYear, month: thisMonth - 1 };
  const years = Array.from({ length: 6 }, (_, i) => String(thisYear - i)).map((y): [string, string] => [y, y]);
  const kind = select('Type de rapport', 'kind', KINDS, 'mensuel');
  const year = select('Année', 'year', years, String(lastMonth.year));
  const month = select(
    'Mois',
    'month',
    MONTHS.map((m, i): [string, string] => [String(i + 1), m]),
    String(lastMonth.month),
  );
  const quarter = select(
    'Trimestre',
    'quarter',
    [1, 2, 3, 4].map((q): [string, string] => [String(q), `${q === 1 ? '1er' : `${q}e`} trimestre`]),
    String(Math.ceil(lastMonth.month / 3)),
  );
  const showFields = () => {
    month.field.hidden = kind.input.value !== 'mensuel';
    quarter.field.hidden = kind.input.value !== 'trimestriel';
  };
  kind.input.addEventListener('change', showFields);
  showFields();

  const generate = el('button', { className: 'primary', text: 'Générer', attrs: { type: 'button', 'data-endpoint': 'generateReport' } });
  const result = el('p', { className: 'report-link', attrs: { 'aria-live': 'polite' } });
  const past = el('div');
  generate.addEventListener('click', () => {
    const k = kind.input.value as Kind;
    void runAction(
      generate,
      async () => {
        const made = await view.call('generateReport', {
          kind: k,
          year: Number(year.input.value),
          ...(k === 'mensuel' ? { month: Number(month.input.value) } : {}),
          ...(k === 'trimestriel' ? { quarter: Number(quarter.input.value) } : {}),
        });
        result.replaceChildren(el('span', { text: made.created ? 'Rapport créé : ' : 'Rapport déjà généré : ' }), linkOrText(made.name, made.url));
        past.replaceChildren(pastList((await view.call('listReports')).reports));
        return made;
      },
      {
        busy: 'Génération du rapport…',
        done: (made) => (made.created ? 'Rapport généré et envoyé aux destinataires.' : 'Ce rapport existait déjà : rien n’a été renvoyé.'),
      },
    );
  });

  view.container.append(
    view.heading('Rapports'),
    el('p', {
      className: 'muted',
      text: 'Un Google Doc à partir du modèle « Rapport », classé dans le dossier des rapports et partagé avec les destinataires de Paramètres › Rapports.',
    }),
    kind.field,
    year.field,
    month.field,
    quarter.field,
    el('div', { className: 'actions' }, [generate]),
    result,
    el('h4', { text: 'Rapports générés' }),
    past,
  );
  past.replaceChildren(pastList(list.reports));
}
