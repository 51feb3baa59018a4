/**
 * « Veille » through the built Code.js, over the emulated internet: feeds read by UrlFetchApp (one
 * good, one malformed, one unreachable), their failures in Journal des erreurs from the daily job,
 * and « Go » sent by two users (two requests) making one opportunity.
 */
import { _registerUrl } from '../../src/dev/emulator/url-fetch';
import { SETTINGS } from '../../src/domain/schema/tables';
import { storeFor } from '../../src/services/sheets-store';
import { createStoreContext } from '../../src/services/store-context';
import { forgetSettings } from '../../src/services/settings-cache';
import { partner, USERS, workbookWithPartners } from '../support/workbooks';

const GOOD = 'https://www.fonds-sahel.org/appels/feed/';
const BROKEN = 'https://appels.example.org/rss.xml';
const DOWN = 'https://hors-ligne.example.org/rss';

function workbook() {
  const wb = workbookWithPartners([partner({ name: 'Fonds Sahel', acronym: 'FS', type: 'PTF / bailleur' })]);
  _registerUrl(wb.world, GOOD, {
    body: '<rss version="2.0"><channel><item><title>Appel Jeunes et gouvernance</title><link>https://www.fonds-sahel.org/a/1</link><category>Gouvernance</category><description>Date limite : 30 avril 2026</description></item></channel></rss>',
  });
  _registerUrl(wb.world, BROKEN, { body: '<rss><channel><item><title>X</title></channel></rss>' });
  _registerUrl(wb.world, DOWN, { unreachable: 'address' });
  wb.world.run(
    () => {
      storeFor(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin)).append(SETTINGS, [
        { section: 'Veille', key: 'Flux', value: GOOD, note: 'Fonds Sahel' },
        { section: 'Veille', key: 'Flux', value: BROKEN, note: 'Portail cassé' },
        { section: 'Veille', key: 'Flux', value: DOWN, note: 'Hors ligne' },
      ]);
      forgetSettings();
    },
    { user: USERS.admin },
  );
  return wb;
}

it('reads the good feed with UrlFetchApp and names the malformed and the unreachable ones, in the answer and in Journal des erreurs', () => {
  const wb = workbook();
  const report = wb.call('fetchWatchFeeds', [], { user: USERS.officer });
  expect(report).toMatchObject({ feeds: 3, added: 1 });
  expect(report.problems).toEqual([
    'Le flux « Portail cassé » est mal formé : balise </channel> ligne 1 sans balise <channel> ouverte (<item> ouverte ligne 1). Vérifiez l’adresse ou signalez-le à son éditeur.',
    `Le flux « Hors ligne » (${DOWN}) est injoignable : le serveur ne répond pas.`,
  ]);
  const [call] = wb.call('listWatch', [], { user: USERS.reader }).calls;
  expect(call).toMatchObject({
    title: 'Appel Jeunes et gouvernance',
    funder: 'Fonds Sahel',
    deadline: '2026-04-30',
    fitExplanation: '+2 : thème Gouvernance = axe 1 ; +1 : bailleur déjà partenaire',
  });

  wb.call('runScheduledJobs', [], { user: USERS.admin });
  const errors = wb.call('listJobErrors', [{ offset: 0, limit: 10 }], { user: USERS.admin }).errors.filter((e) => e.job === 'veille');
  expect(errors.map((e) => e.message).sort()).toEqual([...report.problems].sort());
});

it('« Go » sent by two users creates one opportunity, linked both ways', () => {
  const wb = workbook();
  const { id } = wb.callRaw('saveWatchCall', [{ title: 'Fonds leadership féminin', funder: 'FS', deadline: '2026-05-31' }, 'req-save-1'], {
    user: USERS.officer,
  }) as {
    id: string;
  };
  const first = wb.callRaw('decideWatchCall', [id, 'Go', null, 'req-go-1'], { user: USERS.officer }) as { opportunityId: string; created: boolean };
  const second = wb.callRaw('decideWatchCall', [id, 'Go', null, 'req-go-2'], { user: USERS.otherOfficer }) as { opportunityId: string; created: boolean };
  expect([first.created, second.created, second.opportunityId]).toEqual([true, false, first.opportunityId]);
  const cible = wb.call('getBoard', [{ limit: 200 }], { user: USERS.reader }).columns.find((c) => c.stage === 'Cible')!;
  expect(cible.cards.filter((c) => c.title === 'Fonds leadership féminin').map((c) => c.id)).toEqual([first.opportunityId]);
  expect(wb.call('listWatch', [], { user: USERS.reader }).calls[0]).toMatchObject({ decision: 'Go', opportunityId: first.opportunityId });
});
