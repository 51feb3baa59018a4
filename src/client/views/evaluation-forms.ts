/**
 * The evaluation's write side: our grid (a radio group per dimension, its key questions, a comment),
 * the partner's Form sent to its contact, and the decision that closes the evaluation.
 */
import type { EvaluationDetail } from '../../domain/contracts/evaluation';
import { EVALUATION_DECISIONS, LEVELS } from '../../domain/contracts/evaluation';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { FieldsInError, runAction, submitWith } from '../action';
import { formatDateFr } from '../format';
import { levelTag } from './evaluation-compare';

let forms = 0;

/** A labelled textarea with its error line (aria-describedby), as the record forms have. */
function area(name: string, label: string, value: string): { box: HTMLElement; input: HTMLTextAreaElement; error: HTMLElement } {
  const id = `eval-${name}-${++forms}`;
  const input = el('textarea', { attrs: { id, name, rows: '3', 'aria-describedby': `${id}-error` } });
  input.value = value;
  const error = el('div', { className: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
  return { box: el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input, error]), input, error };
}

/** Our grid; `saved` receives the evaluation as the server stored it. */
export function gridForm(view: View, d: EvaluationDetail, saved: (d: EvaluationDetail) => void): HTMLElement {
  const n = ++forms;
  const groups = d.dimensions.map((dim) =>
    el('fieldset', { className: 'dimension', attrs: { 'data-dimension': dim.key } }, [
      el('legend', { text: `${dim.label} (poids ${dim.weight}${dim.critical ? ', critique' : ''})` }),
      el(
        'ul',
        { className: 'key-questions' },
        dim.keyQuestions.map((q) => el('li', { text: q })),
      ),
      el(
        'div',
        { className: 'levels' },
        LEVELS.map((level) => {
          const radio = el('input', { attrs: { type: 'radio', name: `rating-${dim.key}-${n}`, value: level } });
          radio.checked = d.ours.ratings[dim.key] === level;
          return el('label', {}, [radio, levelTag(level)]);
        }),
      ),
    ]),
  );
  const comments = area('comments', 'Nos commentaires', d.ours.comments);
  const save = el('button', { className: 'primary', text: 'Enregistrer', attrs: { type: 'submit' } });
  const form = el('form', { className: 'evaluation-grid', attrs: { novalidate: '', 'data-endpoint': 'saveEvaluation', 'data-testid': 'evaluation-grid' } }, [
    el('h3', { text: 'Notre grille' }),
    ...groups,
    comments.box,
    save,
  ]);
  submitWith(
    form,
    save,
    async () => {
      const ratings: Record<string, string> = {};
      for (const g of groups) {
        const checked = g.querySelector<HTMLInputElement>('input:checked');
        if (checked) ratings[g.dataset.dimension!] = checked.value;
      }
      saved(await view.call('saveEvaluation', d.partnerId, { ratings, comments: comments.input.value }));
    },
    { busy: 'Enregistrement…', done: 'Grille enregistrée.' },
  );
  return form;
}

/** « Envoyer le formulaire au partenaire » (confirmation naming the contact), or where it was sent. */
export function partnerFormSection(view: View, d: EvaluationDetail, sent: (d: EvaluationDetail) => void): HTMLElement {
  const sentTo = (url: string) => el('p', {}, [document.createTextNode('Formulaire envoyé : '), linkOrText('ouvrir le formulaire', url)]);
  const section = el('section', { attrs: { 'data-testid': 'partner-form' } }, [el('h3', { text: 'Grille du partenaire' })]);
  if (d.partner.formUrl) {
    section.append(sentTo(d.partner.formUrl));
    return section;
  }
  const to = d.recipient;
  const who = to ? `${to.name || to.email} (${to.email})` : '';
  const send = el('button', {
    text: 'Envoyer le formulaire au partenaire',
    attrs: { type: 'button', 'data-action': 'send-evaluation-form', 'data-endpoint': 'sendEvaluationForm' },
  });
  const note = el('p', {
    className: 'muted',
    text: to
      ? `Le partenaire remplit la même grille dans un Google Form ; ses réponses s’affichent ici à côté des nôtres. Destinataire : ${who}.`
      : `Aucun contact de ${d.partnerName} n’a d’adresse e-mail : ajoutez-en une sur sa fiche pour lui envoyer le formulaire.`,
  });
  send.addEventListener('click', () => {
    void runAction(
      send,
      async () => {
        const next = await view.call('sendEvaluationForm', d.id);
        // Hidden, not removed: the confirmation is shown beside it.
        send.hidden = true;
        note.replaceWith(sentTo(next.partner.formUrl));
        sent(next);
      },
      {
        busy: 'Envoi…',
        confirm: `Envoyer ${to ? `à ${who}` : `à ${d.partnerName}`} le formulaire de la grille, avec son lien personnel ?`,
        done: `Formulaire envoyé${to ? ` à ${who}` : ''}.`,
      },
    );
  });
  section.append(note, send);
  return section;
}

