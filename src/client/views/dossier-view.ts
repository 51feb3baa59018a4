/**
 * An opportunity's proposal dossier: « Monter le dossier » (kit preselected from the partner's type,
 * project period, deadline), then the dossier's five files with their links, its consistency checks
 * (each finding with its place and a link to its file), the internal review's steps, and the buttons
 * the user's role may use at its status (dossier-actions.ts).
 */
import type { DossierChecks, DossierDetail, DossierPage } from '../../domain/contracts';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { submitWith } from '../action';
import { dossierActions } from './dossier-actions';

export async function mountDossier(view: View, opportunityId = ''): Promise<void> {
  draw(view, await view.call('getDossier', opportunityId));
}

function draw(view: View, page: DossierPage): void {
  const back = el('button', { className: 'link', text: '← Pipeline', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('pipeline'));
  view.container.replaceChildren(
    back,
    view.heading(`Dossier — ${page.title}`, 'dossier-title'),
    el('p', { className: 'muted', text: `${page.opportunityId} · ${page.partnerName}` }),
    page.dossier ? dossierPage(view, page, page.dossier) : form(view, page),
  );
}

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]);
}

function form(view: View, page: DossierPage): HTMLElement {
  const kit = el('select', { attrs: { id: 'dossier-kit', name: 'kit' } });
  for (const k of page.kits) kit.appendChild(el('option', { text: k, attrs: { value: k } }));
  kit.value = page.suggestedKit;
  const year = new Date().getFullYear() + 1;
  const start = el('input', { attrs: { id: 'dossier-start', type: 'date', required: '', value: `${year}-01-01` } });
  const end = el('input', { attrs: { id: 'dossier-end', type: 'date', required: '', value: `${year}-12-31` } });
  const deadline = el('input', { attrs: { id: 'dossier-deadline', type: 'date', value: page.deadline } });
  const button = el('button', { className: 'primary', text: 'Monter le dossier', attrs: { type: 'submit', 'data-action': 'create-dossier' } });
  const f = el('form', { className: 'dossier-form', attrs: { novalidate: '', 'data-endpoint': 'createDossier' } }, [
    el('p', {
      text: 'Pacte crée la note conceptuelle, le cadre logique, le budget, le plan de mise en œuvre et l’analyse des risques dans le dossier Drive du partenaire.',
    }),
    field('dossier-kit', 'Kit (selon le type de bailleur)', kit),
    field('dossier-start', 'Début du projet', start),
    field('dossier-end', 'Fin du projet', end),
    field('dossier-deadline', 'Date limite de dépôt', deadline),
    el('div', { className: 'actions' }, [button]),
  ]);
  submitWith(
    f,
    button,
    async () => {
      const d = await view.call('createDossier', page.opportunityId, {
        kit: kit.value,
        start: start.value,
        end: end.value,
        deadline: deadline.value || undefined,
      });
      draw(view, { ...page, dossier: d });
      view.notify(`Dossier ${d.id} monté : cinq documents dans le dossier Drive du partenaire.`);
      return d;
    },
    { busy: 'Création des documents…' },
  );
  return f;
}

function dossierPage(view: View, page: DossierPage, d: DossierDetail): HTMLElement {
  const checks = el('section', { className: 'dossier-checks', attrs: { 'data-testid': 'dossier-checks', 'aria-busy': 'true' } }, [
    el('h3', { text: 'Vérifications' }),
    el('p', { className: 'muted', text: 'Lecture des fichiers du dossier…' }),
  ]);
  void view.call('checkDossier', d.id).then(
    (c) => showChecks(checks, c),
    (e: unknown) =>
      checks.replaceChildren(el('h3', { text: 'Vérifications' }), el('p', { className: 'failed', text: e instanceof Error ? e.message : String(e) })),
  );
  const redraw = (next: DossierDetail) => draw(view, { ...page, dossier: next });
  return el('section', { className: 'dossier', attrs: { 'data-testid': 'dossier' } }, [
    el('p', {
      text: [d.id, d.status, d.kit, d.period, d.amount && `montant demandé ${d.amount}`, d.deadline && `dépôt avant le ${d.deadline}`]
        .filter(Boolean)
        .join(' · '),
    }),
    el(
      'ul',
      { className: 'dossier-files' },
      d.files.map((f) => el('li', {}, [linkOrText(f.label, f.url)])),
    ),
    el('p', {}, [linkOrText('Ouvrir le dossier Drive', d.folderUrl)]),
    checks,
    review(d),
    ...(d.notice ? [el('p', { className: 'notice', attrs: { role: 'status' }, text: d.notice })] : []),
    dossierActions(view, d, redraw),
  ]);
}

function showChecks(section: HTMLElement, c: DossierChecks): void {
  section.removeAttribute('aria-busy');
  const item = (f: DossierChecks['problems'][number]) =>
    el('li', { className: f.severity === 'problème' ? 'problem' : 'warning' }, [
      el('strong', { text: `${f.severity === 'problème' ? 'Problème' : 'Avertissement'} — ${f.place} : ` }),
      document.createTextNode(`${f.message}. `),
      ...(f.url ? [linkOrText('Ouvrir le fichier', f.url)] : []),
    ]);
  const summary = c.problems.length
    ? `${c.problems.length} problème(s) à corriger avant la revue interne et la soumission${c.warnings.length ? `, ${c.warnings.length} avertissement(s)` : ''}.`
    : `Aucun problème${c.warnings.length ? ` ; ${c.warnings.length} avertissement(s)` : ''}.`;
  section.replaceChildren(el('h3', { text: 'Vérifications' }), el('p', { text: summary }), el('ul', {}, [...c.problems, ...c.warnings].map(item)));
}

function review(d: DossierDetail): HTMLElement {
  return el('section', { className: 'dossier-review', attrs: { 'data-testid': 'dossier-review' } }, [
    el('h3', { text: 'Revue interne' }),
    el(
      'ol',
      {},
      d.review.map((s) => el('li', { text: `${s.name} (${s.role}) : ${s.state}` })),
    ),
    ...(d.reviewLog.length
      ? [
          el(
            'ul',
            { className: 'muted' },
            d.reviewLog.map((l) => el('li', { text: l })),
          ),
        ]
      : []),
    ...[d.submission, d.decision].filter(Boolean).map((t) => el('p', { text: t })),
  ]);
}
