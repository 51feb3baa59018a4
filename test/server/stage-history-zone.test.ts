/**
 * The partner's stage history is dated by the spreadsheet's clock: in a workbook set to Auckland
 * (UTC+13 in March), a move at 12:30 UTC on 12 March is on 13 March, whatever the machine's zone.
 */
import { USERS, workbookWithPartners } from '../support/workbooks';

it('a stage move at 12:30 UTC on 12 March reads 13 March 01:30 in a workbook set to Pacific/Auckland', () => {
  const wb = workbookWithPartners([]); // 12 March 2026, 09:00 UTC
  wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().setSpreadsheetTimeZone('Pacific/Auckland'), { user: USERS.admin });
  wb.world.clock.advance(3.5 * 3600 * 1000);
  const { id } = wb.call('savePartner', [{ name: 'Association des jeunes de Kati', acronym: 'AJK', type: 'OSC' }, []], { user: USERS.officer });
  wb.call('movePartnerStage', [id, 'Analyse'], { user: USERS.officer });
  expect(wb.call('getPartner', [id], { user: USERS.reader }).stageHistory).toEqual([
    { stage: 'Identification', at: '2026-03-13T01:30:00', by: USERS.officer },
    { stage: 'Analyse', at: '2026-03-13T01:30:00', by: USERS.officer },
  ]);
});
