/** A partner's page: identity, lifecycle stage, contacts, interactions, opportunities, due diligence, meeting brief. */
import { pick } from '../../domain/contracts/args';
import { BRIEF_TEXT_MAX } from '../../domain/contracts/api';
import { LIFECYCLE_STAGES } from '../../domain/schema/vocabulary';
import type { PartnerDetail } from '../../domain/contracts';
import { INTERACTIONS, ANALYSES } from '../../domain/schema/tables';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { formatDateFr, formatMoney } from '../format';
import { recordForm } from '../record-form';
import { FieldsInError, runAction, submitWith } from '../action';
import { mountPartnerForm } from './partner-form';
import { problemsNote } from './row-problems';
import { ARCHIVE_KINDS, archiveButton } from '../archive';
import { partnerReportBox } from './report-links';

const ANALYSIS_CRITERIA = ['legal', 'governance', 'finance', 'reputation', 'alignment', 'risks'];

function row(label: string, value: unknown): HTMLElement | null {
  const text = value === null || value === undefined ? '' : String(value);
  return text ? el('div', { className: 'kv' }, [el('span', { className: 'k', text: label }), el('span', { className: 'v', text })]) : null;
}

export async function mountPartnerDetail(view: View, id: string): Promise<void> {
  if (id === 'new') return mountPartnerForm(view);
  const d = await view.call('getPartner', id);
  const p = d.partner;
  const back = el('button', { className: 'link', text: '← Tous les partenaires', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('partners'));
  const edit = el('button', { text: 'Modifier', attrs: { type: 'button', 'data-action': 'edit-partner', 'data-endpoint': 'savePartner' } });
  edit.addEventListener('click', () => {
    view.container.replaceChildren();
    mountPartnerForm(view, d);
  });

  view.container.append(
    back,
    view.heading(String(p.name), 'partner-title'),
    el('div', { className: 'partner-meta', text: [p.acronym, p.type, p.category, p.region].filter(Boolean).join(' · ') }),
    el('div', { className: 'toolbar' }, [
      edit,
      briefButton(view, id),
      reportButton(view, id),
      capacityButton(view, id),
      archiveButton(view, ARCHIVE_KINDS.partner, id, String(p.name), () => view.show('partners'), 'button'),
    ]),
    partnerReportBox(view, id),
    stageSection(view, d),
    evaluationSection(view, d),
    el('section', {}, [
      el('h3', { text: 'Identité' }),
      row('Priorité', p.priority === '' || p.priority === null ? '' : `${Math.round(Number(p.priority))} / 100`),
      row('Quadrant', p.quadrant),
      row('Responsable', p.owner),
      row('Secteurs', p.sectors),
      row('Prochaine action', p.nextAction ? `${p.nextAction}${p.nextDue ? ` — ${formatDateFr(String(p.nextDue))}` : ''}` : ''),
      row('Email', p.email),
      row('Téléphone', p.phone),
    ]),
    el(
      'section',
      {},
      countedList('Contacts', 'plain contacts', d.contacts, (c, archived) => {
        const name = c.name + (c.primary ? ' ★' : '');
        return el('li', { attrs: { 'data-id': c.id } }, [
          document.createTextNode([name, c.role, c.email, c.phone].filter(Boolean).join(' · ')),
          archiveButton(view, ARCHIVE_KINDS.contact, c.id, c.name, archived),
        ]);
      }),
    ),
    interactionsSection(view, d),
    ...loyaltySection(view, d),
    el(
      'section',
      {},
      countedList('Opportunités', 'plain opportunities', d.opportunities, (o, archived) =>
        el('li', { className: o.overdue ? 'overdue' : '', attrs: { 'data-id': o.id } }, [
          document.createTextNode(`${o.title} — ${o.stage}${o.amountXof !== null ? ` — ${formatMoney(o.amountXof)}` : ''}`),
          archiveButton(view, ARCHIVE_KINDS.opportunity, o.id, o.title, () => {
            archived();
            // No new interaction is tied to an archived opportunity.
            view.container.querySelector(`.interaction-form [name=opportunityId] option[value="${CSS.escape(o.id)}"]`)?.remove();
          }),
          problemsNote(o.problems),
        ]),
      ),
    ),
    analysisSection(view, d),
  );
}

/** « Note de rendez-vous »: the meeting's date, objectives and key messages, then the Doc; what was typed stays on a refusal. */
function briefButton(view: View, id: string): HTMLElement {
  const field = (name: string, label: string, input: HTMLInputElement | HTMLTextAreaElement) => {
    input.id = `brief-${name}`;
    input.name = name;
    return el('div', { className: 'field' }, [el('label', { className: 'label', text: label, attrs: { for: input.id } }), input]);
  };
  const date = el('input', { attrs: { type: 'date' } });
  const text = () => el('textarea', { attrs: { rows: '3', maxlength: String(BRIEF_TEXT_MAX) } });
  const objectives = text();
  const keyMessages = text();
  const button = el('button', {
    className: 'primary',
    text: 'Créer la note',
    attrs: { type: 'submit', 'data-action': 'brief', 'data-endpoint': 'createMeetingBrief' },
  });
  const form = el('form', { className: 'brief-form', attrs: { novalidate: '' } }, [
    field('date', 'Date du rendez-vous', date),
    field('objectives', `Objectifs (${BRIEF_TEXT_MAX} caractères au plus)`, objectives),
    field('keyMessages', `Messages clés (${BRIEF_TEXT_MAX} caractères au plus)`, keyMessages),
    button,
  ]);
  submitWith(
    form,
    button,
    async () => {
      const doc = await view.call('createMeetingBrief', id, { date: date.value, objectives: objectives.value, keyMessages: keyMessages.value });
      view.notify('Note créée : ');
      document.getElementById('notice')!.appendChild(linkOrText(doc.name, doc.url));
    },
    { busy: 'Création de la note…' },
  );
  // The endpoint on the disclosure too: a role that may not write the note does not see it at all.
  return el('details', { className: 'brief', attrs: { 'data-endpoint': 'createMeetingBrief' } }, [el('summary', { text: 'Note de rendez-vous' }), form]);
}

/** « Ouvrir l'évaluation » in progress, else « Démarrer l'évaluation »; the last decided one beside. */
function evaluationSection(view: View, d: PartnerDetail): HTMLElement {
  const { openId, lastDecidedId } = d.evaluations;
  const openButton = (text: string, id: string, action: string) => {
    const b = el('button', { text, attrs: { type: 'button', 'data-action': action } });
    b.addEventListener('click', () => view.show('evaluation', id));
    return b;
  };
  const start = el('button', {
    text: 'Démarrer l’évaluation',
    attrs: { type: 'button', 'data-action': 'start-evaluation', 'data-endpoint': 'startEvaluation' },
  });
  start.addEventListener('click', () => {
    void runAction(
      start,
      async () => {
        const started = await view.call('startEvaluation', String(d.partner.id));
        view.show('evaluation', started.id);
      },
      { busy: 'Création…', confirm: `Démarrer l’évaluation conjointe de ${String(d.partner.name)} ?` },
    );
  });
  return el('section', { className: 'toolbar', attrs: { 'data-testid': 'partner-evaluation' } }, [
    el('h3', { text: 'Évaluation' }),
    openId ? openButton('Ouvrir l’évaluation', openId, 'open-evaluation') : start,
    lastDecidedId ? openButton('Dernière évaluation décidée', lastDecidedId, 'open-last-evaluation') : null,
  ]);
}

function stageSection(view: View, d: PartnerDetail): HTMLElement {
  const select = el('select', { attrs: { 'aria-label': 'Nouvelle étape du cycle', 'data-field': 'stage', 'data-endpoint': 'movePartnerStage' } });
  select.appendChild(el('option', { text: 'Changer d’étape…', attrs: { value: '' } }));
  for (const s of d.allowedStages) select.appendChild(el('option', { text: s, attrs: { value: s } }));
  for (const [s, why] of Object.entries(d.blockedStages))
    select.appendChild(el('option', { text: `${s} (bloqué)`, title: why, attrs: { value: s, disabled: '' } }));
  select.addEventListener('change', () => {
    const stage = pick(LIFECYCLE_STAGES, select.value);
    if (!stage) return;
    const note = stage === 'Clôture' ? (window.prompt('Motif de la clôture (obligatoire) :') ?? '') : '';
    select.disabled = true;
    select.setAttribute('aria-busy', 'true');
    void view.guard(async () => {
      try {
        await view.call('movePartnerStage', String(d.partner.id), stage, note);
      } finally {
        select.disabled = false;
        select.removeAttribute('aria-busy');
      }
      view.show('partners', String(d.partner.id));
      view.notify(`Étape : ${stage}.`);
    });
  });
  const history = d.stageHistory.map((h) => `${h.stage} (${formatDateFr(h.at.slice(0, 10))}, ${h.by})`).join(' → ');
  return el('section', { className: 'stage' }, [
    el('h3', { text: 'Cycle du partenariat' }),
    el('span', { className: 'badge', text: String(d.partner.stage || 'Identification') }),
    select,
    history ? el('p', { className: 'muted', text: history }) : null,
    ...Object.entries(d.blockedStages)
      .slice(0, 1)
      .map(([s, why]) => el('p', { className: 'muted', text: `${s} : ${why}` })),
  ]);
}

function interactionsSection(view: View, d: PartnerDetail): HTMLElement {
  const form = recordForm(
    INTERACTIONS,
    ['date', 'type', 'opportunityId', 'summary', 'decisions', 'nextSteps', 'nextDue'],
    {},
    {
      choices: { opportunityId: d.opportunities.map((o) => o.id) },
    },
  );
  const save = el('button', { className: 'primary', text: 'Consigner', attrs: { type: 'submit' } });
  const box = el('form', { className: 'interaction-form', attrs: { novalidate: '', hidden: '', 'data-endpoint': 'logInteraction' } }, [form.element, save]);
  const open = el('button', {
    text: 'Consigner une interaction',
    attrs: { type: 'button', 'data-action': 'log-interaction', 'data-endpoint': 'logInteraction' },
  });
  open.addEventListener('click', () => (box.hidden = !box.hidden));
  submitWith(
    box,
    save,
    async () => {
      const values = form.validated();
      if (!values) throw new FieldsInError(box);
      await view.call('logInteraction', { ...values, partnerId: String(d.partner.id) });
      view.show('partners', String(d.partner.id));
      view.notify('Interaction consignée.');
    },
    { busy: 'Enregistrement…' },
  );
  const [heading, list] = countedList('Interactions', 'plain interactions', d.interactions, (i, archived) => {
    const title = `${formatDateFr(i.date)} · ${i.type}`;
    return el('li', { attrs: { 'data-id': i.id } }, [
      el('strong', { text: title }),
      archiveButton(view, ARCHIVE_KINDS.interaction, i.id, title, archived),
      el('div', { text: i.summary }),
      i.nextSteps ? el('div', { className: 'muted', text: `Suites : ${i.nextSteps}` }) : null,
    ]);
  });
  return el('section', {}, [heading, open, box, list]);
}

/** The held events the partner was invited to (its loyalty actions), each opening the event's page. */
function loyaltySection(view: View, d: PartnerDetail): HTMLElement[] {
  if (!d.loyaltyActions.length) return [];
  return [
    el('section', { attrs: { 'data-testid': 'loyalty-actions' } }, [
      el('h3', { text: `Actions de fidélisation (${d.loyaltyActions.length})` }),
      el(
        'ul',
        { className: 'plain' },
        d.loyaltyActions.map((a) => {
          const open = el('button', { className: 'link', text: a.title, attrs: { type: 'button' } });
          open.addEventListener('click', () => view.show('events', a.id));
          return el('li', { attrs: { 'data-id': a.id } }, [
            el('strong', { text: `${formatDateFr(a.date)} · ${a.type} · ` }),
            open,
            a.present.length ? el('div', { className: 'muted', text: `Présents : ${a.present.join(', ')}` }) : null,
          ]);
        }),
      ),
    ]),
  ];
}

/**
 * A titled list whose title counts its items (« Contacts (3) »); each item is drawn with a callback
 * that removes it and lowers the count (once archived, a row leaves the page at once).
 */
function countedList<T>(
  title: string,
  className: string,
  items: readonly T[],
  item: (entry: T, remove: () => void) => HTMLElement,
): [HTMLElement, HTMLElement] {
  let count = items.length;
  const heading = el('h3', { text: `${title} (${count})` });
  const list = el('ul', { className });
  for (const entry of items) {
    const node = item(entry, () => {
      node.remove();
      heading.textContent = `${title} (${--count})`;
    });
    list.appendChild(node);
  }
  return [heading, list];
}

function analysisSection(view: View, d: PartnerDetail): HTMLElement {
  const a = d.analysis;
  const initial: Record<string, string | number | null> = { ...(a?.scores ?? {}), decision: a?.decision ?? '', comment: a?.comment ?? '' };
  const form = recordForm(ANALYSES, [...ANALYSIS_CRITERIA, 'decision', 'comment'], initial);
  const save = el('button', { className: 'primary', text: 'Enregistrer l’analyse', attrs: { type: 'submit' } });
  const box = el('form', { className: 'analysis-form', attrs: { novalidate: '', 'data-endpoint': 'saveAnalysis' } }, [form.element, save]);
  submitWith(
    box,
    save,
    async () => {
      const v = form.validated();
      if (!v) throw new FieldsInError(box);
      const scores = Object.fromEntries(ANALYSIS_CRITERIA.map((k) => [k, v[k] === '' || v[k] === undefined ? null : Number(v[k])]));
      await view.call('saveAnalysis', String(d.partner.id), scores, v.decision ? String(v.decision) : null, String(v.comment ?? ''));
      view.show('partners', String(d.partner.id));
      view.notify('Analyse enregistrée.');
    },
    { busy: 'Enregistrement…' },
  );
  return el('section', {}, [
    el('h3', { text: 'Analyse (due diligence)' }),
    a ? el('p', { text: `Score : ${a.score ?? '—'} / 100${a.decision ? ` · ${a.decision} par ${a.decidedBy}` : ''}` }) : null,
    a && a.weaknesses.length ? el('p', { className: 'warning', text: `Points critiques : ${a.weaknesses.join(', ')}` }) : null,
    box,
  ]);
}

/** The donors' readiness grid applied to this partner (a sub-partner's capacity), in the « Auto-évaluation » view. */
function capacityButton(view: View, id: string): HTMLElement {
  const button = el('button', { text: 'Évaluer sa capacité', attrs: { type: 'button', 'data-action': 'capacity' } });
  button.addEventListener('click', () => view.show('readiness', id));
  return button;
}

/** « Compte rendu » with this partner already among the partners met. */
function reportButton(view: View, id: string): HTMLElement {
  const button = el('button', { text: 'Compte rendu', attrs: { type: 'button', 'data-action': 'report', 'data-endpoint': 'writeMeetingReport' } });
  button.addEventListener('click', () => view.show('report', id));
  return button;
}
