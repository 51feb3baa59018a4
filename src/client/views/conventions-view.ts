/** Conventions: list, generation from templates (with commitments), versions, approval circuit, signatures. */
import type { ConventionDetail, ConventionDraft, ConventionSummary, RecordInput } from '../../domain/contracts';
import { COMMITMENTS, CONVENTIONS } from '../../domain/schema/tables';
import { fieldByKey } from '../../domain/schema/field';
import { normaliseValue } from '../../domain/records/normalise';
import { CONVENTION_TYPES } from '../../domain/schema/vocabulary';
import type { callServer } from '../server-api';
import type { EndpointName } from '../../domain/contracts/api';
import type { View } from './mount';
import { clear, el, linkOrText } from '../dom';
import { FieldsInError, runAction, submitWith } from '../action';
import { formatDateFr, formatMoney, formatNumberFr } from '../format';
import { partnerPicker, searchThrough } from '../partner-picker';
import { recordForm, type RecordForm } from '../record-form';
import { problemsNote } from './row-problems';
import { awaitingMeToggle, markAwaitingMe } from './awaiting-me';

export async function mountConventions(view: View, id?: string): Promise<void> {
  if (id === 'new') return mountConventionForm(view);
  if (id && id !== 'templates') return mountConventionDetail(view, id);
  if (id === 'templates') return mountTemplates(view);
  const create = el('button', {
    className: 'primary',
    text: 'Nouvelle convention',
    attrs: { type: 'button', 'data-action': 'new-convention', 'data-endpoint': 'generateConvention' },
  });
  create.addEventListener('click', () => view.show('conventions', 'new'));
  const templates = el('button', { text: 'Modèles', attrs: { type: 'button', 'data-action': 'templates' } });
  templates.addEventListener('click', () => view.show('conventions', 'templates'));
  view.container.append(view.heading('Conventions'), el('div', { className: 'toolbar' }, [create, templates]));
  const [list, { role }] = await Promise.all([view.call('listConventions'), view.session]);
  if (!list.length) {
    view.container.appendChild(el('p', { className: 'empty', text: 'Aucune convention pour le moment.' }));
    return;
  }
  const ul = el('ul', { className: 'partners', attrs: { 'data-testid': 'convention-list' } });
  for (const c of list) {
    const li = el('li', { className: 'partner', attrs: { 'data-id': c.id, tabindex: '0', role: 'button' } }, [
      el('div', { className: 'partner-head' }, [
        el('span', { className: 'partner-name', text: c.partnerName }),
        el('span', { className: 'partner-acronym', text: `${c.id} v${c.version}` }),
      ]),
      el('div', {
        className: 'partner-meta',
        text: [c.type, c.amount !== null ? formatMoney(c.amount) : '', c.endDate ? `jusqu’au ${formatDateFr(c.endDate)}` : ''].filter(Boolean).join(' · '),
      }),
      el('span', { className: 'badge', text: c.status }),
      c.awaitingRole ? el('span', { className: 'badge quiet', text: `attend : ${c.awaitingRole}` }) : null,
      problemsNote(c.problems),
    ]);
    if (c.awaitingRole === role) markAwaitingMe(li);
    li.addEventListener('click', () => view.show('conventions', c.id));
    ul.appendChild(li);
  }
  view.container.append(awaitingMeToggle(ul) ?? '', ul);
}

const COMMITMENT_FIELDS = ['kind', 'label', 'due', 'owner', 'party', 'amount'];

