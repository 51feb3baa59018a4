/** The dossier's buttons, each shown only to the roles that may use it at the dossier's status (DossierDetail.actions). */
import type { DossierDetail } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { runAction, submitWith } from '../action';

const today = () => new Date().toISOString().slice(0, 10);

function field(id: string, label: string, input: HTMLElement): HTMLElement {
  return el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]);
}

function select(id: string, values: readonly string[]): HTMLSelectElement {
  const s = el('select', { attrs: { id, name: id } });
  for (const v of values) s.appendChild(el('option', { text: v, attrs: { value: v } }));
  return s;
}

export function dossierActions(view: View, d: DossierDetail, redraw: (d: DossierDetail) => void): HTMLElement {
  const parts: HTMLElement[] = [];
  if (d.actions.askReview) {
    const b = el('button', { className: 'primary', text: 'Demander la revue interne', attrs: { type: 'button', 'data-action': 'ask-review' } });
    b.addEventListener(
      'click',
      () => void runAction(b, async () => redraw(await view.call('submitDossierForReview', d.id)), { busy: 'Vérification du dossier…' }),
    );
    parts.push(el('div', { className: 'actions' }, [b]));
  }
  if (d.actions.decideReview) {
    const comment = el('textarea', { attrs: { id: 'dossier-review-comment', rows: '2' } });
    const decide = (label: string, choice: 'approuver' | 'demander des modifications') => {
      const b = el('button', {
        className: choice === 'approuver' ? 'primary' : '',
        text: label,
        attrs: { type: 'button', 'data-action': `review-${choice === 'approuver' ? 'approve' : 'changes'}` },
      });
      b.addEventListener('click', () => void runAction(b, async () => redraw(await view.call('decideDossierReview', d.id, choice, comment.value))));
      return b;
    };
    parts.push(field('dossier-review-comment', 'Commentaire de revue', comment));
    parts.push(el('div', { className: 'actions' }, [decide('Approuver', 'approuver'), decide('Demander des modifications', 'demander des modifications')]));
  }
  if (d.actions.recordSubmission) {
    const date = el('input', { attrs: { id: 'dossier-submitted-on', type: 'date', value: today() } });
    const channel = select('dossier-channel', ['e-mail', 'portail', 'dépôt physique']);
    const reference = el('input', { attrs: { id: 'dossier-reference', type: 'text' } });
    const b = el('button', { className: 'primary', text: 'Enregistrer la soumission', attrs: { type: 'submit', 'data-action': 'record-submission' } });
    const f = el('form', { attrs: { novalidate: '' } }, [
      field('dossier-submitted-on', 'Date de soumission', date),
      field('dossier-channel', 'Canal', channel),
      field('dossier-reference', 'Référence (accusé de réception)', reference),
      el('div', { className: 'actions' }, [b]),
    ]);
    submitWith(f, b, async () =>
      redraw(
        await view.call('recordDossierSubmission', d.id, {
          date: date.value,
          channel: channel.value as 'e-mail' | 'portail' | 'dépôt physique',
          reference: reference.value || undefined,
        }),
      ),
    );
    parts.push(f);
  }
  if (d.actions.recordDecision) {
    const decision = select('dossier-decision', ['accepté', 'refusé']);
    const date = el('input', { attrs: { id: 'dossier-decided-on', type: 'date', value: today() } });
    const reason = el('textarea', { attrs: { id: 'dossier-reason', rows: '2' } });
    const b = el('button', { className: 'primary', text: 'Enregistrer la décision du bailleur', attrs: { type: 'submit', 'data-action': 'record-decision' } });
    const f = el('form', { attrs: { novalidate: '' } }, [
      field('dossier-decision', 'Décision du bailleur', decision),
      field('dossier-decided-on', 'Date de la décision', date),
      field('dossier-reason', 'Motif (si refusé)', reason),
      el('div', { className: 'actions' }, [b]),
    ]);
    submitWith(f, b, async () =>
      redraw(
        await view.call('recordFunderDecision', d.id, {
          decision: decision.value as 'accepté' | 'refusé',
          date: date.value,
          reason: reason.value || undefined,
        }),
      ),
    );
    parts.push(f);
  }
  return el('div', { className: 'dossier-actions' }, parts);
}
