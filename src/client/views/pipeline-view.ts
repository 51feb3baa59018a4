/** Pipeline board: opportunities by stage with counts and amounts, filters, overdue first, move in one action. */
import type { Board, BoardFilter, OpportunityCard, RecordInput } from '../../domain/contracts';
import { OPPORTUNITIES } from '../../domain/schema/tables';
import { PIPELINE_STAGES } from '../../domain/schema/vocabulary';
import { pick } from '../../domain/contracts/args';
import type { View } from './mount';
import { clear, el } from '../dom';
import { formatDateFr, formatMoney } from '../format';
import { recordForm } from '../record-form';
import { problemsNote } from './row-problems';

const NEEDS_REASON = ['Abandonnée', 'Refusée'];

export async function mountPipeline(view: View): Promise<void> {
  const filter: BoardFilter = {};
  const filters = el('div', { className: 'filters' });
  const boardBox = el('div', { attrs: { id: 'board', 'data-testid': 'board' } });
  const create = el('button', { className: 'primary', text: 'Nouvelle opportunité', attrs: { type: 'button', 'data-action': 'new-opportunity' } });
  const formBox = el('div');
  view.container.append(view.heading('Pipeline'), el('div', { className: 'toolbar' }, [create]), formBox, filters, boardBox);

  const [partners] = await Promise.all([view.call('listPartners')]);
  /** The opportunity form: empty to create one, filled from its card to edit it. */
  const openForm = (card?: OpportunityCard) => {
    clear(formBox);
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
      {
        choices: { partnerId: partners.map((p) => p.id) },
      },
    );
    // Show partner names in the dropdown while submitting IDs.
    form.element.querySelectorAll<HTMLOptionElement>('select[name=partnerId] option').forEach((o) => {
      const p = partners.find((x) => x.id === o.value);
      if (p) o.textContent = `${p.name}${p.acronym ? ` (${p.acronym})` : ''}`;
    });
    const save = el('button', { className: 'primary', text: card ? 'Enregistrer' : 'Créer', attrs: { type: 'submit' } });
    const cancel = el('button', { text: 'Annuler', attrs: { type: 'button' } });
    cancel.addEventListener('click', () => clear(formBox));
    const f = el('form', { className: 'opportunity-form', attrs: { novalidate: '' } }, [
      el('h2', { text: card ? `Modifier ${card.id}` : 'Nouvelle opportunité' }),
      form.element,
      el('div', { className: 'actions' }, [save, cancel]),
    ]);
    f.addEventListener('submit', (e) => {
      e.preventDefault();
      const values = form.validated();
      if (!values) return;
      void view.guard(async () => {
        const r = await view.call('saveOpportunity', card ? { ...values, id: card.id } : values);
        clear(formBox);
        view.notify(card ? `Opportunité ${r.id} enregistrée.` : `Opportunité créée : ${r.id}.`);
        await load();
      });
    });
    formBox.appendChild(f);
    f.scrollIntoView();
  };
  create.addEventListener('click', () => openForm());

  const load = async () => {
    const board = await view.call('getBoard', filter);
    renderFilters(filters, board, filter, () => void view.guard(load));
    renderBoard(
      boardBox,
      board,
      openForm,
      (card, stage) =>
        void view.guard(async () => {
          const reason = NEEDS_REASON.includes(stage) ? (window.prompt(`Motif (${stage.toLowerCase()}) :`) ?? '') : undefined;
          if (reason !== undefined && !reason.trim()) return view.fail(`Un motif est obligatoire pour passer à « ${stage} ».`);
          const target = pick(PIPELINE_STAGES, stage);
          if (!target) return view.fail(`Étape inconnue : « ${stage} ».`);
          await view.call('moveOpportunity', card.id, target, reason);
          view.notify(`« ${card.title} » → ${stage}.`);
          await load();
        }),
    );
  };
  await load();
}

function renderFilters(box: HTMLElement, board: Board, filter: BoardFilter, reload: () => void): void {
  const select = (key: keyof BoardFilter, label: string, values: string[]) => {
    const s = el('select', { attrs: { 'aria-label': label, 'data-filter': key } });
    s.appendChild(el('option', { text: label, attrs: { value: '' } }));
    for (const v of values) s.appendChild(el('option', { text: v, attrs: { value: v } }));
    s.value = filter[key] ?? '';
    s.addEventListener('change', () => {
      if (s.value) filter[key] = s.value;
      else delete filter[key];
      reload();
    });
    return s;
  };
  box.replaceChildren(select('owner', 'Responsable', board.owners), select('partnerType', 'Type', board.partnerTypes), select('axis', 'Axe', board.axes));
}

function renderBoard(box: HTMLElement, board: Board, edit: (card: OpportunityCard) => void, move: (card: OpportunityCard, stage: string) => void): void {
  clear(box);
  for (const column of board.columns) {
    const section = el('section', { className: 'column', attrs: { 'data-stage': column.stage } }, [
      el('h3', {}, [el('span', { text: column.stage }), el('span', { className: 'count-badge', text: String(column.count) })]),
      column.count ? el('div', { className: 'muted', text: `${formatMoney(column.total)} · pondéré ${formatMoney(column.weighted)}` }) : null,
    ]);
    for (const card of column.cards) {
      const mover = el('select', { attrs: { 'aria-label': `Déplacer « ${card.title} »`, 'data-action': 'move' } });
      mover.appendChild(el('option', { text: 'Déplacer vers…', attrs: { value: '' } }));
      for (const s of PIPELINE_STAGES) if (s !== card.stage) mover.appendChild(el('option', { text: s, attrs: { value: s } }));
      mover.addEventListener('change', () => mover.value && move(card, mover.value));
      const editButton = el('button', { className: 'link', text: 'Modifier', attrs: { type: 'button', 'data-action': 'edit-opportunity' } });
      editButton.addEventListener('click', () => edit(card));
      section.appendChild(
        el('article', { className: `card${card.overdue ? ' overdue' : ''}`, attrs: { 'data-id': card.id } }, [
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
        ]),
      );
    }
    box.appendChild(section);
  }
  // Rows whose « Étape » was typed by hand outside the pipeline: no column, but shown to be corrected.
  if (board.unplaced?.length) {
    box.appendChild(
      el('section', { className: 'column', attrs: { 'data-stage': '' } }, [
        el('h3', {}, [el('span', { text: 'Étape à corriger' }), el('span', { className: 'count-badge', text: String(board.unplaced.length) })]),
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
