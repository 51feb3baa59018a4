/**
 * « Ajouter » a contribution: cash in its currency, or in kind by category and quantity (valued by
 * Paramètres › Valorisation, whose line is shown), or by its value in FCFA; the partner found by
 * typing, or the convention chosen (its partner follows).
 */
import type { ConventionSummary, ResourceItem, ResourcePage } from '../../domain/contracts';
import { CURRENCIES, RESOURCE_KINDS } from '../../domain/schema/vocabulary';
import { IN_KIND_CATEGORIES, RESOURCE_STATUSES } from '../../domain/contracts/resources';
import type { View } from './mount';
import { el } from '../dom';
import { labelled, select, input } from '../form-controls';
import { runAction } from '../action';
import { partnerPicker, searchThrough } from '../partner-picker';

export function resourceForm(
  view: View,
  conventions: readonly ConventionSummary[],
  valuation: ResourcePage['valuation'],
  today: string,
  added: (item: ResourceItem) => void,
): HTMLElement {
  const kind = select(
    'kind',
    RESOURCE_KINDS.map((k) => [k, k === 'Financière' ? 'En numéraire' : 'En nature'] as const),
  );
  const status = select(
    'status',
    [...RESOURCE_STATUSES].reverse().map((s) => [s, s] as const),
  );
  const convention = select('conventionId', [['', 'Aucune (choisir le partenaire)'], ...conventions.map((c) => [c.id, `${c.id} — ${c.partnerName}`] as const)]);
  const partner = partnerPicker(searchThrough(view), { id: 'resource-partner', label: 'Partenaires trouvés' });
  const partnerField = labelled('Partenaire', partner.element);
  const date = input('date', 'date', today);
  const label = input('label', 'text');
  const amount = input('amount', 'number');
  amount.min = '0';
  const currency = select(
    'currency',
    CURRENCIES.map((c) => [c, c === 'XOF' ? 'FCFA (XOF)' : c] as const),
  );
  const category = select(
    'inKindCategory',
    IN_KIND_CATEGORIES.map((c) => [c, c] as const),
  );
  const quantity = input('quantity', 'number');
  quantity.min = '0';
  quantity.step = 'any';
  const rateNote = el('p', { className: 'muted', attrs: { 'data-testid': 'valuation-line', 'aria-live': 'polite' } });
  const inKind = el('div', { className: 'filters wrap' }, [labelled('Catégorie', category), labelled('Quantité', quantity)]);
  const amountLabel = el('span', { className: 'label', text: 'Montant' });
  const amountField = el('label', { className: 'field' }, [amountLabel, amount]);
  const currencyField = labelled('Devise', currency);
  const save = el('button', { className: 'primary', text: 'Ajouter', attrs: { type: 'submit', 'data-endpoint': 'addResource' } });
  const close = el('button', { className: 'secondary', text: 'Fermer', attrs: { type: 'button' } });

  const sync = () => {
    const nature = kind.value === 'En nature';
    inKind.hidden = !nature;
    rateNote.hidden = !nature;
    currencyField.hidden = nature;
    amountLabel.textContent = nature ? 'Valeur en FCFA (vide : quantité × taux)' : 'Montant';
    const line = valuation.find((v) => v.category === category.value);
    rateNote.textContent = line ? line.label : `« ${category.value} » n’a pas de taux dans Paramètres › Valorisation : indiquez la valeur en FCFA.`;
    partnerField.hidden = convention.value !== '';
  };
  for (const c of [kind, category, convention]) c.addEventListener('change', sync);
  sync();

  const form = el('form', { className: 'inline-form', attrs: { 'data-testid': 'resource-form', 'aria-label': 'Ajouter une ressource' } }, [
    el('div', { className: 'filters wrap' }, [labelled('Nature', kind), labelled('Statut', status)]),
    labelled('Convention', convention),
    partnerField,
    labelled('Date', date),
    labelled('Libellé', label),
    inKind,
    rateNote,
    el('div', { className: 'filters wrap' }, [amountField, currencyField]),
    el('div', { className: 'actions' }, [save, close]),
  ]);
  close.addEventListener('click', () => form.remove());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const nature = kind.value === 'En nature';
    const record = {
      kind: kind.value,
      status: status.value,
      conventionId: convention.value,
      partnerId: convention.value ? '' : partner.value(),
      date: date.value,
      label: label.value,
      amount: amount.value === '' ? null : Number(amount.value),
      currency: nature ? 'XOF' : currency.value,
      inKindCategory: nature ? category.value : '',
      quantity: nature && quantity.value !== '' ? Number(quantity.value) : null,
    };
    void runAction(save, () => view.call('addResource', record), { busy: 'Ajout…' }).then((item) => item && added(item));
  });
  return form;
}
