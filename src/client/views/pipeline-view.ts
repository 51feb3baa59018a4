/**
 * Pipeline board: every stage's count and amounts with its first cards (overdue first), « Afficher
 * plus » per column, filters, move in one action. The form's partner is found by typing its name.
 */
import type { Board, BoardCards, BoardFilter, OpportunityCard, RecordInput } from '../../domain/contracts';
import { OPPORTUNITIES } from '../../domain/schema/tables';
import { PIPELINE_STAGES } from '../../domain/schema/vocabulary';
import { pick } from '../../domain/contracts/args';
import type { View } from './mount';
import { clear, el } from '../dom';
import { formatDateFr, formatMoney } from '../format';
import { recordForm } from '../record-form';
import { FieldsInError, runAction, showActionError, submitWith } from '../action';
import { partnerPicker, searchThrough } from '../partner-picker';
import { problemsNote } from './row-problems';
import { ARCHIVE_KINDS, archiveButton } from '../archive';

const NEEDS_REASON = ['Abandonnée', 'Refusée'];

export async function mountPipeline(view: View): Promise<void> {
  const filter: BoardFilter = {};
  const filters = el('div', { className: 'filters' });
  const boardBox = el('div', { attrs: { id: 'board', 'data-testid': 'board' } });
  const create = el('button', {
    className: 'primary',
    text: 'Nouvelle opportunité',
    attrs: { type: 'button', 'data-action': 'new-opportunity', 'data-endpoint': 'saveOpportunity' },
  });
  const formBox = el('div');
  view.container.append(view.heading('Pipeline'), el('div', { className: 'toolbar' }, [create]), formBox, filters, boardBox);

  /** The opportunity form: empty to create one, filled from its card to edit it. */
  const openForm = (card?: OpportunityCard) => {
    clear(formBox);
    const partner = partnerPicker(searchThrough(view), { id: 'f-opportunities-partnerId', label: 'Partenaires trouvés' });
    if (card) partner.set({ id: card.partnerId, name: card.partnerName });
    const initial: RecordInput = card
      ? {
          partnerId: card.partnerId,
          title: card.title,
          stage: card.stage,
          amount: card.amount,
          currency: card.currency,
          probability: card.probability,
          decisionDate: card.decisionDate,
          nextAction: card.nextAction,
          nextDue: card.nextDue,
          owner: card.owner,
          axis: card.axis,
        }
      : { stage: 'Cible', currency: 'XOF' };
    const form = recordForm(
      OPPORTUNITIES,
      ['partnerId', 'title', 'stage', 'amount', 'currency', 'probability', 'decisionDate', 'nextAction', 'nextDue', 'owner', 'axis'],
      initial,
      { widgets: { partnerId: partner } },
    );
    const save = el('button', { className: 'primary', text: card ? 'Enregistrer' : 'Créer', attrs: { type: 'submit' } });
    const cancel = el('button', { text: 'Annuler', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => clear(formBox));
    const f = el('form', { className: 'opportunity-form', attrs: { novalidate: '', 'data-endpoint': 'saveOpportunity' } }, [
      el('h2', { text: card ? `Modifier ${card.id}` : 'Nouvelle opportunité' }),
      form.element,
      el('div', { className: 'actions' }, [
        save,
        cancel,
        // The board's columns and amounts change with it: drawn again.
        card
          ? archiveButton(
              view,
              ARCHIVE_KINDS.opportunity,
              card.id,
              card.title,
              () => {
                clear(formBox);
                void view.guard(load);
              },
              'button',
            )
          : null,
      ]),
    ]);
    submitWith(
      f,
      save,
      async () => {
        const values = form.validated();
        if (!values) throw new FieldsInError(f);
        const r = await view.call('saveOpportunity', card ? { ...values, id: card.id } : values);
        clear(formBox);
        view.notify(card ? `Opportunité ${r.id} enregistrée.` : `Opportunité créée : ${r.id}.`);
        await load();
      },
      { busy: 'Enregistrement…' },
    );
    formBox.appendChild(f);
    f.scrollIntoView();
  };
  const edit = (card?: OpportunityCard) => openForm(card);
  create.addEventListener('click', () => edit());

  const load = async () => {
    const board = await view.call('getBoard', filter);
    renderFilters(filters, board, filter, () => void view.guard(load));
    renderBoard(boardBox, board, { edit, move, openDossier: (id) => view.show('dossier', id) }, (stage, shown) =>
      view.guard(() => view.call('loadMoreCards', stage, shown, filter)),
    );
  };
  /**
   * The card goes to its new column at once; a move the server refuses (or a reason left empty) puts it
   * back where it was, the French reason beside it.
   */
  const move = async (card: OpportunityCard, stage: string, mover: HTMLSelectElement) => {
    const article = mover.closest('article')!;
    const [from, next] = [article.parentElement!, article.nextSibling];
    const restore = () => {
      from.insertBefore(article, next);
      mover.value = '';
    };
    const reason = NEEDS_REASON.includes(stage) ? (window.prompt(`Motif (${stage.toLowerCase()}) :`) ?? '') : undefined;
    const target = pick(PIPELINE_STAGES, stage);
    if ((reason !== undefined && !reason.trim()) || !target) {
      restore();
      return showActionError(
        mover,
        target ? `Un motif est obligatoire pour passer à « ${stage} » : l’opportunité n’a pas bougé.` : `Étape inconnue : « ${stage} ».`,
      );
    }
    boardBox.querySelector(`.column[data-stage="${CSS.escape(stage)}"] .cards`)?.prepend(article);
    const moved = await runAction(mover, async () => {
      await view.call('moveOpportunity', card.id, target, reason);
      return true;
    });
    if (!moved) return restore();
    view.notify(`« ${card.title} » → ${stage}.`);
    await view.guard(load);
  };
  await load();
}

function renderFilters(box: HTMLElement, board: Board, filter: BoardFilter, reload: () => void): void {
  const select = (key: 'owner' | 'partnerType' | 'axis' | 'relay', label: string, values: string[]) => {
    const s = el('select', { attrs: { id: `filter-${key}`, 'data-filter': key } });
    s.appendChild(el('option', { text: 'Tous', attrs: { value: '' } }));
    for (const v of values) s.appendChild(el('option', { text: v, attrs: { value: v } }));
    s.value = filter[key] ?? '';
    s.addEventListener('change', () => {
      if (s.value) filter[key] = s.value;
      else delete filter[key];
      reload();
    });
    return el('label', { className: 'field', attrs: { for: s.id } }, [el('span', { className: 'label', text: label }), s]);
  };
  const reset = el('button', { className: 'link', text: 'Réinitialiser', attrs: { type: 'button', 'data-action': 'reset-filters' } });
  reset.disabled = Object.keys(filter).length === 0;
  reset.addEventListener('click', () => {
    for (const key of Object.keys(filter) as (keyof BoardFilter)[]) delete filter[key];
    reload();
  });
  box.replaceChildren(
    select('owner', 'Responsable', board.owners),
    select('partnerType', 'Type de partenaire', board.partnerTypes),
    select('axis', 'Axe', board.axes),
    select('relay', 'Relais', board.relays),
    reset,
    ...(filter.relay ? [relaySummary(board, filter.relay)] : []),
  );
}

/** What the relay brought: the opportunities of the partners it introduced, counted and summed (in FCFA) over the columns. */
function relaySummary(board: Board, relay: string): HTMLElement {
  const count = board.columns.reduce((n, c) => n + c.count, 0);
  const total = board.columns.reduce((n, c) => n + c.total, 0);
  const weighted = board.columns.reduce((n, c) => n + c.weighted, 0);
  return el('p', {
    className: 'relay-summary',
    attrs: { 'data-testid': 'relay-summary' },
    text: `Via ${relay} : ${count} opportunité${count > 1 ? 's' : ''}, ${formatMoney(total, 'XOF')} demandés (${formatMoney(weighted, 'XOF')} pondérés).`,
  });
}

type PipelineStage = (typeof PIPELINE_STAGES)[number];
type Move = (card: OpportunityCard, stage: string, mover: HTMLSelectElement) => Promise<void>;
type MoreCards = (stage: PipelineStage, shown: number) => Promise<BoardCards | undefined>;

/** What a card's buttons do. */
interface CardActions {
  edit: (card: OpportunityCard) => void;
  move: Move;
  openDossier: (opportunityId: string) => void;
}

function renderBoard(box: HTMLElement, board: Board, actions: CardActions, moreCards: MoreCards): void {
  clear(box);
  for (const column of board.columns) {
    const cards = el('div', { className: 'cards' });
    const section = el('section', { className: 'column', attrs: { 'data-stage': column.stage } }, [
      el('h3', {}, [el('span', { text: column.stage }), el('span', { className: 'count-badge', text: String(column.count) })]),
      column.count ? el('div', { className: 'muted', text: `${formatMoney(column.total)} · pondéré ${formatMoney(column.weighted)}` }) : null,
      cards,
    ]);
    const add = (list: readonly OpportunityCard[]) => cards.append(...list.map((card) => cardElement(card, actions)));
    add(column.cards);
    const stage = pick(PIPELINE_STAGES, column.stage);
    if (stage && column.cards.length < column.count) section.appendChild(moreButton(stage, cards, column.count, add, moreCards));
    box.appendChild(section);
  }
  // Rows whose « Étape » was typed by hand outside the pipeline: no column, but shown to be corrected.
  if (board.unplaced?.length) {
    box.appendChild(
      el('section', { className: 'column', attrs: { 'data-stage': '' } }, [
        el('h3', {}, [
          el('span', { text: 'Étape à corriger' }),
          el('span', { className: 'count-badge', text: String(board.unplacedCount ?? board.unplaced.length) }),
        ]),
        ...board.unplaced.map((card) =>
          el('article', { className: 'card', attrs: { 'data-id': card.id } }, [
            el('div', { className: 'card-title', text: card.title }),
            el('div', { className: 'muted', text: card.partnerName }),
            problemsNote(card.problems),
          ]),
        ),
      ]),
    );
  }
}

function cardElement(card: OpportunityCard, { edit, move, openDossier }: CardActions): HTMLElement {
  const mover = el('select', { attrs: { 'aria-label': `Déplacer « ${card.title} »`, 'data-action': 'move', 'data-endpoint': 'moveOpportunity' } });
  mover.appendChild(el('option', { text: 'Déplacer vers…', attrs: { value: '' } }));
  for (const s of PIPELINE_STAGES) if (s !== card.stage) mover.appendChild(el('option', { text: s, attrs: { value: s } }));
  mover.addEventListener('change', () => void (mover.value && move(card, mover.value, mover)));
  const editButton = el('button', {
    className: 'link',
    text: 'Modifier',
    attrs: { type: 'button', 'data-action': 'edit-opportunity', 'data-endpoint': 'saveOpportunity' },
  });
  editButton.addEventListener('click', () => edit(card));
  const dossier = el('button', { className: 'link', text: 'Monter le dossier', attrs: { type: 'button', 'data-action': 'open-dossier' } });
  dossier.addEventListener('click', () => openDossier(card.id));
  return el('article', { className: `card${card.overdue ? ' overdue' : ''}`, attrs: { 'data-id': card.id } }, [
    el('div', { className: 'card-title', text: card.title }),
    el('div', {
      className: 'muted',
      text: [
        card.partnerName,
        card.amountXof !== null
          ? formatMoney(card.amountXof)
          : card.amount !== null
            ? `${formatMoney(card.amount, card.currency)} (taux à saisir dans Paramètres)`
            : '',
        card.probability !== null ? `${card.probability} %` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    }),
    card.nextAction || card.nextDue
      ? el('div', {
          className: 'next',
          text: `${card.overdue ? 'En retard : ' : ''}${card.nextAction}${card.nextDue ? ` — ${formatDateFr(card.nextDue)}` : ''}`,
        })
      : null,
    problemsNote(card.problems),
    mover,
    editButton,
    dossier,
  ]);
}

/** « Afficher plus » under a column: the next cards in the column's order, until all are shown. */
function moreButton(
  stage: PipelineStage,
  cards: HTMLElement,
  count: number,
  add: (list: readonly OpportunityCard[]) => void,
  moreCards: MoreCards,
): HTMLElement {
  const button = el('button', {
    className: 'link',
    text: `Afficher plus (${count - cards.childElementCount} de plus)`,
    attrs: { type: 'button', 'data-action': 'more-cards' },
  });
  button.addEventListener('click', () => {
    button.setAttribute('disabled', '');
    void moreCards(stage, cards.childElementCount)
      .then((next) => {
        if (!next) return;
        add(next.cards);
        const left = next.count - cards.childElementCount;
        if (left > 0 && next.cards.length) button.textContent = `Afficher plus (${left} de plus)`;
        else button.remove();
      })
      .finally(() => button.removeAttribute('disabled'));
  });
  return button;
}
