/** Satisfaction surveys: campaigns with live progress, creation and sending, aggregated scores. */
import type { CampaignDraft, CampaignReach, CampaignResults } from '../../domain/contracts';
import { LIFECYCLE_STAGES, PARTNER_CATEGORIES, PARTNER_TYPES } from '../../domain/schema/vocabulary';
import type { View } from './mount';
import type { EndpointName } from '../../domain/contracts/api';
import { el, linkOrText } from '../dom';
import { runAction } from '../action';
import { formatDateFr, formatNumberFr } from '../format';

export async function mountSurveys(view: View, id?: string): Promise<void> {
  if (id === 'new') return mountCampaignForm(view);
  if (id) return mountResults(view, id);
  const create = el('button', {
    className: 'primary',
    text: 'Nouvelle campagne',
    attrs: { type: 'button', 'data-action': 'new-campaign', 'data-endpoint': 'createCampaign' },
  });
  create.addEventListener('click', () => view.show('surveys', 'new'));
  view.container.append(view.heading('Enquêtes'), el('div', { className: 'toolbar' }, [create]));
  const campaigns = await view.call('listCampaigns');
  if (!campaigns.length) {
    view.container.appendChild(el('p', { className: 'empty', text: 'Aucune enquête de satisfaction pour le moment.' }));
    return;
  }
  view.container.appendChild(
    el(
      'ul',
      { className: 'partners', attrs: { 'data-testid': 'campaign-list' } },
      campaigns.map((c) => {
        const li = el('li', { className: 'partner', attrs: { 'data-id': c.id, tabindex: '0', role: 'button' } }, [
          el('div', { className: 'partner-head' }, [
            el('span', { className: 'partner-name', text: c.title }),
            el('span', { className: 'partner-acronym', text: c.period }),
          ]),
          el('div', {
            className: 'partner-meta',
            text: `${c.sent}/${c.targets} envoyés${c.queued ? ` (${c.queued} en attente)` : ''} · ${c.answered} réponses${c.responseRate !== null ? ` · ${formatNumberFr(c.responseRate)} %` : ''}`,
          }),
          el(
            'div',
            {
              className: 'progress',
              attrs: { role: 'progressbar', 'aria-valuenow': String(c.responseRate ?? 0), 'aria-valuemin': '0', 'aria-valuemax': '100' },
            },
            [el('span', { attrs: { style: `width:${Math.min(100, c.responseRate ?? 0)}%` } })],
          ),
          el('span', { className: 'badge', text: c.status }),
          c.bounced ? el('span', { className: 'badge quiet', text: `${c.bounced} adresse(s) en échec` }) : null,
        ]);
        li.addEventListener('click', () => view.show('surveys', c.id));
        return li;
      }),
    ),
  );
}

function checkboxes(name: string, values: readonly string[]): { box: HTMLElement; selected(): string[] } {
  const inputs = values.map((v) => el('input', { attrs: { type: 'checkbox', name, value: v } }));
  return {
    box: el('fieldset', { className: 'checks' }, [
      el('legend', { text: name }),
      ...inputs.map((i, k) => el('label', {}, [i, document.createTextNode(` ${values[k]}`)])),
    ]),
    selected: () => inputs.filter((i) => i.checked).map((i) => i.value),
  };
}

function mountCampaignForm(view: View): void {
  const field = (name: string, label: string, type = 'text', value = '') => {
    const i = el('input', { attrs: { name, type, 'aria-label': label } });
    i.value = value;
    return { i, box: el('label', { className: 'field' }, [el('span', { className: 'label', text: label }), i]) };
  };
  const title = field('title', 'Titre', 'text', 'Satisfaction des partenaires');
  const period = field('period', 'Période', 'text', String(new Date().getFullYear()));
  const send = field('sendDate', 'Date d’envoi', 'date');
  const close = field('closingDate', 'Date de clôture', 'date');
  const reminders = field('reminderDays', 'Relances (jours après l’envoi)', 'text', '7, 14');
  const types = checkboxes('Types', PARTNER_TYPES);
  const categories = checkboxes('Catégories', PARTNER_CATEGORIES);
  const stages = checkboxes('Étapes du cycle', LIFECYCLE_STAGES);
  const save = el('button', { className: 'primary', text: 'Créer la campagne', attrs: { type: 'submit' } });
  const form = el('form', { className: 'campaign-form', attrs: { novalidate: '', 'data-endpoint': 'createCampaign' } }, [
    view.heading('Nouvelle enquête'),
    title.box,
    period.box,
    send.box,
    close.box,
    reminders.box,
    types.box,
    categories.box,
    stages.box,
    save,
  ]);
  view.container.appendChild(form);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const draft: CampaignDraft = {
      title: title.i.value,
      period: period.i.value,
      target: { types: types.selected(), categories: categories.selected(), stages: stages.selected() },
      language: 'fr',
      sendDate: send.i.value,
      reminderDays: reminders.i.value
        .split(/[,;\s]+/)
        .filter(Boolean)
        .map(Number),
      closingDate: close.i.value,
    };
    void runAction(
      save,
      async () => {
        const c = await view.call('createCampaign', draft);
        view.show('surveys', c.id);
        view.notify(`Campagne ${c.id} créée : ${c.targets} destinataire(s).`);
      },
      { busy: 'Création du formulaire…' },
    );
  });
}