/** The decision taken, or its form (renforcer / maintenir / réorienter / clore). */
export function decisionSection(view: View, d: EvaluationDetail, decided: (d: EvaluationDetail) => void): HTMLElement {
  if (d.status === 'Décidée')
    return el('section', { attrs: { 'data-testid': 'decision' } }, [
      el('h3', { text: 'Décision' }),
      el('p', {}, [el('strong', { text: d.decision }), document.createTextNode(` le ${formatDateFr(d.decidedOn)}`)]),
      el('p', { text: `Justification : ${d.justification}` }),
      d.lessons ? el('p', { text: `Leçons apprises : ${d.lessons}` }) : null,
      d.followUp ? el('p', { className: 'muted', text: `Suites créées : ${d.followUp}` }) : null,
    ]);
  const n = ++forms;
  const choices = el('fieldset', { className: 'decisions' }, [
    el('legend', { text: 'Décision' }),
    ...EVALUATION_DECISIONS.map((choice, i) => {
      const radio = el('input', { attrs: { type: 'radio', name: `decision-${n}`, value: choice } });
      radio.checked = i === 1;
      return el('label', {}, [radio, document.createTextNode(` ${choice}`)]);
    }),
  ]);
  const justification = area('justification', 'Justification (obligatoire)', '');
  const lessons = area('lessons', 'Leçons apprises (obligatoires pour « Clore »)', '');
  const submit = el('button', { className: 'primary', text: 'Enregistrer la décision', attrs: { type: 'submit' } });
  const form = el(
    'form',
    { className: 'evaluation-decision', attrs: { novalidate: '', 'data-endpoint': 'decideEvaluation', 'data-testid': 'decision-form' } },
    [
      el('h3', { text: 'Décision' }),
      choices,
      el('p', {
        className: 'muted',
        text: '« Clore » lance le plan de sortie : engagements finaux des deux parties (rapports final et financier, archivage), leçons apprises consignées, et le partenaire passe à l’étape « Clôture ».',
      }),
      justification.box,
      lessons.box,
      submit,
    ],
  );
  const decision = () => form.querySelector<HTMLInputElement>('.decisions input:checked')?.value ?? '';
  /** Marks `f` refused beside it when `missing`; returns whether it is. */
  const require = (f: ReturnType<typeof area>, missing: boolean, message: string) => {
    f.error.textContent = missing ? message : '';
    if (missing) f.input.setAttribute('aria-invalid', 'true');
    else f.input.removeAttribute('aria-invalid');
    return missing;
  };
  submitWith(
    form,
    submit,
    async () => {
      const chosen = decision();
      const noJustification = require(justification, !justification.input.value.trim(), 'Indiquez ce qui motive la décision.');
      const noLessons = require(lessons, chosen === 'Clore' && !lessons.input.value.trim(), 'La clôture du partenariat demande les leçons apprises.');
      if (noJustification || noLessons) throw new FieldsInError(form);
      decided(await view.call('decideEvaluation', d.id, { decision: chosen, justification: justification.input.value, lessons: lessons.input.value }));
    },
    { busy: 'Enregistrement…', confirm: () => `Décider « ${decision()} » pour ${d.partnerName} ? L’évaluation sera close.` },
  );
  return form;
}
