/**
 * « Compte rendu » of a meeting, workshop or mission: date, place, kind, participants, the partners
 * met (found by name, several), objectives, points discussed, decisions and follow-up lines (action,
 * owner, date, partner concerned). Opened from the navigation, or from a partner's page with that
 * partner already chosen. What was typed stays on a refusal.
 */
import { REPORT_KINDS, REPORT_LIMITS } from '../../domain/contracts/report';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { submitWith } from '../action';
import { partnerLabel, partnerPicker, searchThrough } from '../partner-picker';

type Met = { id: string; name: string };

const field = (label: string, input: HTMLElement & { id: string }) =>
  el('div', { className: 'field' }, [el('label', { className: 'label', text: label, attrs: { for: input.id } }), input]);

export function mountReport(view: View, partnerId?: string): void {
  const met: Met[] = [];
  const metList = el('ul', { className: 'met', attrs: { 'aria-label': 'Partenaires rencontrés', 'data-testid': 'met' } });
  const followUps: { box: HTMLElement; action: HTMLInputElement; owner: HTMLInputElement; due: HTMLInputElement; partner: HTMLSelectElement }[] = [];
  const followBox = el('div', { className: 'follow-ups' });

  // Each follow-up's partner list follows the partners met ('' = every partner met).
  const refreshPartnerChoices = () => {
    for (const f of followUps) {
      const kept = f.partner.value;
      f.partner.replaceChildren(
        el('option', { text: 'Tous les partenaires rencontrés', attrs: { value: '' } }),
        ...met.map((m) => el('option', { text: m.name, attrs: { value: m.id } })),
      );
      f.partner.value = met.some((m) => m.id === kept) ? kept : '';
    }
  };
  const renderMet = () => {
    metList.replaceChildren(
      ...met.map((m) => {
        const remove = el('button', { className: 'link', text: 'Retirer', attrs: { type: 'button', 'aria-label': `Retirer ${m.name}` } });
        remove.addEventListener('click', () => {
          met.splice(met.indexOf(m), 1);
          renderMet();
        });
        return el('li', { attrs: { 'data-id': m.id } }, [el('span', { text: m.name }), remove]);
      }),
    );
    refreshPartnerChoices();
  };
  const addMet = (m: Met) => {
    if (!met.some((x) => x.id === m.id)) met.push(m);
    renderMet();
  };
  const picker = partnerPicker(searchThrough(view), {
    id: 'report-partner',
    label: 'Partenaires trouvés',
    onChange: (id) => {
      if (!id) return;
      addMet({ id, name: picker.input.value });
      picker.set(null);
    },
  });

  const addFollowUp = () => {
    const n = followUps.length + 1;
    const action = el('input', { attrs: { id: `fu-action-${n}`, name: 'action', maxlength: String(REPORT_LIMITS.action) } });
    const owner = el('input', { attrs: { id: `fu-owner-${n}`, name: 'owner', maxlength: String(REPORT_LIMITS.owner) } });
    const due = el('input', { attrs: { id: `fu-due-${n}`, name: 'due', type: 'date' } });
    const partner = el('select', { attrs: { id: `fu-partner-${n}`, name: 'partnerId' } });
    const box = el('fieldset', { className: 'follow-up' }, [
      el('legend', { text: `Suite ${n}` }),
      field('Action', action),
      field('Responsable', owner),
      field('Échéance', due),
      field('Partenaire concerné', partner),
    ]);
    followUps.push({ box, action, owner, due, partner });
    followBox.appendChild(box);
    refreshPartnerChoices();
  };

  const date = el('input', { attrs: { id: 'report-date', type: 'date' } });
  const place = el('input', { attrs: { id: 'report-place', maxlength: String(REPORT_LIMITS.place) } });
  const kind = el(
    'select',
    { attrs: { id: 'report-kind' } },
    REPORT_KINDS.map((k) => el('option', { text: k, attrs: { value: k } })),
  );
  const area = (id: string, max: number) => el('textarea', { attrs: { id, rows: '3', maxlength: String(max) } });
  const participants = area('report-participants', REPORT_LIMITS.participants);
  const objectives = area('report-objectives', REPORT_LIMITS.text);
  const discussed = area('report-discussed', REPORT_LIMITS.text);
  const decisions = area('report-decisions', REPORT_LIMITS.text);
  const more = el('button', { className: 'link', text: '+ Ajouter une suite', attrs: { type: 'button', 'data-action': 'add-follow-up' } });
  more.addEventListener('click', addFollowUp);
  const save = el('button', { className: 'primary', text: 'Créer le compte rendu', attrs: { type: 'submit', 'data-endpoint': 'writeMeetingReport' } });
  const result = el('p', { attrs: { 'data-testid': 'report-result', 'aria-live': 'polite' } });
  const form = el('form', { className: 'report-form', attrs: { novalidate: '' } }, [
    view.heading('Compte rendu'),
    field('Date *', date),
    field('Lieu', place),
    field('Nature', kind),
    field('Participants', participants),
    el('div', { className: 'field' }, [
      el('label', { className: 'label', text: 'Partenaires rencontrés *', attrs: { for: picker.input.id } }),
      picker.element,
      metList,
    ]),
    field('Objectifs', objectives),
    field('Points discutés', discussed),
    field('Décisions', decisions),
    el('h3', { text: 'Suites à donner' }),
    followBox,
    more,
    el('div', { className: 'actions' }, [save]),
    result,
  ]);
  view.container.appendChild(form);
  submitWith(
    form,
    save,
    async () => {
      const doc = await view.call('writeMeetingReport', {
        date: date.value,
        place: place.value,
        kind: kind.value as (typeof REPORT_KINDS)[number],
        participants: participants.value,
        partnerIds: met.map((m) => m.id),
        objectives: objectives.value,
        discussed: discussed.value,
        decisions: decisions.value,
        followUps: followUps
          .filter((f) => f.action.value || f.owner.value || f.due.value)
          .map((f) => ({ action: f.action.value, owner: f.owner.value, due: f.due.value, partnerId: f.partner.value })),
      });
      result.replaceChildren(document.createTextNode('Compte rendu créé : '), linkOrText(doc.name, doc.url));
      view.notify(`Compte rendu créé pour ${met.length} partenaire${met.length > 1 ? 's' : ''}.`);
    },
    { busy: 'Création du compte rendu…' },
  );
  if (partnerId) {
    void view
      .guard(() => view.call('searchPartners', { query: partnerId, offset: 0, limit: 1 }))
      .then((page) => {
        const p = page?.items.find((x) => x.id === partnerId);
        addMet({ id: partnerId, name: p ? partnerLabel(p) : partnerId });
      });
  }
}
