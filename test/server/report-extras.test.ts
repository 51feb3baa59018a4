/**
 * The diagnostic and a partner's report through the built bundle on the sandbox's demo workbook:
 * each Doc opened as a reader would — its headings, its numbered tables with figures, no
 * placeholder left — the same Doc again on a second request, the partner's shortcut in its folder,
 * and a reader refused.
 */
import { fullWorkbook, type FullWorkbook } from '../support/full-workbook';
import { records } from '../support/demo-sheets';
import { tablesOf } from '../support/doc-read';
import { DEMO_USERS } from '../../src/dev/sandbox/demo-data';
import { EVENTS } from '../../src/domain/events/tables';
import { PARTNERS } from '../../src/domain/schema/tables';

let wb: FullWorkbook;
beforeAll(() => {
  wb = fullWorkbook();
}, 120_000);

function opened(url: string): { text: string; headings: string[]; tables: string[][][] } {
  return wb.world.run(() => {
    const body = DocumentApp.openByUrl(url).getBody();
    const headings = body
      .getParagraphs()
      .filter((p) => String(p.getHeading()).startsWith('HEADING'))
      .map((p) => p.getText());
    return { text: body.getText(), headings, tables: tablesOf(body) };
  });
}

it('the diagnostic of the demo partnerships is a Doc with its sections, numbered tables with figures, once a day', () => {
  const first = wb.call('generateDiagnosticReport', [], { user: DEMO_USERS.dg });
  expect(first).toMatchObject({ name: 'Diagnostic des partenariats existants — au 12 mars 2026', created: true });
  const doc = opened(first.url);
  expect(doc.headings).toEqual([
    '1. Synthèse',
    '2. Inventaire des partenaires',
    '3. Partenariats formalisés et informels',
    '4. Stratégiques, opérationnels et institutionnels',
    '5. Lacunes',
    '6. Risques',
    '7. Recommandations',
    'Annexe — Définitions',
  ]);
  expect(doc.text).not.toContain('{{');
  expect(doc.text).toContain('Tableau 1 — Partenaires par type');
  expect(doc.text).toContain('Graphique 1 — Partenaires par étape du cycle de vie');
  const partners = records(wb, PARTNERS).filter((p) => !p.archivedAt).length;
  const byType = doc.tables[0];
  expect(byType[0]).toEqual(['Type', 'Partenaires', 'Part']);
  expect(byType[byType.length - 1]).toEqual(['Total', String(partners), '100 %']);
  expect(byType.slice(1, -1).reduce((s, r) => s + Number(r[1]), 0)).toBe(partners);
  const groups = doc.tables.find((t) => t[0][0] === 'Groupe')!;
  expect(groups.map((r) => r[0]).slice(1, 4)).toEqual(['Stratégique', 'Opérationnel', 'Institutionnel']);
  expect(groups.some((r) => /\d[\d\u00a0 ]*FCFA/.test(r[3]) && r[3] !== '0\u00a0FCFA')).toBe(true);

  const again = wb.call('generateDiagnosticReport', [], { user: DEMO_USERS.dg });
  expect(again).toEqual({ ...first, created: false });
  expect(() => wb.call('generateDiagnosticReport', [], { user: DEMO_USERS.lecteur })).toThrow(/lecteur|autoris|droit/i);
});

it('a partner’s report for the year is a Doc about that partner alone, with a shortcut in its folder', () => {
  const held = records(wb, EVENTS).find((e) => e.status === 'Tenu')!;
  const partnerId = String(held.partnerIds).split(/[,;\s]+/)[0];
  const partners = records(wb, PARTNERS);
  const name = String(partners.find((p) => p.id === partnerId)!.name);
  const year = Number(String(held.date).slice(0, 4));
  const made = wb.call('generatePartnerReport', [{ partnerId, year }], { user: DEMO_USERS.chargee });
  expect(made.name).toBe(`Rapport au partenaire — ${name} — année ${year}`);
  const doc = opened(made.url);
  expect(doc.headings).toEqual([
    '1. Synthèse',
    '2. Ce que nous avons fait ensemble',
    '3. Engagements des deux parties',
    '4. Ressources mobilisées',
    '5. Résultats',
    '6. Prochaines étapes',
  ]);
  expect(doc.text).not.toContain('{{');
  expect(doc.text).toContain(String(held.title));
  const events = doc.tables.find((t) => t[0][1] === 'Événement')!;
  expect(events.length).toBeGreaterThan(1);
  // No other partner of the registry is named (a name longer than a word, to avoid common words).
  const others = partners.filter((p) => p.id !== partnerId && String(p.name).length > 12 && !name.includes(String(p.name)));
  for (const p of others) expect(doc.text).not.toContain(String(p.name));

  // The shortcut in the partner's folder points at the Doc.
  const docId = /\/d\/([\w-]+)/.exec(made.url)![1];
  const folderId = /folders\/([\w-]+)/.exec(made.partnerFolderUrl!)![1];
  const shortcuts = [...wb.world.drive.files.values()].filter((f) => f.parentIds.includes(folderId) && f.shortcut);
  expect(shortcuts.map((s) => [s.name, s.shortcut!.targetId])).toEqual([[made.name, docId]]);
  expect(wb.world.drive.get(folderId)!.name).toContain(name);

  const again = wb.call('generatePartnerReport', [{ partnerId, year }], { user: DEMO_USERS.chargee });
  expect(again).toEqual({ ...made, created: false });
  expect([...wb.world.drive.files.values()].filter((f) => f.parentIds.includes(folderId) && f.shortcut)).toHaveLength(1);
});
