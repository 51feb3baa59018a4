/**
 * The demo's « Veille »: two feeds listed in Paramètres › Veille and answered by the emulated
 * internet (one good, one malformed), read once as the daily job does; a pasted list and calls
 * typed in the sidebar, one of them decided « Go ». About 8 calls, deadlines around the demo's today.
 */
import type { LoadedScript } from '../load-script';
import { _registerUrl } from '../emulator/url-fetch';
import { SETTINGS } from '../../domain/schema/tables';
import { storeFor } from '../../services/sheets-store';
import { createStoreContext } from '../../services/store-context';
import { forgetSettings } from '../../services/settings-cache';
import { DEMO_USERS } from './demo-data';

export const DEMO_FEEDS = { good: 'https://www.fonds-sahel.org/appels/feed/', broken: 'https://appels.example.org/rss.xml' } as const;

const GOOD_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fonds Sahel — appels</title><link>https://www.fonds-sahel.org</link>
<item><title><![CDATA[Appel « Jeunes et gouvernance locale » 2026]]></title><link>https://www.fonds-sahel.org/appels/jeunes-gouvernance/</link>
<guid isPermaLink="false">fs-2026-04</guid><pubDate>Mon, 02 Mar 2026 08:00:00 +0000</pubDate><category>Gouvernance</category><category>Jeunesse</category>
<description><![CDATA[<p>Subventions de 10 à 50 millions FCFA pour les OSC du Mali. <b>Date limite : 30 avril 2026</b></p>]]></description></item>
<item><title>Fonds de cohésion sociale d&#8217;Afrique de l&rsquo;Ouest</title><link>https://www.fonds-sahel.org/appels/cohesion/</link>
<category>Cohésion sociale</category><description>Clôture le 20/03/2026.</description></item>
</channel></rss>`;

const BROKEN_FEED = '<rss><channel><item><title>Appel</title></channel></rss>';

export function seedWatch(loaded: LoadedScript): void {
  const { world, call } = loaded;
  _registerUrl(world, DEMO_FEEDS.good, { headers: { 'Content-Type': 'application/rss+xml; charset=UTF-8' }, body: GOOD_FEED, delayMs: 400 });
  _registerUrl(world, DEMO_FEEDS.broken, { headers: { 'Content-Type': 'text/xml' }, body: BROKEN_FEED });
  world.run(
    () => {
      const store = storeFor(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), DEMO_USERS.admin));
      store.append(SETTINGS, [
        { section: 'Veille', key: 'Flux', value: DEMO_FEEDS.good, note: 'Fonds Sahel' },
        { section: 'Veille', key: 'Flux', value: DEMO_FEEDS.broken, note: 'Portail des appels (flux cassé)' },
      ]);
      forgetSettings();
    },
    { user: DEMO_USERS.admin, cause: 'demo-seed' },
  );
  const user = DEMO_USERS.chargee;
  call('fetchWatchFeeds', [], { user });
  call(
    'importWatchList',
    [
      [
        'Programme RSE « Jeunes entrepreneurs » ; Orange Mali ; 15/05/2026 ; https://www.orange.ml/rse',
        'Fonds pour la société civile ; Union européenne ; 3 juin 2026 ; https://eeas.europa.eu/mali',
        'Agenda sectoriel décentralisation ; Ministère de l’Administration territoriale ; 28/03/2026',
      ].join('\n'),
    ],
    { user },
  );
  const typed = (fields: Record<string, string | number>) => call('saveWatchCall', [fields], { user });
  typed({
    title: 'Programme de coopération Mali–Sénégal',
    funder: 'Coopération suisse',
    kind: 'Programme de coopération',
    deadline: '2026-04-10',
    themes: 'Cohésion sociale',
    zones: 'Mali, Sénégal',
    amountMax: 60_000_000,
    currency: 'XOF',
  });
  typed({
    title: 'Appel Lutte contre la corruption',
    funder: 'Fondation Osiris',
    kind: 'Appel à projets',
    deadline: '2026-03-19',
    themes: 'Lutte contre la corruption',
    zones: 'Mali',
  });
  const go = typed({
    title: 'Fonds leadership féminin',
    funder: 'ONU Femmes',
    kind: 'Fonds',
    deadline: '2026-05-31',
    themes: 'Leadership des jeunes et des femmes',
    zones: 'Mali',
    amountMin: 20_000_000,
    amountMax: 80_000_000,
    currency: 'XOF',
  });
  call('decideWatchCall', [go.id, 'Go', null], { user });
}
