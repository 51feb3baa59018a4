/** Fiche d'identification: create or edit a partner and its contacts, with duplicate check before creating. */
import { CONTACTS, PARTNERS } from '../../domain/schema/tables';
import type { DuplicateMatch, PartnerDetail } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { NEW_PARTNER_DEFAULTS } from '../../domain/schema/partner-defaults';
import { recordForm, type RecordForm } from '../record-form';
import { FieldsInError, submitWith } from '../action';
import { partnerPicker, searchThrough } from '../partner-picker';

const PARTNER_FIELDS = [
  'name',
  'acronym',
  'type',
  'category',
  'country',
  'region',
  'sectors',
  'alignment',
  'potential',
  'power',
  'interest',
  'owner',
  'email',
  'phone',
  'website',
  'introducedBy',
  'notes',
];
const CONTACT_FIELDS = ['name', 'role', 'email', 'phone', 'language', 'primary'];

export function mountPartnerForm(view: View, detail?: PartnerDetail): void {
  // The relay who opened the door, found by name like the opportunities' partner.
  const relay = partnerPicker(searchThrough(view), { id: 'f-partners-introducedBy', label: 'Relais trouvés' });
  if (detail?.relay) relay.set(detail.relay);
  const partnerForm = recordForm(PARTNERS, PARTNER_FIELDS, detail?.partner ?? { ...NEW_PARTNER_DEFAULTS }, { widgets: { introducedBy: relay } });
  const contactForms: { id?: string; form: RecordForm; box: HTMLElement }[] = [];
  const contactsBox = el('div', { className: 'contacts-form' });
  let contactsMade = 0;
  const addContact = (initial: Record<string, string | number | boolean | null> = {}, id?: string) => {
    contactsMade++;
    const form = recordForm(CONTACTS, CONTACT_FIELDS, initial, { idSuffix: contactsMade > 1 ? `-${contactsMade}` : '' });
    const remove = el('button', { className: 'link', text: 'Retirer ce contact', attrs: { type: 'button' } });
    const box = el('fieldset', { className: 'contact' }, [el('legend', { text: `Contact ${contactForms.length + 1}` }), form.element, id ? null : remove]);
    const entry = { id, form, box };
    remove.addEventListener('click', () => {
      contactForms.splice(contactForms.indexOf(entry), 1);
      box.remove();
    });
    contactForms.push(entry);
    contactsBox.appendChild(box);
  };
  for (const c of detail?.contacts ?? []) addContact({ name: c.name, role: c.role, email: c.email, phone: c.phone, primary: c.primary }, c.id);

  const addButton = el('button', { className: 'link', text: '+ Ajouter un contact', attrs: { type: 'button', 'data-action': 'add-contact' } });
  addButton.addEventListener('click', () => addContact());
  const duplicates = el('div', { className: 'duplicates', attrs: { role: 'alert', tabindex: '-1' } });
  const save = el('button', {
    className: 'primary',
    text: detail ? 'Enregistrer' : 'Créer le partenaire',
    attrs: { type: 'submit', 'data-endpoint': 'savePartner' },
  });
  const cancel = el('button', { text: 'Annuler', attrs: { type: 'button' } });
  cancel.addEventListener('click', () => view.show('partners', detail?.partner.id));
  const form = el('form', { className: 'partner-form', attrs: { novalidate: '' } }, [
    view.heading(detail ? `Modifier ${String(detail.partner.name)}` : "Fiche d'identification"),
    partnerForm.element,
    el('h3', { text: 'Contacts' }),
    contactsBox,
    addButton,
    duplicates,
    el('div', { className: 'actions' }, [save, cancel]),
  ]);
  view.container.appendChild(form);

  let confirmDuplicate = false;
  submitWith(
    form,
    save,
    async () => {
      view.clearMessages();
      const partner = partnerForm.validated();
      const contacts = contactForms.map((c, i) => ({ id: c.id, values: c.form.validated(`Contact ${i + 1}`) }));
      if (!partner || contacts.some((c) => !c.values)) throw new FieldsInError(form);
      if (!detail && !confirmDuplicate) {
        const found = await view.call('checkPartnerDuplicates', partner);
        if (found.length) {
          showDuplicates(duplicates, found);
          confirmDuplicate = true;
          return;
        }
      }
      const input = detail ? { ...partner, id: detail.partner.id } : partner;
      const result = await view.call(
        'savePartner',
        input,
        contacts.map((c) => (c.id ? { ...c.values!, id: c.id } : c.values!)),
        { confirmDuplicate },
      );
      view.show('partners', result.id);
      view.notify(detail ? 'Partenaire enregistré.' : `Partenaire créé : ${result.id}.`);
    },
    { busy: detail ? 'Enregistrement…' : 'Vérification et création…' },
  );
}

/** The probable duplicates, just above the save button, focused: the user reads them before saving again. */
function showDuplicates(box: HTMLElement, found: readonly DuplicateMatch[]): void {
  box.replaceChildren(
    el('p', { text: 'Ce partenaire existe peut-être déjà :' }),
    el(
      'ul',
      {},
      found.map((d) => el('li', { text: `${d.name}${d.acronym ? ` (${d.acronym})` : ''} — ${d.id}, même ${d.reason}` })),
    ),
    el('p', { text: 'Enregistrez à nouveau pour le créer quand même.' }),
  );
  box.focus();
}
