/**
 * « Ajouter un engagement »: one commitment, or a series (« tous les 3 mois jusqu’au … ») the server
 * expands into dated occurrences. The convention is picked among those still running.
 */
import type { CommitmentSummary, ConventionSummary } from '../../domain/contracts';
import { COMMITMENT_KINDS, COMMITMENT_PARTIES, CURRENCIES, LEVELS } from '../../domain/schema/vocabulary';
import type { View } from './mount';
import { el } from '../dom';
import { labelled, select, input } from '../form-controls';
import { runAction } from '../action';

/** Kinds of older workbooks, kept readable but no longer offered. */
const OLD_KINDS = ['Rapport', 'Activité'];
const ENDED = ['Résiliée', 'Clôturée', 'Expirée'];

export function commitmentForm(view: View, conventions: readonly ConventionSummary[], me: string, added: (made: CommitmentSummary[]) => void): HTMLElement {
  const convention = select(
    'conventionId',
    conventions.filter((c) => !ENDED.includes(c.status)).map((c) => [c.id, `${c.id} — ${c.partnerName}`] as const),
  );
  const kind = select(
    'kind',
    COMMITMENT_KINDS.filter((k) => !OLD_KINDS.includes(k)).map((k) => [k, k] as const),
  );
  const label = input('label', 'text');
  const party = select(
    'party',
    COMMITMENT_PARTIES.map((p) => [p, p === 'Nous' ? 'Nous' : 'Le partenaire'] as const),
  );
  const owner = input('owner', 'email', me);
  const due = input('due', 'date');
  const amount = input('amount', 'number');
  amount.min = '0';
  const currency = select('currency', [['', 'Devise de la convention'], ...CURRENCIES.map((c) => [c, c === 'XOF' ? 'FCFA (XOF)' : c] as const)]);
  const risk = select('risk', [['', 'Non évalué'], ...LEVELS.map((l) => [l, l] as const)]);
  const mitigation = input('mitigation', 'text');
  const recurring = input('recurring', 'checkbox');
  const every = select('everyMonths', [
    ['1', 'chaque mois'],
    ['3', 'tous les 3 mois'],
    ['6', 'tous les 6 mois'],
    ['12', 'tous les ans'],
  ]);
  every.value = '3';
  const until = input('until', 'date');
  const series = el('div', { className: 'recurrence', attrs: { hidden: '' } }, [labelled('Répéter', every), labelled('Jusqu’au', until)]);
  recurring.addEventListener('change', () => (series.hidden = !recurring.checked));
  const save = el('button', { className: 'primary', text: 'Ajouter', attrs: { type: 'submit', 'data-endpoint': 'addCommitment' } });
  const close = el('button', { className: 'secondary', text: 'Fermer', attrs: { type: 'button' } });

  const form = el('form', { className: 'inline-form', attrs: { 'data-testid': 'commitment-form', 'aria-label': 'Ajouter un engagement' } }, [
    labelled('Convention', convention),
    labelled('Nature', kind),
    labelled('Libellé', label),
    labelled('À la charge de', party),
    labelled('Responsable', owner),
    labelled('Échéance', due),
    el('div', { className: 'filters' }, [labelled('Montant', amount), labelled('Devise', currency)]),
    el('div', { className: 'filters' }, [labelled('Risque', risk), labelled('Mesure d’atténuation', mitigation)]),
    el('label', { className: 'check' }, [recurring, document.createTextNode(' Engagement récurrent')]),
    series,
    el('div', { className: 'actions' }, [save, close]),
  ]);
  close.addEventListener('click', () => form.remove());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const record = {
      conventionId: convention.value,
      kind: kind.value,
      label: label.value,
      party: party.value,
      owner: owner.value,
      due: due.value,
      amount: amount.value === '' ? null : Number(amount.value),
      currency: currency.value,
      risk: risk.value,
      mitigation: mitigation.value,
    };
    const recurrence = recurring.checked ? { everyMonths: Number(every.value), until: until.value || undefined } : undefined;
    void runAction(save, () => view.call('addCommitment', record, recurrence), { busy: 'Ajout…' }).then((made) => made && added(made));
  });
  return form;
}
