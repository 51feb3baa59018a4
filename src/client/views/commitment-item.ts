/**
 * One commitment of the list: what, for whom, when, how much, the risk, and its status; an open one
 * is marked done (date and proof in one call) or cancelled (with a reason) through a small form in
 * place, and the line is redrawn from the server's answer.
 */
import type { CommitmentItem, CommitmentSummary } from '../../domain/contracts';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { runAction } from '../action';
import { formatDateFr, formatMoney } from '../format';

const STATUS_CLASS: Record<string, string> = { 'En retard': 'late', Réalisé: 'done', Annulé: 'quiet', 'En cours': 'soon' };

interface ItemOptions {
  /** Whether this user may mark it done (an editor, or its owner): the server's rule. */
  mayMarkDone: boolean;
  /** After a change: the compliance rate is redrawn. */
  changed(): void;
}

const dayCount = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** « Réalisé le 3 mars 2026, à temps » or « … avec 4 jours de retard ». */
function doneText(c: CommitmentSummary): string {
  if (!c.doneOn) return 'Réalisé';
  const late = c.due ? dayCount(c.due, c.doneOn) : 0;
  return `Réalisé le ${formatDateFr(c.doneOn)}, ${late > 0 ? `avec ${late} jour${late > 1 ? 's' : ''} de retard` : 'à temps'}`;
}

export function commitmentItem(view: View, c: CommitmentItem, today: string, opts: ItemOptions): HTMLElement {
  const li = el('li', { className: c.overdue ? 'commitment overdue' : 'commitment', attrs: { 'data-id': c.id } });
  const draw = (x: CommitmentItem) => {
    li.className = x.overdue ? 'commitment overdue' : 'commitment';
    const open = x.status !== 'Réalisé' && x.status !== 'Annulé';
    const buttons = el('div', { className: 'actions' });
    const formSlot = el('div');
    if (open && opts.mayMarkDone) buttons.append(markDoneButton(view, x, today, formSlot, (d) => redraw(d)));
    if (open) buttons.append(cancelButton(view, x, formSlot, (d) => redraw(d)));
    const parts: (Node | null)[] = [
      el('div', { className: 'partner-head' }, [
        el('strong', { className: 'partner-name', text: x.label }),
        el('span', { className: `badge status ${STATUS_CLASS[x.status] ?? ''}`, text: x.status }),
      ]),
      el('div', {
        className: 'muted',
        text: [x.kind, x.partnerName, x.party === 'Partenaire' ? 'à la charge du partenaire' : 'à notre charge'].filter(Boolean).join(' · '),
      }),
      el('div', { text: `Échéance : ${formatDateFr(x.due)}${x.overdue ? ' · en retard' : ''}` }),
      x.status === 'Réalisé' ? el('div', { className: 'done-on', text: doneText(x) }) : null,
      x.status === 'Réalisé' && x.proof ? el('div', {}, [document.createTextNode('Preuve : '), linkOrText('ouvrir', x.proof)]) : null,
      x.status === 'Annulé' ? el('div', { className: 'muted', text: `Motif : ${x.cancelReason || 'non précisé'}` }) : null,
      el('div', {
        className: 'muted',
        text: [
          x.amount !== null ? formatMoney(x.amount, x.currency || 'XOF') : '',
          x.risk ? `Risque : ${x.risk}${x.mitigation ? ` (${x.mitigation})` : ''}` : '',
          x.owner ? `Responsable : ${x.owner}` : 'Sans responsable',
        ]
          .filter(Boolean)
          .join(' · '),
      }),
      buttons.childElementCount ? buttons : null,
      formSlot,
    ];
    li.replaceChildren(...parts.filter((p): p is Node => p !== null));
  };
  const redraw = (d: CommitmentSummary) => {
    draw({ ...c, ...d });
    opts.changed();
  };
  draw(c);
  return li;
}

/** A labelled input of the small forms. */
function input(label: string, name: string, type: string, value = ''): { i: HTMLInputElement; box: HTMLElement } {
  const i = el('input', { attrs: { name, type } });
  i.value = value;
  return { i, box: el('label', { className: 'field' }, [el('span', { className: 'label', text: label }), i]) };
}

function markDoneButton(view: View, c: CommitmentItem, today: string, slot: HTMLElement, done: (d: CommitmentSummary) => void): HTMLButtonElement {
  const open = el('button', { text: 'Marquer réalisé', attrs: { type: 'button', 'data-action': 'mark-done', 'data-endpoint': 'markCommitmentDone' } });
  open.addEventListener('click', () => {
    const date = input('Date de réalisation', 'doneOn', 'date', today);
    date.i.max = today;
    const proof = input('Preuve (lien ou adresse d’un fichier Drive)', 'proof', 'url');
    proof.i.placeholder = 'https://drive.google.com/…';
    const save = el('button', { className: 'primary', text: 'Enregistrer', attrs: { type: 'submit', 'data-endpoint': 'markCommitmentDone' } });
    const form = el('form', { className: 'inline-form', attrs: { 'data-testid': 'mark-done-form', 'aria-label': `Marquer réalisé : ${c.label}` } }, [
      date.box,
      proof.box,
      el('div', { className: 'actions' }, [save, closeButton(slot)]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void runAction(save, () => view.call('markCommitmentDone', c.id, { doneOn: date.i.value, proof: proof.i.value.trim() || undefined }), {
        busy: 'Enregistrement…',
      }).then((d) => {
        if (!d) return;
        done(d);
        view.notify(`Engagement « ${c.label} » marqué réalisé.`);
      });
    });
    slot.replaceChildren(form);
    date.i.focus();
  });
  return open;
}

function cancelButton(view: View, c: CommitmentItem, slot: HTMLElement, done: (d: CommitmentSummary) => void): HTMLButtonElement {
  const open = el('button', {
    className: 'secondary',
    text: 'Annuler',
    attrs: { type: 'button', 'data-action': 'cancel-commitment', 'data-endpoint': 'cancelCommitment' },
  });
  open.addEventListener('click', () => {
    const reason = input('Motif de l’annulation', 'cancelReason', 'text');
    const save = el('button', { className: 'primary', text: 'Confirmer l’annulation', attrs: { type: 'submit', 'data-endpoint': 'cancelCommitment' } });
    const form = el('form', { className: 'inline-form', attrs: { 'data-testid': 'cancel-form', 'aria-label': `Annuler : ${c.label}` } }, [
      reason.box,
      el('div', { className: 'actions' }, [save, closeButton(slot)]),
    ]);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void runAction(save, () => view.call('cancelCommitment', c.id, reason.i.value), { busy: 'Annulation…' }).then((d) => {
        if (!d) return;
        done(d);
        view.notify(`Engagement « ${c.label} » annulé.`);
      });
    });
    slot.replaceChildren(form);
    reason.i.focus();
  });
  return open;
}

function closeButton(slot: HTMLElement): HTMLButtonElement {
  const close = el('button', { className: 'secondary', text: 'Fermer', attrs: { type: 'button' } });
  close.addEventListener('click', () => slot.replaceChildren());
  return close;
}
