/**
 * « Auto-évaluation »: the organisation's readiness as donors assess it (or a sub-partner's, when
 * opened with its ID): the grid area by area with its progress, the scores with the risk rating,
 * the gap plan, and the checklist of institutional documents with their files and expiry.
 */
import { ANSWERS, RISK_THRESHOLDS, type AssessmentDetail, type DocumentLine, type GridArea, type ReadinessOverview } from '../../domain/contracts/readiness';
import type { View } from './mount';
import { el, linkOrText } from '../dom';
import { runAction, submitWith } from '../action';
import { formatDateFr } from '../format';

let forms = 0;

export async function mountReadiness(view: View, partnerId = ''): Promise<void> {
  draw(view, await view.call('getReadiness', partnerId || null));
}

function draw(view: View, r: ReadinessOverview): void {
  const a = r.assessment;
  const open = a && a.status !== 'Terminée';
  view.container.replaceChildren(
    view.heading(r.partnerId ? `Évaluation de capacité — ${r.subject}` : 'Auto-évaluation de l’organisation', 'readiness-title'),
    el('p', {
      className: 'muted',
      text: 'Les domaines examinés par les bailleurs avant un financement (micro-évaluation HACT, NUPAS) : répondez, terminez, puis suivez le plan de renforcement.',
    }),
    ...(open ? [] : [startButton(view, r)]),
    ...(a && open ? [gridForm(view, r, a)] : []),
    ...(a && !open ? [scores(a), gapPlanSection(view, r, a)] : []),
    ...(r.documents.length ? [documentsSection(view, r.documents)] : []),
  );
}

function startButton(view: View, r: ReadinessOverview): HTMLElement {
  const label = r.assessment ? 'Démarrer une nouvelle auto-évaluation' : 'Démarrer l’auto-évaluation';
  const start = el('button', { className: 'primary', text: label, attrs: { type: 'button', 'data-endpoint': 'startAssessment' } });
  start.addEventListener(
    'click',
    () => void runAction(start, async () => draw(view, await view.call('startAssessment', r.partnerId || null)), { busy: 'Création…' }),
  );
  return el('div', { className: 'actions' }, [start]);
}

