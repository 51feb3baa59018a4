/**
 * One event's page: its details and partners, « Envoyer les invitations » (the confirmation says
 * how many left and how many wait for tomorrow's quota), the agenda Doc (made once, then linked),
 * the attendance checklist (Présent / Absent / Excusé, saved in one call) and the results form
 * (results, recommendations, follow-ups, which become the partners' next actions); « Annuler
 * l'événement » with its reason (those invited are told once by e-mail).
 */
import type { EventDetail, ParticipantLine } from '../../domain/contracts/events';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { formatDateFr } from '../format';
import { runAction, submitWith } from '../action';

const MARKS = ['Présent', 'Absent', 'Excusé'] as const;

function row(label: string, value: string): HTMLElement | null {
  return value ? el('div', { className: 'kv' }, [el('span', { className: 'k', text: label }), el('span', { className: 'v', text: value })]) : null;
}

const when = (e: EventDetail) => `${formatDateFr(e.date)}${e.time ? ` à ${e.time}` : ''}`;

export async function mountEventPage(view: View, id: string): Promise<void> {
  const e = await view.call('getEvent', id);
  const back = el('button', { className: 'link', text: '← Tous les événements', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('events'));
  const status = el('span', { text: e.status, attrs: { 'data-testid': 'event-status' } });
  view.container.append(
    back,
    view.heading(e.title),
    el('div', { className: 'partner-meta' }, [document.createTextNode(`${e.type} · ${when(e)}${e.place ? ` · ${e.place}` : ''} · `), status]),
    el('section', {}, [
      row('Responsable', e.owner),
      row('Partenaires', e.partners.map((p) => p.name).join(', ')),
      row('Points de l’ordre du jour', e.agendaItems),
    ]),
    actionsSection(view, e, status),
    attendanceSection(view, e, status),
    resultsSection(view, e, status),
  );
  // A held event stands: only one still to come (or already called off, to amend the reason) can be cancelled.
  if (e.status !== 'Tenu') view.container.append(cancelSection(view, e, status));
}

function cancelSection(view: View, e: EventDetail, status: HTMLElement): HTMLElement {
  const reason = el('input', { attrs: { name: 'cancelReason', maxlength: '500', placeholder: 'Motif (les participants le liront)' } });
  reason.value = e.cancelReason;
  const cancel = el('button', { className: 'secondary', text: 'Annuler l’événement', attrs: { type: 'submit', 'data-endpoint': 'cancelEvent' } });
  const form = el('form', { attrs: { 'aria-label': 'Annulation', 'data-endpoint': 'cancelEvent' } }, [
    el('label', { className: 'field' }, [el('span', { className: 'label', text: 'Motif d’annulation' }), reason]),
    el('div', { className: 'actions' }, [cancel]),
  ]);
  submitWith(
    form,
    cancel,
    async () => {
      const r = await view.call('cancelEvent', e.id, reason.value);
      status.textContent = r.event.status;
      return r.message;
    },
    { busy: 'Annulation…', confirm: () => 'Annuler l’événement ? Les personnes invitées en seront prévenues une fois par e-mail.', done: (m) => m },
  );
  return el('section', {}, [el('h3', { text: 'Annulation' }), form]);
}

function actionsSection(view: View, e: EventDetail, status: HTMLElement): HTMLElement {
  const invite = el('button', {
    text: 'Envoyer les invitations',
    attrs: { type: 'button', 'data-action': 'send-invitations', 'data-endpoint': 'sendEventInvitations' },
  });
  invite.addEventListener('click', () => {
    void runAction(invite, () => view.call('sendEventInvitations', e.id), {
      busy: 'Envoi…',
      confirm: () => `Envoyer l’invitation aux participants avec une adresse e-mail ? Une personne déjà invitée ne la reçoit pas deux fois.`,
      done: (r) => {
        status.textContent = r.event.status;
        return r.message;
      },
    });
  });
  const link = el('span', { attrs: { 'data-testid': 'agenda-link' } }, e.agendaUrl ? [linkOrText('Ouvrir l’ordre du jour', e.agendaUrl)] : []);
  const agenda = el('button', {
    className: 'secondary',
    text: 'Générer l’ordre du jour',
    attrs: { type: 'button', 'data-action': 'make-agenda', 'data-endpoint': 'makeEventAgenda' },
  });
  agenda.hidden = e.agendaUrl !== '';
  agenda.addEventListener('click', () => {
    void runAction(agenda, () => view.call('makeEventAgenda', e.id), {
      busy: 'Création du document…',
      done: (d) => {
        link.replaceChildren(linkOrText('Ouvrir l’ordre du jour', d.agendaUrl));
        agenda.hidden = true;
        return 'Ordre du jour créé dans le dossier Pacte.';
      },
    });
  });
  return el('section', {}, [el('h3', { text: 'Invitations et ordre du jour' }), el('div', { className: 'toolbar wrap' }, [invite, agenda, link])]);
}

function attendanceItem(p: ParticipantLine): HTMLElement {
  const select = el('select', { attrs: { 'data-participant': p.id, 'aria-label': `Présence de ${p.name}` } }, [
    el('option', { text: '— à noter —', attrs: { value: '' } }),
    ...MARKS.map((m) => el('option', { text: m, attrs: { value: m } })),
  ]);
  select.value = (MARKS as readonly string[]).includes(p.attendance) ? p.attendance : '';
  const who = `${p.name}${p.partnerName ? ` (${p.partnerName})` : ''}${p.email ? ` — ${p.email}` : ''}${p.invitedAt ? ' · invité' : ''}`;
  return el('li', { attrs: { 'data-id': p.id } }, [el('span', { text: who }), document.createTextNode(' '), select]);
}

function attendanceSection(view: View, e: EventDetail, status: HTMLElement): HTMLElement {
  const list = el('ul', { className: 'plain attendance', attrs: { 'data-testid': 'attendance' } }, e.participantLines.map(attendanceItem));
  const save = el('button', { className: 'primary', text: 'Enregistrer la présence', attrs: { type: 'submit', 'data-endpoint': 'recordEventAttendance' } });
  const form = el('form', { attrs: { 'aria-label': 'Présence', 'data-endpoint': 'recordEventAttendance' } }, [
    list,
    el('div', { className: 'actions' }, [save]),
  ]);
  submitWith(
    form,
    save,
    async () => {
      const marks: Record<string, string> = {};
      for (const s of list.querySelectorAll<HTMLSelectElement>('select[data-participant]')) if (s.value) marks[s.dataset.participant!] = s.value;
      const d = await view.call('recordEventAttendance', e.id, marks);
      status.textContent = d.status;
      const present = d.participantLines.filter((p) => p.attendance === 'Présent').length;
      return `${present} présent${present > 1 ? 's' : ''} sur ${d.participantLines.length} invités.`;
    },
    { busy: 'Enregistrement…', done: (m) => `Présence enregistrée : ${m}` },
  );
  return el('section', {}, [el('h3', { text: `Participants (${e.participantLines.length})` }), form]);
}

function resultsSection(view: View, e: EventDetail, status: HTMLElement): HTMLElement {
  const area = (name: string, value: string, placeholder = '') => {
    const t = el('textarea', { attrs: { name, rows: '3', ...(placeholder ? { placeholder } : {}) } });
    t.value = value;
    return t;
  };
  const results = area('results', e.results);
  const recommendations = area('recommendations', e.recommendations);
  const followUps = area('followUps', e.followUps, 'Une suite par ligne : « Envoyer le rapport au CNJ avant le 15 avril »');
  const labelled = (label: string, control: HTMLElement) => el('label', { className: 'field' }, [el('span', { className: 'label', text: label }), control]);
  const save = el('button', { className: 'primary', text: 'Enregistrer le bilan', attrs: { type: 'submit', 'data-endpoint': 'recordEventResults' } });
  const form = el('form', { attrs: { 'aria-label': 'Bilan', 'data-endpoint': 'recordEventResults' } }, [
    labelled('Résultats présentés', results),
    labelled('Recommandations', recommendations),
    labelled('Suites à donner', followUps),
    el('div', { className: 'actions' }, [save]),
  ]);
  submitWith(
    form,
    save,
    async () => {
      const r = await view.call('recordEventResults', e.id, { results: results.value, recommendations: recommendations.value, followUps: followUps.value });
      status.textContent = r.event.status;
      return r;
    },
    { busy: 'Enregistrement…', done: (r) => [r.message, ...r.kept].join('\n') },
  );
  return el('section', {}, [el('h3', { text: 'Bilan' }), form]);
}
