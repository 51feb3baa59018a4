/**
 * A partner's joint evaluation: our grid and the partner's Form, both sides compared with the gaps,
 * the satisfaction, the commitments' compliance and the past evaluations, then the decision.
 */
import type { EvaluationDetail } from '../../domain/contracts/evaluation';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { formatDateFr } from '../format';
import { comparison } from './evaluation-compare';
import { decisionSection, gridForm, partnerFormSection } from './evaluation-forms';

export async function mountEvaluation(view: View, id = ''): Promise<void> {
  draw(view, await view.call('getEvaluation', id));
}

function draw(view: View, d: EvaluationDetail): void {
  const back = el('button', { className: 'link', text: `← ${d.partnerName}`, attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('partners', d.partnerId));
  const compared = el('div', {}, comparison(view, d));
  /** After a save or a send: what both sides show now (the grid keeps what the user sees). */
  const refresh = (next: EvaluationDetail) => compared.replaceChildren(...comparison(view, next));
  const open = d.status !== 'Décidée';
  view.container.replaceChildren(
    back,
    view.heading(`Évaluation conjointe — ${d.partnerName}`, 'evaluation-title'),
    el('p', {
      className: 'muted',
      attrs: { 'data-testid': 'evaluation-meta' },
      text: [d.id, d.status, d.due && `échéance ${formatDateFr(d.due)}`, d.owner].filter(Boolean).join(' · '),
    }),
    // « Clore » wrote the closing report: the document to hand over, beside the decision.
    ...(d.closingReportUrl ? [el('p', { className: 'closing-report' }, [linkOrText('Rapport de clôture (Google Docs)', d.closingReportUrl)])] : []),
    ...(open ? [gridForm(view, d, refresh), partnerFormSection(view, d, refresh)] : []),
    compared,
    decisionSection(view, d, (next) => {
      draw(view, next);
      view.notify(`Décision enregistrée : ${next.decision}.`);
    }),
  );
}
