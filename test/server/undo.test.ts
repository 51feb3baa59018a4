/**
 * « Annuler ma dernière modification » through the built Code.js: the caller's last request is put
 * back (a save, a stage move), unless someone changed those fields since.
 */
import { partner, seededPerFile, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';

const { officer: AWA, otherOfficer: MOUSSA } = USERS;
let wb: PartnersWorkbook;
seededPerFile(() => (wb = workbookWithPartners([partner({ name: 'Conseil national de la jeunesse', region: 'Bamako' })])));

/** Each call a minute after the previous one, as a user works. */
const later = <T>(fn: () => T): T => {
  wb.world.clock.advance(60_000);
  return fn();
};
const detail = () => wb.call('getPartner', [wb.partnerIds[0]], { user: USERS.reader });

it('undoes a save: every field it changed is back, its score too, and the undo is journaled', () => {
  const [cnj] = wb.partnerIds;
  later(() => wb.call('savePartner', [{ id: cnj, region: 'Kayes', nextAction: 'Relancer', alignment: 5 }, []], { user: AWA }));
  const saved = detail().partner;
  expect(saved).toMatchObject({ region: 'Kayes', nextAction: 'Relancer', alignment: 5 });
  later(() => wb.call('undoLastChange', [], { user: AWA }));
  expect(detail().partner).toMatchObject({ region: 'Bamako', nextAction: '', alignment: 3 });
  expect(Number(detail().partner.priority)).toBeLessThan(Number(saved.priority)); // recomputed with alignment 3
  const undone = wb.world.inspect(
    () =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName('Journal')!
        .getDataRange()
        .getValues()
        .filter((r) => r.includes('annulation'))
        .map((r) => r.filter((c) => ['Région', 'Prochaine action', 'Alignement (0-5)', AWA].includes(String(c))).join(' ')),
    USERS.admin,
  );
  expect(undone.sort()).toEqual([`${AWA} Alignement (0-5)`, `${AWA} Prochaine action`, `${AWA} Région`]);
  expect(() => later(() => wb.call('undoLastChange', [], { user: AWA }))).toThrow('Votre dernière modification est déjà annulée.');
});

it('undoes a stage move: the stage and the history are as before', () => {
  const [cnj] = wb.partnerIds;
  const before = detail();
  later(() => wb.call('movePartnerStage', [cnj, 'Analyse'], { user: AWA }));
  expect(detail().partner.stage).toBe('Analyse');
  later(() => wb.call('undoLastChange', [], { user: AWA }));
  expect(detail()).toMatchObject({ partner: { stage: before.partner.stage }, stageHistory: before.stageHistory });
});

it('refuses when someone changed the field since, naming the field and who, and changes nothing', () => {
  const [cnj] = wb.partnerIds;
  later(() => wb.call('savePartner', [{ id: cnj, region: 'Kayes' }, []], { user: AWA }));
  later(() => wb.call('savePartner', [{ id: cnj, region: 'Sikasso' }, []], { user: MOUSSA }));
  expect(() => later(() => wb.call('undoLastChange', [], { user: AWA }))).toThrow(
    new RegExp(`^Annulation impossible : Partenaires › ${cnj}, le champ « Région » a été modifié depuis par ${MOUSSA.replace('.', '\\.')}`),
  );
  expect(detail().partner.region).toBe('Sikasso');
});
