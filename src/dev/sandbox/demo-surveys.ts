/**
 * Demo of satisfaction surveys, through Pacte's own API as the staff would act, and partners
 * answering their personal links in the (emulated) Google Form — for the lead to wire into
 * demo-workbook.ts after the contacts are seeded:
 * - the survey triggers (one onFormSubmit trigger, the hourly dispatcher) come with *Initialiser le classeur*;
 * - the chargée creates « Satisfaction des partenaires 2026 » for the PTF / bailleurs and the
 *   international NGOs that have a contact (hand-picked IDs), then sends it;
 * - about two thirds of the partners answer (deterministic scores and comments), one twice
 *   (duplicate), and one answer carries an edited code (unknown token): « Réponses » and the
 *   « Tableau satisfaction » are filled by the real trigger.
 */
import type { LoadedScript } from '../load-script';
import type { CampaignSummary } from '../../domain/contracts';
import { CAMPAIGNS } from '../../domain/surveys/tables';
import { CONTACTS, PARTNERS } from '../../domain/schema/tables';
import { SheetTable } from '../../services/sheet-table';
import { createStoreContext } from '../../services/store-context';
import { _outbox } from '../emulator/mail';
import { _submitFromUrl } from '../emulator/forms';
import { DEMO_USERS } from './demo-data';

const COMMENTS = [
  'Très bonne collaboration, équipe réactive.',
  'Les rapports financiers arrivent parfois en retard.',
  '',
  'Nous souhaitons être davantage associés à la restitution des résultats.',
  'Partenariat utile pour nos programmes jeunesse.',
  '',
  'Communication à améliorer entre les missions.',
];

/** Returns the campaign created (with its live progress). Needs the emulator's globals in this realm. */
export function seedSurveys(loaded: LoadedScript): CampaignSummary {
  const { world, call } = loaded;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const today = day(world.clock.now());
  const closing = day(world.clock.now() + 45 * 24 * 3600 * 1000);
  // The PTF / bailleurs and international NGOs that have a contact (the others would be « Adresse invalide »).
  const partnerIds = world.run(() => {
    const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
    const withContact = new Set(
      SheetTable.open(ctx, CONTACTS)
        .all()
        .map((s) => String(s.record.partnerId)),
    );
    return SheetTable.open(ctx, PARTNERS)
      .all()
      .map((s) => s.record)
      .filter((p) => ['PTF / bailleur', 'ONG internationale'].includes(String(p.type)) && withContact.has(String(p.id)))
      .map((p) => String(p.id));
  });
  const created = call(
    'createCampaign',
    [
      {
        title: 'Satisfaction des partenaires 2026',
        period: '2025-2026',
        target: { partnerIds },
        language: 'fr',
        sendDate: today,
        reminderDays: [7, 14],
        closingDate: closing,
      },
    ],
    { user: DEMO_USERS.chargee },
  );
  // This campaign's invitations only: the demo's earlier e-mails carry other Forms' links.
  const earlier = _outbox(world).length;
  call('sendCampaign', [created.id], { user: DEMO_USERS.chargee });
  const items = world.run(() => {
    const ctx = createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin);
    return JSON.parse(String(SheetTable.open(ctx, CAMPAIGNS).getOrThrow(created.id).record.formItems)) as Record<string, number>;
  });
  const links = _outbox(world)
    .slice(earlier)
    .map((m) => /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0])
    .filter((u): u is string => Boolean(u));
  const answer = (url: string, i: number, extra: Record<string, string | number> = {}) => {
    const score = (k: number) => 1 + ((i * 7 + k * 3) % 5 === 0 ? 1 : (i + k) % 3 === 0 ? 2 : 3 + ((i + k) % 3));
    const byKey: Record<string, string | number> = {
      collaboration: Math.min(5, score(1)),
      communication: Math.min(5, score(2)),
      commitments: Math.min(5, score(3)),
      accountability: Math.min(5, score(4)),
      addedValue: Math.min(5, score(5)),
      resultsSharing: Math.min(5, score(6)),
      nps: (i * 5 + 3) % 11,
      comments: COMMENTS[i % COMMENTS.length],
      ...extra,
    };
    const answers: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(byKey)) if (items[k] !== undefined && v !== '') answers[String(items[k])] = v;
    world.clock.advance(7 * 60 * 1000);
    _submitFromUrl(world, url, answers);
  };
  links.forEach((url, i) => {
    if (i % 3 !== 2) answer(url, i);
  });
  // The same link used again (a forwarded invitation): kept, flagged « doublon », the first answer counts.
  if (links[0]) answer(links[0], 11, { comments: 'Seconde réponse avec le même lien : elle ne remplace pas la première.' });
  if (links[1]) answer(links[1], 5, { token: 'CODE-MODIFIE' });
  // What the hourly job's catch-up sync does: answers arrive even when Google refused to link the
  // form to the spreadsheet (no submit trigger then; see services/surveys/forms.ts). Idempotent.
  call('syncSurveyResponses', [created.id], { user: DEMO_USERS.admin });
  return call('listCampaigns', [], { user: DEMO_USERS.admin }).find((c) => c.id === created.id)!;
}
