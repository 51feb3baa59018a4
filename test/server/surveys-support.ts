/** Shared set-up of the survey campaign tests (built bundle on the emulator). */
import { createDemoWorkbook, type DemoWorkbook } from '../../src/dev/sandbox/demo-workbook';
import type { LoadedScript } from '../../src/dev/load-script';
import type { WorldOptions } from '../../src/dev/emulator';
import { USERS } from '../support/workbooks';
import { CONTACTS, PARTNERS } from '../../src/domain/schema/tables';
import type { CampaignDraft } from '../../src/domain/contracts';
import { CAMPAIGNS } from '../../src/domain/surveys/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { _outbox } from '../../src/dev/emulator/mail';
import { _submitFromUrl, type RespondentAnswer } from '../../src/dev/emulator/forms';
import { records, store } from '../support/demo-sheets';

export const { admin, officer: chargee, reader: lecteur } = USERS;

/**
 * Google lets Form.setDestination write to the Pacte spreadsheet under spreadsheets.currentonly
 * (undocumented: the emulator's default refuses it, and Pacte then receives answers through the
 * catch-up sync — tested apart). Most survey tests follow the submit trigger, so they take this.
 */
export const DESTINATION_ALLOWED = { formDestinationNeedsSpreadsheets: false } as const;

/** Demo workbook whose first `n` partners each have a primary contact (partner-<i>@example.org) and a second one. */
export function surveyWorkbook(n = 12, world: WorldOptions = DESTINATION_ALLOWED): { wb: DemoWorkbook; partnerIds: string[] } {
  const wb = createDemoWorkbook({ activity: false, world });
  const partnerIds = store(wb, (ctx) => {
    const ids = SheetTable.open(ctx, PARTNERS)
      .all()
      .slice(0, n)
      .map((s) => String(s.record.id));
    SheetTable.open(ctx, CONTACTS).insert(
      ids.flatMap((partnerId, i) => [
        { partnerId, name: `Adjoint ${i + 1}`, email: `adjoint-${i + 1}@example.org`, primary: false },
        { partnerId, name: `Directeur ${i + 1}`, email: `partner-${i + 1}@example.org`, primary: true },
      ]),
    );
    return ids;
  });
  wb.world.log.reset();
  return { wb, partnerIds };
}

export function draft(partnerIds: string[], extra: Partial<CampaignDraft> = {}): CampaignDraft {
  return {
    title: 'Satisfaction 2026',
    period: '2025-2026',
    target: { partnerIds },
    language: 'fr',
    sendDate: '2026-03-12',
    reminderDays: [7],
    closingDate: '2026-04-30',
    ...extra,
  };
}

export const create = (wb: LoadedScript, d: CampaignDraft, user: string = chargee) => wb.call('createCampaign', [d], { user });
export const send = (wb: LoadedScript, id: string, user: string = admin) => wb.call('sendCampaign', [id], { user });
export const list = (wb: LoadedScript, user: string = lecteur) => wb.call('listCampaigns', [], { user });

/** The personal link of each mailed address (latest message wins), from the outbox. */
export function linksByAddress(wb: LoadedScript): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of _outbox(wb.world)) {
    const url = /https:\/\/docs\.google\.com\/forms\/\S+/.exec(m.body)?.[0];
    if (url) out.set(m.to[0], url);
  }
  return out;
}

/** Form item IDs by question key, as recorded in « Enquêtes ». */
export function items(wb: LoadedScript, campaignId: string): Record<string, number> {
  const c = records(wb, CAMPAIGNS).find((r) => r.id === campaignId)!;
  return JSON.parse(String(c.formItems)) as Record<string, number>;
}

export type Answers = Partial<
  Record<
    'collaboration' | 'communication' | 'commitments' | 'accountability' | 'addedValue' | 'resultsSharing' | 'nps' | 'comments' | 'token',
    RespondentAnswer
  >
>;

export const FULL: Answers = { collaboration: 4, communication: 3, commitments: 5, accountability: 4, addedValue: 5, resultsSharing: 2, nps: 9 };

/** A partner opening their link and submitting (answers by question key). */
export function respond(wb: LoadedScript, campaignId: string, url: string, answers: Answers) {
  const ids = items(wb, campaignId);
  const byId: Record<string, RespondentAnswer> = {};
  for (const [k, v] of Object.entries(answers)) byId[String(ids[k])] = v as RespondentAnswer;
  return _submitFromUrl(wb.world, url, byId);
}
