/** Shared set-up of the survey campaign tests (built bundle on the emulator). */
import type { LoadedScript } from '../../src/dev/load-script';
import type { WorldOptions } from '../../src/dev/emulator';
import { somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import { CONTACTS } from '../../src/domain/schema/tables';
import type { CampaignDraft, CampaignSummary } from '../../src/domain/contracts';
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

export interface SurveyWorkbook extends PartnersWorkbook {
  /** The active spreadsheet (tests typed against the sandbox's workbook read it). */
  spreadsheetId: string;
}

/** `n` partners, each with a primary contact (partner-<i>@example.org) and a second one (adjoint-<i>@example.org). */
export function surveyWorkbook(n = 12, world: WorldOptions = DESTINATION_ALLOWED): { wb: SurveyWorkbook; partnerIds: string[] } {
  const loaded = workbookWithPartners(somePartners(n), { world });
  const { partnerIds } = loaded;
  store(loaded, (ctx) =>
    SheetTable.open(ctx, CONTACTS).insert(
      partnerIds.flatMap((partnerId, i) => [
        { partnerId, name: `Adjoint ${i + 1}`, email: `adjoint-${i + 1}@example.org`, primary: false },
        { partnerId, name: `Directeur ${i + 1}`, email: `partner-${i + 1}@example.org`, primary: true },
      ]),
    ),
  );
  loaded.world.log.reset();
  return { wb: { ...loaded, spreadsheetId: loaded.world.activeSpreadsheetId! }, partnerIds };
}

import { draft } from '../support/survey-draft';

export { draft };

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

/**
 * A campaign to `partnerIds`, sent and answered through the form-submit trigger by every partner
 * (scores differ from one partner to the next), then the first link used a second time (a forwarded
 * invitation: « doublon ») and an answer whose code was edited (« jeton inconnu »).
 */
export function answeredCampaign(wb: LoadedScript, partnerIds: string[]): CampaignSummary {
  wb.call('installTriggers', [], { user: admin });
  const c = create(wb, draft(partnerIds));
  send(wb, c.id);
  const links = [...linksByAddress(wb).values()];
  const answer = (url: string, i: number, extra: Answers = {}) => {
    wb.world.clock.advance(7 * 60 * 1000);
    respond(wb, c.id, url, { ...FULL, collaboration: 1 + ((i + 3) % 5), addedValue: 1 + (i % 5), nps: (i * 5 + 3) % 11, ...extra });
  };
  links.forEach((url, i) => answer(url, i));
  answer(links[0], 11, { comments: 'Seconde réponse avec le même lien : elle ne remplace pas la première.' });
  answer(links[1], 5, { token: 'CODE-MODIFIE' });
  return list(wb, admin).find((s) => s.id === c.id)!;
}

/**
 * Partners of the given types, created as an officer creates them (savePartner), each with a primary
 * contact (contact-<k>@example.org) unless `withContact` says otherwise. Returns their IDs, in order.
 */
export function partnersOfTypes(wb: LoadedScript, types: string[], withContact: (k: number) => boolean = () => true): string[] {
  return types.map((type, k) => {
    const contacts = withContact(k) ? [{ name: `Contact ${k + 1}`, email: `contact-${k + 1}@example.org`, primary: true }] : [];
    const input = { name: `Partenaire enquêté ${k + 1}`, acronym: `PE${k + 1}`, type, category: 'Institutionnel', region: 'Bamako' };
    return wb.call('savePartner', [input, contacts], { user: chargee }).id;
  });
}
