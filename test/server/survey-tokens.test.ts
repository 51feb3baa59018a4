/**
 * Survey tokens: whoever holds a contact's personal link cannot replace that
 * contact's answer. The first answer of a link counts; later ones are kept, flagged « doublon »,
 * counted apart in the campaign's results.
 */
import { RESPONSES } from '../../src/domain/surveys/tables';
import { records } from '../support/demo-sheets';
import { admin, create, draft, FULL, linksByAddress, respond, send, surveyWorkbook } from './surveys-support';

it("a second answer through a contact's link (forwarded, or an attacker) neither replaces nor outweighs the contact's", () => {
  const { wb, partnerIds } = surveyWorkbook(2);
  wb.call('installTriggers', [], { user: admin });
  const c = create(wb, draft(partnerIds));
  send(wb, c.id);
  const link = linksByAddress(wb).get('partner-1@example.org')!;
  respond(wb, c.id, link, { ...FULL, nps: 9, comments: 'Très bon partenariat' });
  for (let i = 0; i < 3; i++) {
    wb.world.clock.advance(60_000);
    respond(wb, c.id, link, { ...FULL, collaboration: 1, nps: 0, comments: 'Réponse remplacée' });
  }
  expect(records(wb, RESPONSES).map((r) => [r.nps, r.flag])).toEqual([
    [9, ''],
    [0, 'doublon'],
    [0, 'doublon'],
    [0, 'doublon'],
  ]);
  const r = wb.call('getCampaignResults', [c.id], { user: admin });
  expect(r.nps).toMatchObject({ n: 1, promoters: 1, detractors: 0 });
  expect(r.duplicates).toBe(3);
  expect(r.comments).toEqual(['Très bon partenariat']);
});
