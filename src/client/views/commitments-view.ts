/**
 * « Engagements »: the commitments after the signature, by owner (the user, by default), convention
 * or partner, in a time window, one page at a time; the deadline-compliance rate above them. Each
 * open commitment is marked done (date and proof, one call) or cancelled (a reason) in place.
 */
import type { CommitmentItem, CommitmentPage, ConventionSummary, Session } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { runAction } from '../action';
import { allows } from '../session';
import { complianceSection } from './commitment-compliance';
import { commitmentItem } from './commitment-item';
import { commitmentForm } from './commitment-form';

type By = 'owner' | 'convention' | 'partner';
type Span = '7' | '30' | 'overdue' | 'all' | 'done';

const WINDOWS: [Span, string][] = [
  ['7', '7 jours'],
  ['30', '30 jours'],
  ['overdue', 'En retard'],
  ['all', 'Tous'],
  ['done', 'Réalisés en retard vs à temps'],
];

export async function mountCommitments(view: View): Promise<void> {
  const session = await view.session;
  let by: By = 'owner';
  let span: Span = 'all';
  let conventions: Promise<ConventionSummary[]> | null = null;
  const conventionList = () => (conventions ??= view.call('listConventions'));

  const add = el('button', { text: 'Ajouter un engagement', attrs: { type: 'button', 'data-action': 'add-commitment', 'data-endpoint': 'addCommitment' } });
  const refresh = el('button', {
    className: 'secondary',
    text: 'Actualiser le tableau des engagements',
    attrs: { type: 'button', 'data-action': 'refresh-commitment-board', 'data-endpoint': 'refreshCommitmentBoard' },
  });
  const formSlot = el('div');
  const compliance = el('section', { attrs: { 'data-testid': 'compliance', 'aria-label': 'Respect des échéances' } });

  const bySelect = el('select', { attrs: { 'aria-label': 'Regrouper par', 'data-filter': 'by' } }, [
    el('option', { text: 'Par responsable', attrs: { value: 'owner' } }),
    el('option', { text: 'Par convention', attrs: { value: 'convention' } }),
    el('option', { text: 'Par partenaire', attrs: { value: 'partner' } }),
  ]);
  const ownerInput = el('input', {
    attrs: { type: 'email', 'aria-label': 'Responsable (vide : tous)', 'data-filter': 'key', placeholder: 'tous les responsables' },
  });
  ownerInput.value = session.email;
  const keySelect = el('select', { attrs: { 'aria-label': 'Convention ou partenaire', 'data-filter': 'key' } });
  keySelect.hidden = true;
  const windowButtons = WINDOWS.map(([w, label]) =>
    el('button', { className: 'secondary', text: label, attrs: { type: 'button', 'data-window': w, 'aria-pressed': String(w === span) } }),
  );
  const count = el('p', { className: 'count', attrs: { 'aria-live': 'polite' } });
  const list = el('ul', { className: 'plain commitments', attrs: { 'data-testid': 'commitments' } });
  const more = el('button', { text: 'Afficher plus', attrs: { type: 'button', 'data-action': 'more-commitments' } });
  more.hidden = true;

  view.container.append(
    view.heading('Engagements'),
    el('div', { className: 'toolbar wrap' }, [add, refresh]),
    formSlot,
    compliance,
    el('div', { className: 'filters wrap' }, [bySelect, ownerInput, keySelect]),
    el('div', { className: 'filters wrap', attrs: { role: 'group', 'aria-label': 'Échéances' } }, windowButtons),
    count,
    list,
    more,
  );

  const key = () => (by === 'owner' ? ownerInput.value.trim() : keySelect.value);
  const query = (offset: number) => ({ by, key: key() || undefined, window: span, offset });
  /** Each load replaces the list; an answer to an older load (the user changed the filter meanwhile) is dropped. */
  let loads = 0;
  const show = (page: CommitmentPage, append: boolean) => {
    if (!append) list.replaceChildren();
    list.append(...page.items.map((c) => itemFor(c, page.today)));
    const shown = list.childElementCount;
    count.textContent = !page.total
      ? 'Aucun engagement pour ce filtre.'
      : shown < page.total
        ? `${shown} affichés sur ${page.total} engagements`
        : `${page.total} engagement${page.total > 1 ? 's' : ''}`;
    more.hidden = shown >= page.total || !page.items.length;
  };
  const itemFor = (c: CommitmentItem, today: string): HTMLElement =>
    commitmentItem(view, c, today, { mayMarkDone: mayMarkDone(session, c), changed: () => void reloadCompliance() });
  const reload = () =>
    view.guard(async () => {
      const mine = ++loads;
      list.setAttribute('aria-busy', 'true');
      const page = await view.call('listCommitments', query(0)).finally(() => mine === loads && list.removeAttribute('aria-busy'));
      if (mine === loads) show(page, false);
    });
  const reloadCompliance = () => view.guard(async () => compliance.replaceChildren(...complianceSection(await view.call('commitmentCompliance'))));

  bySelect.addEventListener(
    'change',
    () =>
      void view.guard(async () => {
        by = bySelect.value as By;
        ownerInput.hidden = by !== 'owner';
        keySelect.hidden = by === 'owner';
        if (by !== 'owner') keySelect.replaceChildren(...keyOptions(by, await conventionList()));
        await reload();
      }),
  );
  ownerInput.addEventListener('change', () => void reload());
  keySelect.addEventListener('change', () => void reload());
  for (const b of windowButtons)
    b.addEventListener('click', () => {
      span = b.dataset.window as Span;
      for (const other of windowButtons) other.setAttribute('aria-pressed', String(other === b));
      void reload();
    });
  more.addEventListener(
    'click',
    () =>
      void view.guard(async () => {
        more.disabled = true;
        const next = await view.call('listCommitments', query(list.childElementCount)).finally(() => (more.disabled = false));
        show(next, true);
      }),
  );
  add.addEventListener('click', () => {
    if (formSlot.firstChild) return formSlot.replaceChildren();
    void view.guard(async () => {
      formSlot.replaceChildren(
        commitmentForm(view, await conventionList(), session.email, (made) => {
          formSlot.replaceChildren();
          view.notify(made.length > 1 ? `${made.length} engagements ajoutés (série ${made[0].seriesId}).` : `Engagement ${made[0].id} ajouté.`);
          void reload();
          void reloadCompliance();
        }),
      );
    });
  });
  refresh.addEventListener('click', () => {
    void runAction(refresh, () => view.call('refreshCommitmentBoard'), {
      busy: 'Actualisation…',
      done: (r) => `Feuille « Tableau des engagements » réécrite : ${r.commitments} engagement${r.commitments > 1 ? 's' : ''}.`,
    });
  });

  const [page, rate] = await Promise.all([view.call('listCommitments', query(0)), view.call('commitmentCompliance')]);
  compliance.replaceChildren(...complianceSection(rate));
  show(page, false);
}

/** The server's rule (domain/commitments/status.ts): an editor, or the commitment's owner unless a « lecteur ». */
function mayMarkDone(session: Session, c: CommitmentItem): boolean {
  if (allows(session, 'cancelCommitment')) return true;
  return session.role !== 'lecteur' && allows(session, 'markCommitmentDone') && c.owner.toLowerCase() === session.email;
}

/** The conventions, or their partners (each once), to pick one; the first option: all of them. */
function keyOptions(by: 'convention' | 'partner', conventions: readonly ConventionSummary[]): HTMLOptionElement[] {
  const pairs =
    by === 'convention'
      ? conventions.map((c) => [c.id, `${c.id} — ${c.partnerName}`])
      : [...new Map(conventions.map((c) => [c.partnerId, c.partnerName])).entries()].sort((a, b) => a[1].localeCompare(b[1], 'fr'));
  return [
    el('option', { text: by === 'convention' ? 'Toutes les conventions' : 'Tous les partenaires', attrs: { value: '' } }),
    ...pairs.map(([value, label]) => el('option', { text: label, attrs: { value } })),
  ];
}
