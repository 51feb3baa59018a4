/**
 * Survey results through the built bundle: getCampaignResults against hand-computed values, role
 * gating of per-partner scores, « Tableau satisfaction » and its single chart, low-score follow-ups
 * (journaled, once), and the call budget of aggregating 10,000 responses across 20 campaigns.
 */
import { userInput } from '../../src/domain/records/validate';
import type { TableSpec } from '../../src/domain/schema/field';
import type { LoadedScript } from '../../src/dev/load-script';
import { partner, seededPerFile, somePartners, USERS, workbookWithPartners } from '../support/workbooks';
import { PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { CAMPAIGNS, RESPONSES } from '../../src/domain/surveys/tables';
import { SheetTable } from '../../src/services/sheet-table';
import { createStoreContext } from '../../src/services/store-context';
import { forgetSettings } from '../../src/services/settings-store';

/** The partners whose answers the tests aggregate (two donors, an international NGO, three CSOs), then more for the bulk campaigns. */
const SURVEYED = [
  partner({ name: 'Délégation de l’Union européenne au Mali', acronym: 'DUE', type: 'PTF / bailleur', category: 'Financier' }),
  partner({ name: 'Ambassade du Royaume des Pays-Bas', acronym: 'NL Mali', type: 'PTF / bailleur', category: 'Financier' }),
  partner({ name: 'Oxfam au Mali', acronym: 'Oxfam', type: 'ONG internationale', category: 'Opérationnel' }),
  partner({ name: 'Réseau des jeunes de Ségou', acronym: 'RJS', type: 'OSC', category: 'Opérationnel' }),
  partner({ name: 'Association des femmes de Kayes', acronym: 'AFK', type: 'OSC', category: 'Opérationnel' }),
  partner({ name: 'Collectif citoyen de Mopti', acronym: 'CCM', type: 'OSC', category: 'Opérationnel' }),
];

let wb: LoadedScript;
/** The six surveyed partners: donors 1 and 2, the international NGO, CSOs 1 to 3. */
let [donor1, donor2, ngo, cso1, cso2, cso3] = [] as string[];
/** All 40 partners of the workbook, for the bulk campaigns. */
let allPartners: string[];
/** Seeded once for the file; every test starts from this state, restored (seededPerFile). */
seededPerFile(() => {
  const seeded = workbookWithPartners([...SURVEYED, ...somePartners(40 - SURVEYED.length)]);
  allPartners = seeded.partnerIds;
  [donor1, donor2, ngo, cso1, cso2, cso3] = allPartners;
  return (wb = seeded);
});

const admin = { user: USERS.admin };
const asAdmin = <T>(fn: () => T): T => wb.world.run(fn, { user: USERS.admin, cause: 'test-seed' });
const table = (spec: TableSpec = PARTNERS) => SheetTable.open(createStoreContext(SpreadsheetApp.getActiveSpreadsheet(), USERS.admin), spec);
const values = (name: string) => wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name)?.getDataRange().getValues() ?? null);

interface CampaignSeed {
  title: string;
  sendDate: string;
  sent: number;
}

/** Campaigns with their « Envoyés » count (a system column, written as the sending side does). */
function seedCampaigns(list: CampaignSeed[]): string[] {
  return asAdmin(() => {
    const t = table(CAMPAIGNS);
    const rows = t.insert(
      list
        .map((c) => ({
          title: c.title,
          period: c.sendDate.slice(0, 4),
          status: 'En cours',
          language: 'Français',
          questionnaireVersion: 1,
          sendDate: c.sendDate,
          closingDate: '2026-12-31',
        }))
        .map((r) => userInput(r)),
    );
    const fresh = table(CAMPAIGNS);
    fresh.writeComputed('sent', new Map(rows.map((r, i) => [fresh.getOrThrow(String(r.id)).row, list[i].sent])));
    return rows.map((r) => String(r.id));
  });
}

