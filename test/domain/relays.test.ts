/** Relays (« Introduit par »): who opened which door, and the « Relais » copied on opportunities. */
import { relayCellUpdates, relayConcerned, relayNames } from '../../src/domain/partners/relays';
import { relaysOf } from '../../src/domain/cartography/cartography';
import { partnerTypeOf, PARTNER_TYPE_VALUES } from '../../src/domain/schema/vocabulary';
import { validateRecord } from '../../src/domain/records/validate';
import { PARTNERS } from '../../src/domain/schema/tables';

const PARTNERS_ROWS = [
  { id: 'PAR-0001', name: 'Association des Maliens de France', type: 'Diaspora', introducedBy: '' },
  { id: 'PAR-0002', name: 'Commune de Ségou', type: 'Collectivité territoriale', introducedBy: 'PAR-0001' },
  { id: 'PAR-0003', name: 'Agence française de développement', type: 'Agence de coopération', introducedBy: 'PAR-0001' },
  { id: 'PAR-0004', name: 'Fondation Sahel', type: 'Fondation', introducedBy: 'PAR-0009' },
];

describe('relays', () => {
  it('names each partner’s relay (its ID when the relay is gone) and groups the doors each relay opened', () => {
    expect([...relayNames(PARTNERS_ROWS)]).toEqual([
      ['PAR-0002', 'Association des Maliens de France'],
      ['PAR-0003', 'Association des Maliens de France'],
      ['PAR-0004', 'PAR-0009'],
    ]);
    expect(relaysOf(PARTNERS_ROWS)).toEqual([
      { relay: 'Association des Maliens de France', partners: ['Agence française de développement', 'Commune de Ségou'] },
      { relay: 'PAR-0009', partners: ['Fondation Sahel'] },
    ]);
  });

  it('rewrites only the « Relais » cells of the concerned partners that differ', () => {
    const opportunities = [
      { row: 2, record: { partnerId: 'PAR-0002', relay: '' } },
      { row: 3, record: { partnerId: 'PAR-0003', relay: 'Association des Maliens de France' } },
      { row: 4, record: { partnerId: 'PAR-0004', relay: '' } },
      { row: 5, record: { partnerId: 'PAR-0001', relay: 'Ancien relais' } },
    ];
    const concerned = relayConcerned(PARTNERS_ROWS, 'PAR-0001');
    expect([...concerned].sort()).toEqual(['PAR-0001', 'PAR-0002', 'PAR-0003']);
    expect([...relayCellUpdates(opportunities, PARTNERS_ROWS, concerned)]).toEqual([
      [2, 'Association des Maliens de France'],
      [5, ''],
    ]);
  });

  it('keeps the former « Diaspora / relais » valid, read as « Diaspora »; the new types are accepted', () => {
    expect(PARTNER_TYPE_VALUES).toEqual(
      expect.arrayContaining(['Diaspora', 'Prescripteur / relais', 'Cluster ICC', 'Agence de coopération', 'Diaspora / relais']),
    );
    for (const type of ['Diaspora / relais', 'Cluster ICC', 'Agence de coopération'])
      expect(validateRecord(PARTNERS, { name: 'X', type }, null).errors).toEqual([]);
    expect(partnerTypeOf('Diaspora / relais')).toBe('Diaspora');
    expect(partnerTypeOf('OSC')).toBe('OSC');
  });
});