async function mountResults(view: View, id: string): Promise<void> {
  const [r, campaigns, reach] = await Promise.all([view.call('getCampaignResults', id), view.call('listCampaigns'), view.call('getCampaignReach', id)]);
  const c = r.campaign;
  const progress = campaigns.find((x) => x.id === id);
  const uncertain = progress?.uncertain ?? 0;
  const retrying = progress?.retrying ?? 0;
  const failing = progress?.failing ?? 0;
  const back = el('button', { className: 'link', text: '← Toutes les enquêtes', attrs: { type: 'button' } });
  back.addEventListener('click', () => view.show('surveys'));
  /** A button of the campaign's page: runs its call, then shows the page again with what was done. */
  const run = <T>(label: string, action: string, endpoint: EndpointName, fn: () => Promise<T>, done: (result: T) => string, confirm?: () => string) => {
    const b = el('button', { text: label, attrs: { type: 'button', 'data-action': action, 'data-endpoint': endpoint } });
    b.addEventListener(
      'click',
      () =>
        void runAction(
          b,
          async () => {
            const result = await fn();
            view.show('surveys', id);
            view.notify(done(result));
          },
          { busy: 'En cours…', confirm },
        ),
    );
    return b;
  };
  view.container.append(
    back,
    view.heading(c.title, 'partner-title'),
    el('div', { className: 'partner-meta', text: `${c.period} · ${c.status}${c.closingDate ? ` · clôture le ${formatDateFr(c.closingDate)}` : ''}` }),
    el('div', { className: 'toolbar' }, [
      run(
        'Envoyer',
        'send-campaign',
        'sendCampaign',
        () => view.call('sendCampaign', id),
        (s) =>
          `Envoi : ${s.sent}/${s.targets} envoyé(s)${s.queued ? `, ${s.queued} en attente (quota du jour atteint : partiront à la prochaine exécution)` : ''}.`,
        () => sendQuestion(c, reach),
      ),
      run(
        'Synchroniser les réponses',
        'sync',
        'syncSurveyResponses',
        () => view.call('syncSurveyResponses', id),
        (reports) => `Réponses synchronisées : ${reports.reduce((n, r) => n + r.stored, 0)} nouvelle(s).`,
      ),
    ]),
    uncertain
      ? el('p', {
          className: 'warning',
          text: `${uncertain} envoi(s) interrompu(s) : on ne sait pas si le courriel est parti. Un administrateur peut les renvoyer (le contact peut alors le recevoir deux fois).`,
        })
      : document.createTextNode(''),
    retrying
      ? el('p', {
          attrs: { 'data-testid': 'mail-retrying' },
          text: `${retrying} envoi(s) non parti(s) à cause d'une panne passagère de Gmail : nouvel essai automatique à la prochaine exécution (dans l'heure).`,
        })
      : document.createTextNode(''),
    failing
      ? el('p', {
          className: 'warning',
          attrs: { 'data-testid': 'mail-failing' },
          text: `${failing} envoi(s) non parti(s) après plusieurs essais (Gmail indisponible) : un administrateur peut les relancer.`,
        })
      : document.createTextNode(''),
    uncertain || failing
      ? run(
          uncertain ? 'Renvoyer les envois incertains' : 'Relancer les envois en échec',
          'resend-uncertain',
          'resendUncertain',
          () => view.call('resendUncertain', id),
          (r) => `${r.requeued} envoi(s) remis en file, ${r.sent} parti(s).`,
        )
      : document.createTextNode(''),
    el('p', {
      attrs: { 'data-testid': 'campaign-progress' },
      text: `${c.sent}/${c.targets} envoyés · ${c.queued} en attente · ${c.answered} réponses${c.responseRate !== null ? ` (${formatNumberFr(c.responseRate)} %)` : ''}`,
    }),
    c.formUrl ? linkOrText('Ouvrir le formulaire', c.formUrl) : document.createTextNode(''),
    unreachableSection(reach),
    results(r),
  );
}