type Scores = [number | null, number | null, number | null, number | null, number | null, number | null];
function response(campaignId: string, partnerId: string, token: string, s: Scores, nps: number | null, comments = '', flag = ''): Record<string, unknown> {
  const [collaboration, communication, commitments, accountability, addedValue, resultsSharing] = s;
  return {
    campaignId,
    responseId: `R-${token}-${Math.random().toString(36).slice(2, 8)}`,
    token,
    flag,
    partnerId,
    submittedAt: '2026-03-05T10:00',
    collaboration,
    communication,
    commitments,
    accountability,
    addedValue,
    resultsSharing,
    nps,
    comments,
  };
}

const seedResponses = (rows: Record<string, unknown>[]) => asAdmin(() => table(RESPONSES).insert(rows.map((r) => userInput(r))));
const partnerType = (id: string) => asAdmin(() => String(table().getOrThrow(id).record.type));

/** Two campaigns: 2025 (3 counted, 1 unknown token) and 2026 (5 counted, 1 « doublon»), answered by the donors, the international NGO and two CSOs. */
function seedTwoCampaigns(): [string, string] {
  const [c1, c2] = seedCampaigns([
    { title: 'Satisfaction 2025', sendDate: '2025-03-01', sent: 10 },
    { title: 'Satisfaction 2026', sendDate: '2026-03-01', sent: 8 },
  ]);
  seedResponses([
    response(c1, donor1, 'a1', [4, 4, 4, 4, 4, 4], 9),
    response(c1, donor2, 'a2', [3, 3, 3, 3, 3, 3], 6),
    response(c1, ngo, 'a3', [5, 5, null, null, null, null], 10),
    response(c1, '', 'zz', [1, 1, 1, 1, 1, 1], 0, 'faux', 'jeton inconnu'),
    response(c2, donor1, 'b1', [5, 5, 5, 5, 5, 5], 10, 'Excellent partenariat'),
    response(c2, donor2, 'b2', [1, 1, 1, 1, 1, 1], 2, 'ancienne réponse', 'doublon'),
    response(c2, donor2, 'b2', [2, 2, 2, 2, 1, 3], 5, '=HYPERLINK("http://x")'),
    response(c2, ngo, 'b3', [4, null, 4, null, 4, null], 8),
    response(c2, cso1, 'b4', [3, 3, 3, 3, 3, 3], null),
    response(c2, cso2, 'b5', [4, 4, 4, 4, 4, 4], 9),
  ]);
  return [c1, c2];
}

/** Sets a value of Paramètres by hand, as an admin would in the sheet (and as onEdit would, forgets the cached settings). */
function setSetting(key: string, value: string): void {
  asAdmin(() => {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(SETTINGS.sheetName)!;
    const v = sheet.getDataRange().getValues();
    const row = v.findIndex((r) => r[1] === key);
    expect(row).toBeGreaterThan(0);
    sheet.getRange(row + 1, 3, 1, 1).setValues([[value]]);
    forgetSettings();
  });
}