async function mountConventionForm(view: View, previous?: ConventionDetail): Promise<void> {
  const opportunity = el('select', { attrs: { name: 'opportunityId', 'aria-label': 'Opportunité' } }, [
    el('option', { text: '— Opportunité (facultatif) —', attrs: { value: '' } }),
  ]);
  const amends = el('select', { attrs: { id: 'f-convention-amends', name: 'amends' } }, [
    el('option', { text: '— Convention modifiée —', attrs: { value: '' } }),
  ]);
  let conventions: Promise<ConventionSummary[] | undefined> | undefined;
  /** The partner's opportunities and conventions (an avenant amends one of them), by name. */
  const loadPartnerChoices = (partnerId: string) =>
    view.guard(async () => {
      opportunity.replaceChildren(el('option', { text: '— Opportunité (facultatif) —', attrs: { value: '' } }));
      amends.replaceChildren(el('option', { text: '— Convention modifiée —', attrs: { value: '' } }));
      if (!partnerId) return;
      conventions ??= view.guard(() => view.call('listConventions'));
      const [d, all] = await Promise.all([view.call('getPartner', partnerId), conventions]);
      for (const o of d.opportunities) opportunity.appendChild(el('option', { text: `${o.title} (${o.stage})`, attrs: { value: o.id } }));
      for (const c of (all ?? []).filter((x) => x.partnerId === partnerId && x.id !== previous?.convention.id))
        amends.appendChild(el('option', { text: conventionLabel(c), attrs: { value: c.id } }));
    });
  const partner = partnerPicker(searchThrough(view), {
    id: 'f-convention-partner',
    label: 'Partenaires trouvés',
    onChange: (id) => void loadPartnerChoices(id),
  });
  const type = el(
    'select',
    { attrs: { name: 'type', 'aria-label': 'Type de convention' } },
    CONVENTION_TYPES.map((t) => el('option', { text: t, attrs: { value: t } })),
  );
  const input = (name: string, label: string, t = 'text') => {
    const i = el('input', { attrs: { name, type: t, 'aria-label': label, 'aria-describedby': `f-convention-${name}-error` } });
    const error = el('div', { className: 'field-error', attrs: { id: `f-convention-${name}-error`, 'aria-live': 'polite' } });
    return { i, error, box: el('label', { className: 'field' }, [el('span', { className: 'label', text: label }), i, error]) };
  };
  const amendsError = el('div', { className: 'field-error', attrs: { id: 'f-convention-amends-error', 'aria-live': 'polite' } });
  amends.setAttribute('aria-describedby', amendsError.id);
  const amendsBox = el('label', { className: 'field', attrs: { for: amends.id } }, [
    el('span', { className: 'label', text: 'Convention modifiée (avenant) *' }),
    amends,
    amendsError,
  ]);
  // style, not the hidden attribute: the fields' display rule would show it anyway.
  const showAmends = () => (amendsBox.style.display = type.value === 'Avenant' ? '' : 'none');
  type.addEventListener('change', showAmends);
  const start = input('startDate', 'Date de début', 'date');
  const end = input('endDate', 'Date de fin', 'date');
  const amount = input('amount', 'Montant (FCFA)');
  const inKind = input('inKind', 'Contribution en nature valorisée (FCFA)');
  const inKindDescription = input('inKindDescription', 'Nature de la contribution');
  const purpose = el('textarea', { attrs: { name: 'purpose', rows: '3', 'aria-label': 'Objet de la convention' } });

  // Each form with the ID of the commitment it edits ('' for a new one): sent back, the server keeps the row and its history.
  const commitments: { id: string; form: RecordForm; legend: HTMLElement }[] = [];
  const commitmentsBox = el('div');
  let commitmentsMade = 0;
  const addCommitment = (initial: RecordInput = { kind: 'Livrable', party: 'Nous' }, id = '') => {
    commitmentsMade++;
    const f = recordForm(COMMITMENTS, COMMITMENT_FIELDS, initial, { idSuffix: commitmentsMade > 1 ? `-${commitmentsMade}` : '' });
    const legend = el('legend', { text: `Engagement ${commitments.length + 1}` });
    const entry = { id, form: f, legend };
    commitments.push(entry);
    // Removed from this version: the server cancels it with « retiré en vN » (its row and history stay).
    const remove = el('button', { className: 'link', text: 'Retirer cet engagement', attrs: { type: 'button', 'data-action': 'remove-commitment' } });
    const box = el('fieldset', { className: 'contact' }, [legend, f.element, remove]);
    remove.addEventListener('click', () => {
      commitments.splice(commitments.indexOf(entry), 1);
      box.remove();
      commitments.forEach((c, i) => (c.legend.textContent = `Engagement ${i + 1}`));
    });
    commitmentsBox.appendChild(box);
  };
  const add = el('button', { className: 'link', text: '+ Ajouter un engagement', attrs: { type: 'button', 'data-action': 'add-commitment' } });
  add.addEventListener('click', () => addCommitment());

  if (previous) {
    // Every field as in the previous version: partner and opportunity by name, amounts as the French write them.
    const c = previous.convention;
    const texts = previous.texts;
    type.value = c.type;
    start.i.value = c.startDate;
    end.i.value = c.endDate;
    amount.i.value = c.amount === null ? '' : formatNumberFr(c.amount);
    inKind.i.value = c.inKind === null ? '' : formatNumberFr(c.inKind);
    inKindDescription.i.value = texts?.inKindDescription ?? '';
    purpose.value = texts?.purpose ?? '';
    // Cancelled ones are history: a new version neither shows nor re-sends them.
    for (const k of previous.commitments.filter((k) => k.status !== 'Annulé'))
      addCommitment(
        { kind: k.kind, label: k.label, due: k.due, owner: k.owner, party: k.party, amount: k.amount === null ? null : formatNumberFr(k.amount) },
        k.id,
      );
    partner.set({ id: c.partnerId, name: c.partnerName });
    partner.input.disabled = true;
    await loadPartnerChoices(c.partnerId);
    opportunity.value = c.opportunityId;
    amends.value = texts?.amends ?? '';
  } else addCommitment();
  showAmends();

  const generate = el('button', {
    className: 'primary',
    text: previous ? `Générer la version ${previous.convention.version + 1}` : 'Générer la convention',
    attrs: { type: 'submit' },
  });
  const form = el('form', { className: 'convention-form', attrs: { novalidate: '', 'data-endpoint': 'generateConvention' } }, [
    view.heading(previous ? `Nouvelle version de ${previous.convention.id}` : 'Nouvelle convention'),
    el('div', { className: 'field' }, [el('label', { className: 'label', text: 'Partenaire *', attrs: { for: partner.input.id } }), partner.element]),
    opportunity,
    type,
    amendsBox,
    start.box,
    end.box,
    amount.box,
    inKind.box,
    inKindDescription.box,
    el('label', { className: 'field' }, [el('span', { className: 'label', text: 'Objet' }), purpose]),
    el('h3', { text: 'Engagements' }),
    commitmentsBox,
    add,
    el('div', { className: 'actions' }, [generate]),
  ]);
  view.container.appendChild(form);
  /** An amount is sent as typed (« 12,5 millions »): the server reads it; one it cannot read is refused here first, at its field. */
  const amountField = (f: { i: HTMLInputElement; error: HTMLElement }): { typed: string | null; ok: boolean } => {
    const typed = f.i.value.trim();
    const read = normaliseValue(fieldByKey(CONVENTIONS, 'amount'), typed);
    f.error.textContent = read.ok ? '' : `« ${typed} » n’est pas un montant lisible (attendu : ${read.expected}).`;
    f.i.setAttribute('aria-invalid', String(!read.ok));
    return { typed: typed || null, ok: read.ok };
  };
  submitWith(
    form,
    generate,
    () =>
      generateFrom(
        commitments.map(({ id, form }, i) => {
          const r = form.validated(`Engagement ${i + 1}`);
          return r && id ? { ...r, id } : r;
        }),
      ),
    { busy: 'Génération en cours…' },
  );
  const generateFrom = async (rows: (RecordInput | null)[]) => {
    const typedAmount = amountField(amount);
    const typedInKind = amountField(inKind);
    const avenantWithout = type.value === 'Avenant' && !amends.value;
    amendsError.textContent = avenantWithout ? 'Choisissez la convention que cet avenant modifie.' : '';
    amends.setAttribute('aria-invalid', String(avenantWithout));
    if (!typedAmount.ok || !typedInKind.ok || avenantWithout) throw new FieldsInError(form, 'Corrigez les champs signalés en rouge : rien n’a été généré.');
    if (rows.some((r) => !r)) throw new FieldsInError(form, 'Corrigez les engagements signalés : rien n’a été généré.');
    const draft: ConventionDraft = {
      id: previous?.convention.id,
      partnerId: partner.value(),
      opportunityId: opportunity.value || undefined,
      type: type.value,
      amends: type.value === 'Avenant' ? amends.value : undefined,
      startDate: start.i.value,
      endDate: end.i.value,
      amount: typedAmount.typed,
      currency: previous?.texts?.currency || undefined,
      inKind: typedInKind.typed,
      inKindDescription: inKindDescription.i.value,
      purpose: purpose.value,
      commitments: rows as RecordInput[],
    };
    const d = await view.call('generateConvention', draft);
    view.show('conventions', d.convention.id);
    view.notify(`Convention ${d.convention.id} v${d.convention.version} générée.`);
  };
}