/** The questions of every area, each a radio group and its evidence; « Enregistrer » keeps the answers, « Terminer » saves then scores. */
function gridForm(view: View, r: ReadinessOverview, a: AssessmentDetail): HTMLElement {
  const n = ++forms;
  const progress = el('p', { className: 'readiness-progress', attrs: { 'data-testid': 'readiness-progress', 'aria-live': 'polite' } });
  const areas = r.areas.map((area) => areaFieldset(area, a, n));
  const answered = () => areas.flatMap((f) => [...f.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')]);
  const total = r.areas.reduce((s, x) => s + x.questions.length, 0);
  const showProgress = () => {
    progress.textContent = `${answered().length} / ${total} questions répondues`;
    for (const f of areas) {
      const count = f.querySelectorAll('input[type=radio]:checked').length;
      f.querySelector('.area-progress')!.textContent = `${count} / ${f.querySelectorAll('.question').length}`;
    }
  };
  const collect = () =>
    [...areas.flatMap((f) => [...f.querySelectorAll<HTMLElement>('.question')])].map((q) => ({
      code: q.dataset.code!,
      answer: q.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? '',
      evidence: q.querySelector<HTMLInputElement>('input[type=text]')!.value,
    }));
  const save = el('button', { className: 'primary', text: 'Enregistrer les réponses', attrs: { type: 'submit' } });
  const finish = el('button', { text: 'Terminer et calculer les scores', attrs: { type: 'button', 'data-endpoint': 'finishAssessment' } });
  const form = el(
    'form',
    { className: 'readiness-grid', attrs: { novalidate: '', 'data-endpoint': 'saveAssessmentAnswers', 'data-testid': 'readiness-grid' } },
    [
      el('p', { className: 'muted', text: `${a.id} · ${a.subject} · commencée le ${formatDateFr(a.date)}` }),
      progress,
      ...areas,
      el('div', { className: 'actions' }, [save, finish]),
    ],
  );
  form.addEventListener('change', showProgress);
  showProgress();
  // On a refusal the form stays as typed: only a success redraws the view.
  submitWith(form, save, async () => view.call('saveAssessmentAnswers', a.id, collect()), { busy: 'Enregistrement…', done: 'Réponses enregistrées.' });
  finish.addEventListener(
    'click',
    () =>
      void runAction(
        finish,
        async () => {
          await view.call('saveAssessmentAnswers', a.id, collect());
          const done = await view.call('finishAssessment', a.id);
          draw(view, done);
          view.notify(`Auto-évaluation terminée : ${done.assessment?.plan.length ?? 0} action(s) au plan de renforcement.`);
        },
        { busy: 'Calcul…', confirm: 'Terminer l’auto-évaluation ? Les réponses ne pourront plus être modifiées ; le plan de renforcement sera créé.' },
      ),
  );
  return form;
}

function areaFieldset(area: GridArea, a: AssessmentDetail, n: number): HTMLElement {
  return el('fieldset', { className: 'readiness-area', attrs: { 'data-area': area.key } }, [
    el('legend', {}, [document.createTextNode(`${area.label} (poids ${area.weight}) `), el('span', { className: 'area-progress muted' })]),
    ...area.questions.map((q) => {
      const given = a.answers[q.code];
      const name = `answer-${q.code}-${n}`;
      const evidence = el('input', {
        attrs: { type: 'text', maxlength: '5000', 'aria-label': `Justificatif — ${q.code}`, placeholder: 'Justificatif (document, lien…)' },
      });
      evidence.value = given?.evidence ?? '';
      return el('div', { className: 'question', attrs: { 'data-code': q.code, role: 'radiogroup', 'aria-label': q.text } }, [
        el('p', { text: `${q.code} — ${q.text}${q.critical ? ' (critique)' : ''}` }),
        el(
          'div',
          { className: 'answers' },
          ANSWERS.map((answer) => {
            const radio = el('input', { attrs: { type: 'radio', name, value: answer } });
            radio.checked = given?.answer === answer;
            return el('label', {}, [radio, document.createTextNode(` ${answer}`)]);
          }),
        ),
        evidence,
      ]);
    }),
  ]);
}

function scores(a: AssessmentDetail): HTMLElement {
  const s = a.score;
  const thresholds = RISK_THRESHOLDS.map((t) => `${t.level.toLowerCase()} dès ${t.min} %`).join(', ');
  return el('section', { attrs: { 'data-testid': 'readiness-scores' } }, [
    el('h3', { text: `Résultat — ${s.overall ?? '—'} % · risque ${s.risk?.toLowerCase() ?? 'non évalué'}` }),
    el(
      'ul',
      { className: 'plain' },
      s.areas.map((x) => el('li', { text: `${x.label} : ${x.score === null ? 'sans réponse' : `${x.score} %`} (${x.answered}/${x.questions})` })),
    ),
    el('p', {
      className: 'muted',
      text: `Risque ${thresholds}, élevé en dessous ; une question critique à « Non » le porte au moins à « significatif »${s.criticalGaps.length ? ` (ici : ${s.criticalGaps.join(', ')})` : ''}.`,
    }),
  ]);
}

function gapPlanSection(view: View, r: ReadinessOverview, a: AssessmentDetail): HTMLElement {
  return el('section', { attrs: { 'data-testid': 'gap-plan' } }, [
    el('h3', { text: `Plan de renforcement (${a.plan.length})` }),
    a.plan.length
      ? el(
          'ol',
          {},
          a.plan.map((p) => {
            const item = el('li', { attrs: { 'data-id': p.id } }, [
              el('strong', { text: `${p.priority} · ${p.action}` }),
              el('div', { className: 'muted', text: `${p.areaLabel} · ${p.owner || 'sans responsable'} · échéance ${formatDateFr(p.due)} · ${p.status}` }),
            ]);
            if (p.status === 'À faire' || p.status === 'En cours') {
              const done = el('button', { className: 'link', text: 'Marquer réalisée', attrs: { type: 'button', 'data-endpoint': 'markGapActionDone' } });
              done.addEventListener(
                'click',
                () => void runAction(done, async () => draw(view, await view.call('markGapActionDone', p.id, r.today)), { busy: '…' }),
              );
              item.append(done);
            }
            return item;
          }),
        )
      : el('p', { text: 'Aucun écart : toutes les réponses sont « Oui » ou « Sans objet ».' }),
  ]);
}

function documentsSection(view: View, docs: readonly DocumentLine[]): HTMLElement {
  return el('section', { attrs: { 'data-testid': 'institutional-documents' } }, [
    el('h3', { text: 'Documents institutionnels' }),
    el(
      'ul',
      { className: 'plain' },
      docs.map((d) => documentItem(view, d)),
    ),
  ]);
}

function documentItem(view: View, d: DocumentLine): HTMLElement {
  const n = ++forms;
  const field = (label: string, type: string, value: string) => {
    const id = `doc-${n}-${label.length}-${type}`;
    const input = el('input', { attrs: { id, type } });
    input.value = value;
    return { input, box: el('div', { className: 'field' }, [el('label', { text: label, attrs: { for: id } }), input]) };
  };
  const url = field('Lien du fichier (Drive)', 'url', d.fileUrl);
  const issued = field('Date d’émission', 'date', d.issuedOn);
  const expires = field('Date d’expiration', 'date', d.expiresOn);
  const save = el('button', { text: 'Enregistrer', attrs: { type: 'submit' } });
  const form = el('form', { attrs: { novalidate: '', 'data-endpoint': 'saveInstitutionalDocument' } }, [url.box, issued.box, expires.box, save]);
  submitWith(
    form,
    save,
    async () =>
      draw(
        view,
        await view.call('saveInstitutionalDocument', {
          document: d.document,
          fileUrl: url.input.value,
          issuedOn: issued.input.value || null,
          expiresOn: expires.input.value || null,
        }),
      ),
    { busy: 'Enregistrement…' },
  );
  return el('li', { className: `document status-${d.status === 'À jour' ? 'ok' : 'warn'}`, attrs: { 'data-document': d.document } }, [
    d.fileUrl ? linkOrText(d.document, d.fileUrl) : el('span', { text: d.document }),
    el('span', { className: 'muted', text: ` · ${d.status}${d.expiresOn ? ` · expire le ${formatDateFr(d.expiresOn)}` : ''}` }),
    el('details', {}, [el('summary', { text: 'Modifier' }), form]),
  ]);
}