describe('getCampaignResults', () => {
  it('returns the scores hand-computed: dimensions, NPS, rate, types, trend, comments, set-aside responses', () => {
    const [c1, c2] = seedTwoCampaigns();
    expect([partnerType(donor2), partnerType(ngo), partnerType(cso1)]).toEqual(['PTF / bailleur', 'ONG internationale', 'OSC']);
    const r = wb.call('getCampaignResults', [c2], admin);
    // collaboration: 5, 2, 4, 3, 4 → 18/5 ; communication: 5, 2, —, 3, 4 → 14/4 ; valeur ajoutée: 5, 1, 4, 3, 4 → 17/5
    expect(r.dimensions[0]).toEqual({ dimension: 'Qualité de la collaboration', mean: 3.6, n: 5, distribution: [0, 1, 1, 2, 1] });
    expect(r.dimensions[1]).toEqual({ dimension: 'Communication', mean: 3.5, n: 4, distribution: [0, 1, 1, 1, 1] });
    expect(r.dimensions[4]).toEqual({ dimension: 'Valeur ajoutée', mean: 3.4, n: 5, distribution: [1, 0, 1, 2, 1] });
    // NPS: 10, 5, 8, —, 9 → 2 promoters, 1 passive, 1 detractor → 100 × 1/4
    expect(r.nps).toEqual({ nps: 25, promoters: 2, passives: 1, detractors: 1, n: 4 });
    expect(r.campaign).toMatchObject({ id: c2, title: 'Satisfaction 2026', sent: 8, answered: 5, responseRate: 62.5 });
    // 2026: (30 + 12 + 12 + 18 + 24) / 27 answers = 3.5556 ; 2025: (24 + 18 + 10) / 14 = 3.7143 ; NPS 2025: 9, 6, 10 → 33
    expect(r.overallMean).toBe(3.56);
    expect(r.trend).toEqual({ previousCampaignId: c1, meanDelta: -0.16, npsDelta: -8 });
    expect(r.byPartnerType).toEqual([
      { group: 'OSC', mean: 3.5, n: 2, nps: 100 }, // (18 + 24) / 12 ; NPS: 9 only
      { group: 'ONG internationale', mean: 4, n: 1, nps: 0 },
      { group: 'PTF / bailleur', mean: 3.5, n: 2, nps: 0 }, // (30 + 12) / 12 ; NPS: 10, 5
    ]);
    expect(r.comments).toEqual(['Excellent partenariat', '=HYPERLINK("http://x")']);
    expect(r).toMatchObject({ smallSample: false, unknownTokens: 0, duplicates: 1, byPartnerAllowed: true });
    expect(r.byPartner.find((p) => p.partnerId === donor2)).toEqual({
      group: 'Ambassade du Royaume des Pays-Bas',
      mean: 2,
      n: 1,
      nps: -100,
      partnerId: donor2,
      partnerType: 'PTF / bailleur',
    });
    expect(r.byPartner).toHaveLength(5);

    const first = wb.call('getCampaignResults', [c1], { user: USERS.reader });
    expect(first).toMatchObject({
      smallSample: true,
      unknownTokens: 1,
      duplicates: 0,
      trend: null,
      overallMean: 3.71,
      nps: { nps: 33, promoters: 2, passives: 0, detractors: 1, n: 3 },
    });
    expect(first.campaign).toMatchObject({ answered: 3, responseRate: 30 });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('per-partner scores only for the roles of Paramètres › Enquêtes (admin and DG by default)', () => {
    const [, c2] = seedTwoCampaigns();
    const staff = wb.call('getCampaignResults', [c2], { user: USERS.officer });
    expect(staff.byPartner).toEqual([]);
    expect(staff.byPartnerAllowed).toBe(false);
    expect(staff.byPartnerType).toHaveLength(3);
    expect(wb.call('getCampaignResults', [c2], { user: USERS.reader }).byPartner).toEqual([]);
    setSetting('Rôles autorisés à voir les réponses individuelles', 'chargé');
    expect(wb.call('getCampaignResults', [c2], { user: USERS.officer }).byPartner).toHaveLength(5);
    expect(wb.call('getCampaignResults', [c2], admin).byPartner).toEqual([]);
  });

  it('checks its argument and the caller, in French', () => {
    seedTwoCampaigns();
    expect(() => wb.callRaw('getCampaignResults', [42], admin)).toThrow("Argument « l'enquête » : un identifiant comme ENQ-0001 attendu, reçu 42.");
    expect(() => wb.callRaw('getCampaignResults', [''], admin)).toThrow("Argument « l'enquête » : un identifiant comme ENQ-0001 attendu, reçu «  ».");
    expect(() => wb.call('getCampaignResults', ['ENQ-0099'], admin)).toThrow("Enquêtes : aucun enregistrement avec l'ID « ENQ-0099 ».");
    expect(() => wb.call('getCampaignResults', ['ENQ-0001'], { user: 'inconnu@gmail.com' })).toThrow("Accès refusé : inconnu@gmail.com n'a pas de rôle");
  });
});

describe('refreshSatisfactionSheet', () => {
  const sheetName = 'Tableau satisfaction';
  const charts = () =>
    wb.world.run(() =>
      SpreadsheetApp.getActiveSpreadsheet()
        .getSheetByName(sheetName)!
        .getCharts()
        .map((c) => ({ id: c.getChartId(), ranges: c.getRanges().map((r) => r.getA1Notation()), title: c.getOptions().get('title') })),
    );

  it('writes the aggregates in one block with one chart, updated in place on the next refresh', () => {
    const [c1, c2] = seedTwoCampaigns();
    expect(values(sheetName)).toBeNull();
    wb.call('getSession', [], admin); // settings cached
    wb.world.log.reset();
    wb.call('refreshSatisfactionSheet', [], admin);
    expect(wb.world.log.count('Range.setValues')).toBe(3); // the sheet, the follow-up of donor 2 on Partenaires, its Journal block
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(4); // Enquêtes, Réponses, Partenaires, the Journal's header row
    const v = values(sheetName)!;
    expect(v[0][0]).toBe('Tableau de satisfaction des partenaires au 12 mars 2026');
    expect(v.find((r) => r[1] === c1)!.slice(0, 12)).toEqual([
      'Satisfaction 2025',
      c1,
      '1er mars 2025',
      10,
      3,
      30,
      3.71,
      33,
      2,
      0,
      1,
      'moins de 5 réponses : peu fiable',
    ]);
    expect(v.find((r) => r[1] === c2)!.slice(0, 12)).toEqual(['Satisfaction 2026', c2, '1er mars 2026', 8, 5, 62.5, 3.56, 25, 2, 1, 1, '']);
    const header = v.findIndex((r) => r[0] === 'Dimension');
    expect(v[header].slice(0, 5)).toEqual(['Dimension', 'Satisfaction 2025', 'Satisfaction 2026', 'n — Satisfaction 2025', 'n — Satisfaction 2026']);
    expect(v[header + 1].slice(0, 5)).toEqual(['Qualité de la collaboration', 4, 3.6, 3, 5]); // 2025: 4, 3, 5
    expect(v.filter((r) => r[0] === 'Satisfaction 2026' && r[1] === 'OSC')[0].slice(0, 5)).toEqual(['Satisfaction 2026', 'OSC', 2, 3.5, 100]);
    const first = charts();
    expect(first).toEqual([
      { id: expect.any(Number), ranges: [`A${header + 1}:A${header + 7}`, `B${header + 1}:C${header + 7}`], title: 'Moyennes par dimension (1 à 5)' },
    ]);

    const [c3] = seedCampaigns([{ title: 'Satisfaction 2027', sendDate: '2026-03-10', sent: 4 }]);
    seedResponses([response(c3, cso2, 'c1', [5, 5, 5, 5, 5, 5], 10)]);
    wb.call('refreshSatisfactionSheet', [], { user: USERS.officer });
    const after = charts();
    expect(after).toHaveLength(1);
    expect(after[0].id).toBe(first[0].id);
    expect(after[0].ranges).toEqual([`A${header + 2}:A${header + 8}`, `B${header + 2}:D${header + 8}`]); // one more campaign line above, one more series
    const v2 = values(sheetName)!;
    expect(v2.filter((r) => r[0] === 'Tableau de satisfaction des partenaires au 12 mars 2026')).toHaveLength(1);
    expect(v2.find((r) => r[1] === c3)!.slice(0, 8)).toEqual(['Satisfaction 2027', c3, '10 mars 2026', 4, 1, 25, 5, 100]);
  });

  it('keeps text as text: a campaign title like a formula is not a formula', () => {
    seedCampaigns([{ title: '=SUM(A1:A2)', sendDate: '2026-03-01', sent: 1 }]);
    wb.call('refreshSatisfactionSheet', [], admin);
    const formulas = wb.world.run(() => SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName)!.getDataRange().getFormulas());
    expect(formulas.flat().filter(Boolean)).toEqual([]);
    expect(values(sheetName)!.some((r) => r[0] === '=SUM(A1:A2)')).toBe(true);
  });

  it('is for editors', () => {
    expect(() => wb.call('refreshSatisfactionSheet', [], { user: USERS.reader })).toThrow(
      'Accès refusé : cette action est réservée aux rôles admin, chargé (votre rôle : lecteur).',
    );
    expect(values(sheetName)).toBeNull();
  });
});

describe('low-score follow-ups', () => {
  const journal = () => values('Journal')!.filter((r) => r[4] === 'suivi enquête');

  it('a partner below the threshold gets « Prochaine action » and a due date in 7 days, journaled, once', () => {
    const [, c2] = seedTwoCampaigns();
    wb.call('refreshSatisfactionSheet', [], admin);
    const p = asAdmin(() => table().getOrThrow(donor2).record);
    expect(p.nextAction).toBe('Suivi enquête Satisfaction 2026 : score 2');
    expect(p.nextDue).toBe('2026-03-19');
    const entries = journal();
    expect(entries.map((r) => [r[3], r[5], r[7]])).toEqual([
      [donor2, 'Prochaine action', 'Suivi enquête Satisfaction 2026 : score 2'],
      [donor2, 'Prochaine échéance', '2026-03-19'],
    ]);
    // Nobody else is below 2.5 (2025: 4, 3, 5; 2026: 5, 2, 4, 3, 4)
    expect(
      asAdmin(
        () =>
          table()
            .all()
            .filter((s) => String(s.record.nextAction).startsWith('Suivi enquête')).length,
      ),
    ).toBe(1);

    // The officer replaces the action by hand; more answers arrive: no second follow-up for this campaign.
    asAdmin(() => table().update(donor2, { nextAction: 'Appeler le chargé de programme' }));
    seedResponses([response(c2, cso3, 'b9', [4, 4, 4, 4, 4, 4], 9)]);
    wb.call('refreshSatisfactionSheet', [], admin);
    expect(asAdmin(() => table().getOrThrow(donor2).record.nextAction)).toBe('Appeler le chargé de programme');
    expect(journal()).toHaveLength(2);
  });

  it('follows the threshold of Paramètres', () => {
    seedTwoCampaigns();
    setSetting('Seuil de score faible', '3,6');
    wb.call('refreshSatisfactionSheet', [], admin);
    const actions = asAdmin(
      () =>
        new Map(
          table()
            .all()
            .map((s) => [String(s.record.id), String(s.record.nextAction)]),
        ),
    );
    // 2025: donor 2 (3) ; 2026: donor 2 (2), CSO 1 (3). One action per partner field: the last written wins.
    expect(actions.get(cso1)).toBe('Suivi enquête Satisfaction 2026 : score 3');
    expect(actions.get(donor2)).toBe('Suivi enquête Satisfaction 2026 : score 2');
    expect(
      journal()
        .filter((r) => r[5] === 'Prochaine action')
        .map((r) => r[7]),
    ).toEqual(['Suivi enquête Satisfaction 2025 : score 3', 'Suivi enquête Satisfaction 2026 : score 2', 'Suivi enquête Satisfaction 2026 : score 3']);
  });
});

describe('call budget', () => {
  const TYPES = new Map<string, { name: string; type: string }>();
  /** Rows as the receiving side now stores them: the partner's name and type copied from the sent-log. */
  const typed = (r: Record<string, unknown>): Record<string, unknown> => ({
    ...r,
    ...(TYPES.get(String(r.partnerId)) ? { partnerName: TYPES.get(String(r.partnerId))!.name, partnerType: TYPES.get(String(r.partnerId))!.type } : {}),
  });
  const loadTypes = () =>
    asAdmin(() => {
      for (const { record } of table().all()) TYPES.set(String(record.id), { name: String(record.name), type: String(record.type) });
    });
  const bulk = (ids: string[], from: number, count: number) =>
    Array.from({ length: count }, (_, k) => {
      const i = from + k;
      const s = 3 + (i % 3);
      return typed(response(ids[i % 20], allPartners[i % 40], `t${i}`, [s, s, null, s, 5, 4], i % 11, i % 7 === 0 ? `Commentaire ${i}` : ''));
    });
  const campaigns20 = () =>
    seedCampaigns(
      Array.from({ length: 20 }, (_, i) => ({
        title: `Campagne ${i + 1}`,
        sendDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String(i + 1).padStart(2, '0')}`,
        sent: 600,
      })),
    );
  /** Calls that are not the aggregation's: the role check of every request (Session, settings and time zone from CacheService). */
  // The per-request role check: Session, the role table (document properties, read at every call), the cached settings and time zone.
  const OVERHEAD = /^(Session\.|User\.|CacheService\.|Cache\.|PropertiesService\.getDocumentProperties$|Properties\.getProperty$)/;

  it('getCampaignResults over 10,000 responses across 20 campaigns, cold (no cache of its own): ≤ 5 Sheets calls, the same total at 1,000 and 10,000 responses', () => {
    loadTypes();
    const ids = campaigns20();
    seedResponses(bulk(ids, 0, 1000));
    wb.call('getSession', [], admin); // the role check's settings cached, as after the sidebar opened
    const measure = () => {
      wb.world.log.reset();
      const r = wb.call('getCampaignResults', [ids[5]], admin);
      const calls = wb.world.log.snapshot();
      const overhead = Object.entries(calls).filter(([k]) => OVERHEAD.test(k));
      return {
        r,
        sheets: wb.world.log.sheetsCalls(),
        total: wb.world.log.total(),
        reads: wb.world.log.count('Sheet.getSheetValues'),
        calls,
        overhead: Object.fromEntries(overhead),
      };
    };
    const small = measure();
    expect(small.r.campaign.answered).toBe(50);
    seedResponses(bulk(ids, 1000, 9000));
    const big = measure();
    expect(big.r.campaign.answered).toBe(500);
    expect(big.r.nps.n).toBe(500);
    expect(big.r.byPartnerType.reduce((n, g) => n + g.n, 0)).toBe(500);
    // The aggregation: getActiveSpreadsheet, then Enquêtes and Réponses (getSheetByName + getSheetValues each); never Partenaires.
    expect(big.sheets).toBeLessThanOrEqual(5);
    expect(big.reads).toBe(2);
    expect(big.calls['Spreadsheet.getSheetByName']).toBe(2);
    // Everything else is the per-request role check (Session, CacheService: settings and time zone).
    expect(Object.keys(big.calls).filter((k) => !OVERHEAD.test(k) && !/^(SpreadsheetApp|Spreadsheet|Sheet)\./.test(k))).toEqual([]);
    console.log(
      `getCampaignResults, 10,000 responses / 20 campaigns, cold: ${big.sheets} Sheets calls, ${big.total} calls in all: ${JSON.stringify(big.calls)}`,
    );
    // 13 + 4: the role table, read from document properties at the role check and at the settings load (never cached).
    expect(big.total).toBeLessThanOrEqual(17);
    // Independent of the number of responses.
    expect(big.calls).toEqual(small.calls);
  });

  it('rows stored before the partner columns existed are joined to Partenaires (one more read), with the same scores', () => {
    loadTypes();
    const ids = campaigns20();
    const rows = bulk(ids, 0, 2000);
    seedResponses(rows);
    wb.call('getSession', [], admin);
    const fresh = wb.call('getCampaignResults', [ids[3]], admin);
    wb.world.log.reset();
    // Same answers, without the partner's name and type: as stored before the columns existed.
    const [old2] = seedCampaigns([{ title: 'Ancienne', sendDate: '2025-04-04', sent: 600 }]);
    seedResponses(rows.filter((r) => r.campaignId === ids[3]).map((r) => ({ ...r, campaignId: old2, partnerType: '', partnerName: '' })));
    wb.world.log.reset();
    const old = wb.call('getCampaignResults', [old2], admin);
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(3);
    expect({ ...old, campaign: null, trend: null }).toEqual({ ...fresh, campaign: null, trend: null });
  });

  it('the sheet refresh reads 3 sheets at most and writes one block', () => {
    loadTypes();
    const ids = campaigns20();
    seedResponses(bulk(ids, 0, 10_000));
    wb.call('getSession', [], admin);
    wb.world.log.reset();
    const refresh = wb.call('refreshSatisfactionSheet', [], admin);
    expect(refresh).toMatchObject({ campaigns: 20, responses: 10_000, followUps: [] });
    expect(wb.world.log.count('Sheet.getSheetValues')).toBe(2); // Enquêtes, Réponses: no low score, so no Partenaires
    expect(wb.world.log.count('Range.setValues')).toBe(1);
    expect(wb.world.log.sheetsCalls()).toBeLessThan(30);
  });
});