/** « CONV-0003 · Accord de financement · 1er mars 2026 »: how a convention is named in the avenant's picker. */
const conventionLabel = (c: ConventionSummary): string => [c.id, c.type, c.startDate ? formatDateFr(c.startDate) : ''].filter(Boolean).join(' · ');

async function mountConventionDetail(view: View, id: string): Promise<void> {
  const d = await view.call('getConvention', id);
  const c = d.convention;
  const hosts = d.linkHosts ?? [];
  const back = el('button', { className: 'link', text: '← Toutes les conventions', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('conventions'));
  const act: Act = (label, action, run, done, endpoint) => {
    const b = el('button', { text: label, attrs: { type: 'button', 'data-action': action, 'data-endpoint': endpoint } });
    b.addEventListener(
      'click',
      () =>
        void runAction(b, async () => {
          await run();
          view.show('conventions', id);
          view.notify(done);
        }),
    );
    return b;
  };
  const newVersion = el('button', { text: 'Nouvelle version', attrs: { type: 'button', 'data-action': 'new-version', 'data-endpoint': 'generateConvention' } });
  newVersion.addEventListener('click', () => {
    clear(view.container);
    void view.guard(() => mountConventionForm(view, d));
  });
  view.container.append(
    back,
    view.heading(`${c.id} — ${c.partnerName}`, 'partner-title'),
    el('div', {
      className: 'partner-meta',
      text: [c.type, `version ${c.version}`, c.amount !== null ? formatMoney(c.amount) : ''].filter(Boolean).join(' · '),
    }),
    el('span', { className: 'badge', attrs: { 'data-testid': 'convention-status' }, text: c.status }),
    problemsNote(c.problems) ?? '',
    el('div', { className: 'toolbar' }, [
      c.status === 'Brouillon'
        ? act(
            'Soumettre au circuit',
            'submit',
            () => view.call('submitForValidation', id),
            'Convention soumise au circuit de validation.',
            'submitForValidation',
          )
        : null,
      newVersion,
    ]),
    el('h3', { text: 'Versions' }),
    el(
      'ul',
      { className: 'plain' },
      d.versions.map((v) =>
        el('li', {}, [
          el('strong', { text: `v${v.version}` }),
          document.createTextNode(` · ${v.generatedBy} · ${formatDateFr(v.generatedAt.slice(0, 10))} · `),
          linkOrText('Doc', v.docUrl, hosts),
          document.createTextNode(' · '),
          linkOrText('PDF', v.pdfUrl, hosts),
          problemsNote(v.problems),
        ]),
      ),
    ),
    circuitSection(view, d, act),
    pendingMailSection(view, d, id, act),
    signatureSection(view, d),
    clauseSection(view, d, id, act),
    el('h3', { text: `Engagements (${d.commitments.length})` }),
    el(
      'ul',
      { className: 'plain' },
      d.commitments.map((k) =>
        el('li', { className: k.overdue ? 'overdue' : '' }, [
          document.createTextNode(`${formatDateFr(k.due)} · ${k.kind} · ${k.label}${k.amount !== null ? ` · ${formatMoney(k.amount)}` : ''} · ${k.status}`),
          problemsNote(k.problems),
        ]),
      ),
    ),
    el('h3', { text: 'PV, notes et arbitrages' }),
    el(
      'ul',
      { className: 'plain' },
      d.attachments.map((a) => el('li', {}, [linkOrText(a.name, a.url, hosts)])),
    ),
    attachForm(view, c.id),
  );
  if (d.notice) view.notify(d.notice);
}

/** Attach minutes: a Doc generated from the PV template (with its text), or a link to an existing file. */
function attachForm(view: View, conventionId: string): HTMLElement {
  const kind = el(
    'select',
    { attrs: { name: 'kind', 'aria-label': 'Nature du document' } },
    ['PV', 'Note de synthèse', 'Arbitrage'].map((k) => el('option', { text: k, attrs: { value: k } })),
  );
  const title = el('input', { attrs: { name: 'title', placeholder: 'Titre (ex. PV de la réunion de négociation)', 'aria-label': 'Titre' } });
  const date = el('input', { attrs: { name: 'date', type: 'date', 'aria-label': 'Date' } });
  const body = el('textarea', { attrs: { name: 'body', rows: '4', placeholder: 'Contenu (un Doc sera créé à partir du modèle)', 'aria-label': 'Contenu' } });
  const url = el('input', { attrs: { name: 'url', type: 'url', placeholder: 'ou lien d’un fichier existant', 'aria-label': 'Lien' } });
  const save = el('button', { text: 'Joindre', attrs: { type: 'submit' } });
  const form = el('form', { className: 'attach-form', attrs: { novalidate: '', 'data-endpoint': 'attachMinutes' } }, [kind, title, date, body, url, save]);
  submitWith(
    form,
    save,
    async () => {
      const link = await view.call('attachMinutes', conventionId, {
        kind: kind.value as 'PV' | 'Note de synthèse' | 'Arbitrage',
        title: title.value,
        date: date.value,
        body: body.value || undefined,
        url: url.value || undefined,
      });
      view.show('conventions', conventionId);
      view.notify(`Document joint : ${link.name}.`);
    },
    { busy: 'Envoi…' },
  );
  return form;
}

/** Templates are ordinary Google Docs the organisation edits; check one before generating. */
async function mountTemplates(view: View): Promise<void> {
  const back = el('button', { className: 'link', text: '← Conventions', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('conventions'));
  const prepare = el('button', {
    text: 'Créer les modèles manquants',
    attrs: { type: 'button', 'data-action': 'prepare-templates', 'data-endpoint': 'prepareTemplates' },
  });
  const list = el('ul', { className: 'plain', attrs: { 'data-testid': 'templates' } });
  const render = (templates: Awaited<ReturnType<typeof callServer<'listTemplates'>>>) =>
    list.replaceChildren(
      ...templates.map((t) => {
        const problems = el('div');
        const check = el('button', {
          className: 'link',
          text: 'Vérifier',
          attrs: { type: 'button', 'data-action': 'check-template', 'data-endpoint': 'checkTemplate' },
        });
        check.addEventListener(
          'click',
          () =>
            void runAction(
              check,
              async () => {
                const found = await view.call('checkTemplate', t.key);
                problems.replaceChildren(
                  found.length
                    ? el(
                        'ul',
                        { className: 'plain errors' },
                        found.map((p) => el('li', { text: `${p.placeholder} (${p.location}) : ${p.message}` })),
                      )
                    : el('p', { className: 'success', text: 'Modèle correct.' }),
                );
              },
              { busy: 'Vérification…' },
            ),
        );
        return el('li', {}, [
          t.docId ? linkOrText(t.name, t.url) : el('span', { text: `${t.name} (pas encore créé)` }),
          document.createTextNode(' '),
          t.docId ? check : null,
          problems,
        ]);
      }),
    );
  prepare.addEventListener(
    'click',
    () => void runAction(prepare, async () => render(await view.call('prepareTemplates')), { busy: 'Création des modèles…', done: 'Modèles prêts.' }),
  );
  view.container.append(
    back,
    view.heading('Modèles de documents'),
    el('p', { className: 'muted', text: 'Modifiez ces Google Docs librement : les champs {{…}} sont remplis à la génération.' }),
    prepare,
    list,
  );
  render(await view.call('listTemplates'));
}

/** A button of the convention's page: runs its call, then shows the page again with `done` confirmed. */
type Act = (label: string, action: string, run: () => Promise<unknown>, done: string, endpoint: EndpointName) => HTMLElement;

function circuitSection(view: View, d: ConventionDetail, act: Act): HTMLElement {
  const comment = el('textarea', {
    attrs: { rows: '2', placeholder: 'Commentaire (obligatoire pour un rejet ou une demande de modifications)', 'aria-label': 'Commentaire' },
  });
  const decide = (decision: 'approuver' | 'rejeter' | 'demander des modifications') =>
    view.call('decideValidation', d.convention.id, d.convention.version, decision, comment.value);
  return el('section', { attrs: { 'data-testid': 'circuit' } }, [
    el('h3', { text: 'Circuit de validation' }),
    el(
      'ol',
      { className: 'circuit' },
      d.circuit.map((s) =>
        el('li', { className: `step ${s.status.replace(/\s/g, '-')}` }, [
          el('strong', { text: s.role }),
          document.createTextNode(` — ${s.status}${s.by ? ` par ${s.by}` : ''}${s.at ? `, ${formatDateFr(s.at.slice(0, 10))}` : ''}`),
          s.comment ? el('div', { className: 'muted', text: s.comment }) : null,
        ]),
      ),
    ),
    d.canDecide ? comment : null,
    d.canDecide
      ? el('div', { className: 'actions' }, [
          act('Approuver', 'approve', () => decide('approuver'), 'Approbation enregistrée.', 'decideValidation'),
          act(
            'Demander des modifications',
            'request-changes',
            () => decide('demander des modifications'),
            'Demande de modifications enregistrée.',
            'decideValidation',
          ),
          act('Rejeter', 'reject', () => decide('rejeter'), 'Rejet enregistré.', 'decideValidation'),
        ])
      : null,
  ]);
}

/** For an admin: the convention's e-mails not sent yet, with a manual retry of a failed one. */
function pendingMailSection(view: View, d: ConventionDetail, id: string, act: Act): Node {
  const mails = d.pendingMail ?? [];
  if (mails.length === 0) return document.createTextNode('');
  return el('section', { attrs: { 'data-testid': 'pending-mail' } }, [
    el('h3', { text: `E-mails non partis (${mails.length})` }),
    el(
      'ul',
      { className: 'plain' },
      mails.map((m) =>
        el('li', {}, [
          el('span', { text: `${m.subject} → ${m.to} · ${m.status}${m.error ? ` · ${m.error}` : ''} ` }),
          m.status === 'échec' ? act('Relancer', 'retry-mail', () => view.call('retryMail', id, m.id), 'E-mail relancé.', 'retryMail') : null,
        ]),
      ),
    ),
  ]);
}

/** The dated obligations found in the version's text: checked ones added to Engagements in one action, or one set aside. */
function clauseSection(view: View, d: ConventionDetail, id: string, act: Act): Node {
  const proposals = d.clauseProposals ?? [];
  if (proposals.length === 0) return document.createTextNode('');
  const boxes = proposals.map((p) => {
    const box = el('input', { attrs: { type: 'checkbox', checked: '', value: p.key } }) as HTMLInputElement;
    const every = p.everyMonths ? ` · tous les ${p.everyMonths} mois jusqu’au ${formatDateFr(p.until)}` : '';
    const amount = p.amount !== null ? ` · ${formatMoney(p.amount, p.currency)}` : '';
    const item = el('li', { attrs: { title: p.source } }, [
      el('label', {}, [box, document.createTextNode(` ${formatDateFr(p.due)} · ${p.kind} · ${p.party} · ${p.label}${amount}${every} `)]),
      act('Écarter', 'dismiss-clause', () => view.call('dismissClauseProposal', id, p.key), 'Obligation écartée.', 'dismissClauseProposal'),
    ]);
    return { box, item };
  });
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.box.value);
  return el('section', { attrs: { 'data-testid': 'clause-proposals' } }, [
    el('h3', { text: 'Obligations trouvées dans le texte' }),
    el(
      'ul',
      { className: 'plain checks' },
      boxes.map((b) => b.item),
    ),
    act(
      'Ajouter aux engagements',
      'confirm-clauses',
      () => view.call('confirmClauseCommitments', id, chosen()),
      'Obligations ajoutées aux engagements.',
      'confirmClauseCommitments',
    ),
  ]);
}

function signatureSection(view: View, d: ConventionDetail): HTMLElement {
  const c = d.convention;
  const box = el('section', {}, [
    el('h3', { text: 'Signatures' }),
    el(
      'ul',
      { className: 'plain' },
      d.signatures.map((s) => el('li', { text: `${s.party === 'nous' ? 'Notre organisation' : 'Partenaire'} : ${s.signatory}, ${formatDateFr(s.date)}` })),
    ),
  ]);
  if (!['Validée', 'Signée'].includes(c.status) || d.signatures.length >= 2) return box;
  const party = el('select', { attrs: { 'aria-label': 'Partie signataire', name: 'party' } }, [
    el('option', { text: 'Notre organisation', attrs: { value: 'nous' } }),
    el('option', { text: 'Partenaire', attrs: { value: 'partenaire' } }),
  ]);
  const date = el('input', { attrs: { type: 'date', name: 'signedOn', 'aria-label': 'Date de signature' } });
  const who = el('input', { attrs: { name: 'signatory', placeholder: 'Signataire (nom, fonction)', 'aria-label': 'Signataire' } });
  const pdf = el('input', { attrs: { name: 'signedPdfUrl', type: 'url', placeholder: 'Lien du PDF signé (facultatif)', 'aria-label': 'Lien du PDF signé' } });
  const upload = el('input', { attrs: { name: 'signedPdf', type: 'file', accept: 'application/pdf', 'aria-label': 'ou déposer le PDF signé' } });
  const save = el('button', { className: 'primary', text: 'Enregistrer la signature', attrs: { type: 'submit' } });
  const form = el('form', { className: 'signature-form', attrs: { novalidate: '', 'data-endpoint': 'recordSignature uploadSignedPdf' } }, [
    party,
    date,
    who,
    pdf,
    upload,
    save,
  ]);
  submitWith(
    form,
    save,
    async () => {
      const file = upload.files?.[0];
      const signedPdf = file ? { name: file.name, mimeType: file.type || 'application/pdf', base64: await readAsDataUrl(file) } : undefined;
      await view.call('recordSignature', c.id, {
        party: party.value as 'nous' | 'partenaire',
        date: date.value,
        signatory: who.value,
        signedPdfUrl: pdf.value || undefined,
        signedPdf,
      });
      view.show('conventions', c.id);
      view.notify('Signature enregistrée.');
    },
    { busy: 'Enregistrement…' },
  );
  box.appendChild(form);
  return box;
}

/** The file as a data: URL (the server accepts base64 with or without its data: prefix). */
function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new Error(`Lecture impossible du fichier « ${file.name} ».`));
    reader.readAsDataURL(file);
  });
}