function results(r: CampaignResults): HTMLElement {
  const fmt = (n: number | null) => (n === null ? '—' : formatNumberFr(n, 1));
  return el('section', { attrs: { 'data-testid': 'results' } }, [
    r.smallSample ? el('p', { className: 'warning', text: 'Moins de 5 réponses : ces scores ne sont pas représentatifs.' }) : null,
    el('h3', { text: 'Scores par dimension (sur 5)' }),
    el(
      'ul',
      { className: 'plain bars' },
      r.dimensions.map((d) =>
        el('li', {}, [
          el('div', { text: `${d.dimension} : ${fmt(d.mean)} (n = ${d.n})` }),
          el('div', { className: 'bar' }, [el('span', { attrs: { style: `width:${((d.mean ?? 0) / 5) * 100}%` } })]),
        ]),
      ),
    ),
    el('h3', { text: 'NPS' }),
    el('p', {
      attrs: { 'data-testid': 'nps' },
      text: `${r.nps.nps === null ? '—' : r.nps.nps} (promoteurs ${r.nps.promoters}, passifs ${r.nps.passives}, détracteurs ${r.nps.detractors}, n = ${r.nps.n})`,
    }),
    r.trend
      ? el('p', {
          className: 'muted',
          text: `Évolution depuis ${r.trend.previousCampaignId} : moyenne ${r.trend.meanDelta === null ? '—' : (r.trend.meanDelta >= 0 ? '+' : '') + formatNumberFr(r.trend.meanDelta, 1)}, NPS ${r.trend.npsDelta === null ? '—' : (r.trend.npsDelta >= 0 ? '+' : '') + r.trend.npsDelta}`,
        })
      : null,
    el('h3', { text: 'Par type de partenaire' }),
    el('table', { className: 'matrix' }, [
      el(
        'tbody',
        {},
        r.byPartnerType.map((g) => el('tr', {}, [el('th', { text: g.group }), el('td', { text: fmt(g.mean) }), el('td', { text: `n = ${g.n}` })])),
      ),
    ]),
    r.byPartner.length ? el('h3', { text: 'Par partenaire' }) : null,
    r.byPartner.length
      ? el('table', { className: 'matrix' }, [
          el(
            'tbody',
            {},
            r.byPartner.map((g) =>
              el('tr', {}, [el('th', { text: g.group }), el('td', { text: fmt(g.mean) }), el('td', { text: g.nps === null ? '' : `NPS ${g.nps}` })]),
            ),
          ),
        ])
      : null,
    r.unknownTokens ? el('p', { className: 'muted', text: `${r.unknownTokens} réponse(s) avec un lien inconnu, conservée(s) mais non comptée(s).` }) : null,
    r.duplicates
      ? el('p', {
          className: 'muted',
          attrs: { 'data-testid': 'duplicate-answers' },
          text: `${r.duplicates} réponse(s) de plus avec un lien déjà utilisé : conservée(s) dans Réponses (« doublon ») mais non comptée(s) ; la première réponse de chaque lien compte.`,
        })
      : null,
    el('h3', { text: `Commentaires (${r.comments.length})` }),
    el(
      'ul',
      { className: 'plain' },
      r.comments.map((t) => el('li', { text: t })),
    ),
  ]);
}

/** Asked before sending: how many invitations leave now within today's quota, how many wait, who cannot be reached. */
function sendQuestion(c: CampaignResults['campaign'], reach: CampaignReach): string {
  const now = Math.min(c.queued, Math.max(0, reach.mailQuota));
  const later = c.queued - now;
  return [
    `Envoyer maintenant l’enquête « ${c.title} » ?`,
    `${now} invitation(s) partiront maintenant.`,
    later ? `${later} resteront en attente (quota quotidien de Gmail atteint) et partiront automatiquement les jours suivants.` : '',
    reach.unreachable.length ? `${reach.unreachable.length} partenaire(s) sans adresse utilisable ne recevront rien (voir la liste sur la page).` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The targets no invitation can reach, by name, with why: the user fixes their address in Contacts. */
function unreachableSection(reach: CampaignReach): Node {
  if (!reach.unreachable.length) return document.createTextNode('');
  return el('section', { attrs: { 'data-testid': 'unreachable' } }, [
    el('h3', { text: `Sans adresse utilisable (${reach.unreachable.length})` }),
    el(
      'ul',
      { className: 'plain' },
      reach.unreachable.map((u) => el('li', { text: `${u.partnerName}${u.contactName ? ` (${u.contactName})` : ''} : ${u.reason}` })),
    ),
  ]);
}
