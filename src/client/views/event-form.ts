/**
 * « Planifier un événement »: title, type, date, time, place, owner, agenda items, the partners
 * invited (searched by name, their contacts with an address become participants) and other guests
 * (name and e-mail). Nothing typed is lost on a refusal: the form stays as it was.
 */
import type { EventDetail } from '../../domain/contracts/events';
import { EVENT_TYPES } from '../../domain/schema/vocabulary';
import type { View } from './mount';
import { el } from '../dom';
import { labelled, input } from '../form-controls';
import { FieldsInError, submitWith } from '../action';
import { partnerPicker, searchThrough } from '../partner-picker';

/** A list of chosen items, each with a « Retirer » button. */
function chosenList<T>(label: string, describe: (item: T) => string) {
  const items: T[] = [];
  const list = el('ul', { className: 'plain chosen', attrs: { 'aria-label': label } });
  const draw = () =>
    list.replaceChildren(
      ...items.map((item, i) => {
        const remove = el('button', { className: 'link', text: 'Retirer', attrs: { type: 'button', 'aria-label': `Retirer ${describe(item)}` } });
        remove.addEventListener('click', () => {
          items.splice(i, 1);
          draw();
        });
        return el('li', {}, [el('span', { text: describe(item) }), document.createTextNode(' '), remove]);
      }),
    );
  return { list, items, add: (item: T) => (items.push(item), draw()) };
}

export function eventForm(view: View, me: string, planned: (e: EventDetail) => void): HTMLFormElement {
  const title = input('title', 'text');
  const type = el(
    'select',
    { attrs: { name: 'type' } },
    EVENT_TYPES.map((t) => el('option', { text: t, attrs: { value: t } })),
  );
  const date = input('date', 'date');
  const time = input('time', 'time');
  const place = input('place', 'text');
  const owner = input('owner', 'email', me);
  const agenda = el('textarea', { attrs: { name: 'agendaItems', rows: '3', placeholder: 'Un point par ligne' } });

  const partners = chosenList<{ id: string; name: string }>('Partenaires invités', (p) => p.name);
  const picker = partnerPicker(searchThrough(view), { id: 'f-event-partner', label: 'Partenaires trouvés' });
  const addPartner = el('button', { className: 'secondary', text: 'Inviter ce partenaire', attrs: { type: 'button', 'data-action': 'add-event-partner' } });
  addPartner.addEventListener('click', () => {
    const id = picker.value();
    if (id && !partners.items.some((p) => p.id === id)) partners.add({ id, name: picker.input.value });
    picker.set(null);
  });

  const guests = chosenList<{ name: string; email: string }>('Autres invités', (g) => `${g.name} <${g.email}>`);
  const guestName = input('guestName', 'text');
  const guestEmail = input('guestEmail', 'email');
  const addGuest = el('button', { className: 'secondary', text: 'Ajouter cet invité', attrs: { type: 'button', 'data-action': 'add-event-guest' } });
  addGuest.addEventListener('click', () => {
    if (!guestName.value.trim() || !guestEmail.checkValidity() || !guestEmail.value.trim()) {
      guestEmail.setAttribute('aria-invalid', 'true');
      return;
    }
    guestEmail.removeAttribute('aria-invalid');
    guests.add({ name: guestName.value.trim(), email: guestEmail.value.trim() });
    guestName.value = '';
    guestEmail.value = '';
  });

  const save = el('button', { className: 'primary', text: 'Planifier', attrs: { type: 'submit', 'data-endpoint': 'planEvent' } });
  const close = el('button', { className: 'secondary', text: 'Fermer', attrs: { type: 'button' } });
  const form = el('form', { className: 'inline-form', attrs: { 'data-testid': 'event-form', 'aria-label': 'Planifier un événement', novalidate: '' } }, [
    labelled('Intitulé', title),
    labelled('Type', type),
    el('div', { className: 'filters' }, [labelled('Date', date), labelled('Heure', time)]),
    labelled('Lieu', place),
    labelled('Responsable', owner),
    labelled('Points de l’ordre du jour', agenda),
    el('fieldset', {}, [el('legend', { text: 'Partenaires invités (leurs contacts avec une adresse e-mail)' }), picker.element, addPartner, partners.list]),
    el('fieldset', {}, [
      el('legend', { text: 'Autres invités' }),
      el('div', { className: 'filters' }, [labelled('Nom', guestName), labelled('Adresse e-mail', guestEmail)]),
      addGuest,
      guests.list,
    ]),
    el('div', { className: 'actions' }, [save, close]),
  ]);
  close.addEventListener('click', () => form.remove());
  submitWith(
    form,
    save,
    async () => {
      for (const [field, bad] of [
        [title, !title.value.trim()],
        [date, !date.value],
      ] as const)
        if (bad) field.setAttribute('aria-invalid', 'true');
        else field.removeAttribute('aria-invalid');
      if (!title.value.trim() || !date.value) throw new FieldsInError(form, 'Indiquez l’intitulé et la date : rien n’a été enregistré.');
      const made = await view.call('planEvent', {
        title: title.value,
        type: type.value as (typeof EVENT_TYPES)[number],
        date: date.value,
        time: time.value,
        place: place.value,
        owner: owner.value,
        agendaItems: agenda.value,
        partnerIds: partners.items.map((p) => p.id),
        guests: guests.items,
      });
      planned(made);
      return made;
    },
    { busy: 'Enregistrement…' },
  );
  return form;
}
