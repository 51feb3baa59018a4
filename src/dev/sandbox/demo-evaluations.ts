/**
 * Demo joint evaluations, through Pacte's own API as the staff and the partner would act: the
 * partner of the active convention answers a satisfaction survey, has one evaluation completed
 * (our grid, its Google Form answered through its personal link, a flagged gap, decided
 * « Maintenir ») and a new one in progress, due today in its owner's « Ma semaine ». Call after the commitments (the compliance counts them).
 */
import type { LoadedScript } from '../load-script';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { CARRIER } from '../../domain/evaluation/partner-form';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { _outbox } from '../emulator/mail';
import { _submitFromUrl } from '../emulator/forms';
import { DEMO_USERS } from './demo-data';

/** The latest e-mailed Form link to `email`. */
function lastLink(loaded: LoadedScript, email: string): string {
  const mails = _outbox(loaded.world).filter((m) => m.to[0] === email);
  return /https:\/\/docs\.google\.com\/forms\/\S+/.exec(mails[mails.length - 1].body)![0];
}

/** A campaign's Form item IDs by question key. */
function formItems(loaded: LoadedScript, campaignId: string): Record<string, number> {
  return loaded.world.run(() => {
    const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
    return JSON.parse(String(SheetTable.open(ctx, CAMPAIGNS).getOrThrow(campaignId).record.formItems)) as Record<string, number>;
  });
}

/** Answers `campaignId`'s Form through `email`'s personal link, by question key; the hourly sync's catch-up after. */
function answer(loaded: LoadedScript, campaignId: string, email: string, byKey: Record<string, string | number>): void {
  const items = formItems(loaded, campaignId);
  const answers: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(byKey)) answers[String(items[k])] = v;
  loaded.world.clock.advance(10 * 60 * 1000);
  _submitFromUrl(loaded.world, lastLink(loaded, email), answers);
  loaded.call('syncSurveyResponses', [campaignId], { user: DEMO_USERS.admin });
}

/** The partner's answers, 1–5 per dimension (1–2 rouge, 3 orange, 4–5 vert). */
const PARTNER_SCORES: Record<string, number> = { governance: 2, commitments: 4, results: 3, finance: 5, addedValue: 4, outlook: 5 };

export function seedEvaluations(loaded: LoadedScript): { completed: string; inProgress: string } {
  const { call } = loaded;
  const user = DEMO_USERS.chargee;
  const active = call('listConventions', [], { user }).find((c) => c.status === 'Active');
  if (!active) throw new Error('Demo evaluations: no active convention');
  const pid = active.partnerId;
  // Its own satisfaction survey (the evaluation view shows its scores and NPS).
  const survey = call(
    'createCampaign',
    [
      {
        title: 'Satisfaction — point annuel de la convention',
        period: '2026',
        target: { partnerIds: [pid] },
        language: 'fr',
        sendDate: '2026-03-12',
        reminderDays: [7],
        closingDate: '2026-04-12',
      },
    ],
    { user },
  );
  call('sendCampaign', [survey.id], { user });
  answer(loaded, survey.id, call('getPartner', [pid], { user }).contacts[0].email, {
    collaboration: 4,
    communication: 3,
    commitments: 4,
    accountability: 5,
    addedValue: 4,
    resultsSharing: 3,
    nps: 8,
    comments: 'Échanges réguliers avec l’équipe programme.',
  });
  const ratings = { governance: 'Vert', commitments: 'Vert', results: 'Orange', finance: 'Vert', addedValue: 'Vert', outlook: 'Orange' };
  const ours = call('saveEvaluation', [pid, { ratings, comments: 'Partenariat solide ; résultats à consolider dans deux communes.' }], { user });
  const sent = call('sendEvaluationForm', [ours.id], { user });
  const email = sent.recipient!.email;
  const campaignId = String(call('listCampaigns', [], { user }).find((c) => c.formUrl === sent.partner.formUrl)!.id);
  const byKey: Record<string, string | number> = { comments: 'Les comités de pilotage se réunissent trop rarement.' };
  for (const [dimension, score] of Object.entries(PARTNER_SCORES)) byKey[CARRIER[dimension]] = score;
  answer(loaded, campaignId, email, byKey);
  call(
    'decideEvaluation',
    [ours.id, { decision: 'Maintenir', justification: 'Résultats au rendez-vous ; le pilotage conjoint est à resserrer (écart sur la gouvernance).' }],
    { user },
  );
  const next = call('startEvaluation', [pid], { user });
  return { completed: ours.id, inProgress: next.id };
}
