/**
 * Texts longer than a Sheets cell may hold (50,000 characters, enforced by the emulator with
 * Google's error) are never lost and never make a batch write fail: the cell keeps the beginning
 * and « … [suite : Textes longs › TL-n] », the whole text goes to « Textes longs », and the store
 * reads it back whole. Built bundle on the emulator.
 */
import { seededPerFile, somePartners, USERS, workbookWithPartners } from '../support/workbooks';
import type { LoadedScript } from '../../src/dev/load-script';
import { JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { RESPONSES } from '../../src/domain/surveys/tables';
import { records, values as sheetValues } from '../support/demo-sheets';
import { FULL, create, draft, linksByAddress, respond, send, surveyWorkbook } from './surveys-support';
import { _failedTriggerRuns } from '../../src/dev/emulator/script';

const { officer: AWA, admin: ADMIN } = USERS;
/** Three partners, seeded once for the file (each test starts from them). */
const threePartners = seededPerFile(() => workbookWithPartners(somePartners(3)));
const LIMIT = 50_000;

/**
 * A text of `n` characters that is not one letter repeated (so a wrong join would show), starting
 * like a formula and ending with a full stop (forms and imports trim the ends of what is typed).
 */
function longText(n: number, seed: string): string {
  let s = `=${seed} `;
  for (let i = 0; s.length < n; i++) s += `${seed}-${i} « réponse détaillée » ; `;
  return `${s.slice(0, n - 1)}.`;
}

/** Equality of two long texts, reported by length and first difference (never the whole text). */
function same(got: unknown, want: string): boolean {
  const g = String(got);
  if (g === want) return true;
  let i = 0;
  while (i < g.length && g[i] === want[i]) i++;
  throw new Error(`text differs: length ${g.length} instead of ${want.length}, first difference at ${i}: « ${g.slice(i, i + 40)} »`);
}

const longestCell = (wb: LoadedScript, sheet: string): number =>
  Math.max(
    ...sheetValues(wb, sheet)
      .flat()
      .map((v) => String(v).length),
  );

function longTextsSheet(wb: LoadedScript): unknown[][] {
  return sheetValues(wb, 'Textes longs');
}

describe('a survey comment of 120,000 characters', () => {
  it('is stored whole: the Réponses cell says where the rest is, the results show the whole comment', () => {
    const { wb, partnerIds } = surveyWorkbook(2);
    wb.call('installTriggers', [], { user: ADMIN });
    const c = create(wb, draft(partnerIds));
    send(wb, c.id);
    const comment = longText(120_000, 'avis');
    respond(wb, c.id, [...linksByAddress(wb).values()][0], { ...FULL, comments: comment });
    expect(_failedTriggerRuns(wb.world)).toEqual([]);

    const cell = String(sheetValues(wb, 'Réponses')[1][sheetValues(wb, 'Réponses')[0].indexOf('Commentaires')]);
    expect(cell.length).toBeLessThanOrEqual(LIMIT);
    expect(cell.slice(-40)).toMatch(/ … \[suite : Textes longs › TL-\d+\]$/);
    expect(comment.startsWith(cell.replace(/ … \[suite.*$/, ''))).toBe(true);
    // In parts under the limit, with where the text belongs.
    const parts = longTextsSheet(wb).slice(1);
    expect(parts.length).toBe(3);
    expect(parts.every((p) => String(p[2]).length < LIMIT && p[3] === 'Réponses › Commentaires')).toBe(true);

    expect(same(records(wb, RESPONSES)[0].comments, comment)).toBe(true);
    const results = wb.call('getCampaignResults', [c.id], { user: ADMIN });
    expect(results.comments).toHaveLength(1);
    expect(same(results.comments[0], comment)).toBe(true);
  });
});

describe('a Journal entry with 60,000-character before and after', () => {
  it('journals both texts whole and the partner reads back whole, edited again without a new copy of the unchanged text', () => {
    const wb = threePartners();
    const id = String(records(wb, PARTNERS)[0].id);
    const first = longText(60_000, 'avant');
    const second = longText(60_000, 'après');
    wb.call('savePartner', [{ id, notes: first }, []], { user: AWA });
    wb.call('savePartner', [{ id, notes: second }, []], { user: AWA });

    const change = records(wb, JOURNAL).find((j) => j.recordId === id && j.field === 'Notes' && j.before !== '')!;
    expect(same(change.before, first)).toBe(true);
    expect(same(change.after, second)).toBe(true);
    expect(same(wb.call('getPartner', [id], { user: AWA }).partner.notes, second)).toBe(true);
    expect(longestCell(wb, 'Journal')).toBeLessThanOrEqual(LIMIT);
    expect(longestCell(wb, 'Partenaires')).toBeLessThanOrEqual(LIMIT);

    // Another field of the same row: the long note is neither journaled nor stored again.
    const stored = longTextsSheet(wb).length;
    wb.call('savePartner', [{ id, nextAction: 'Rappeler' }, []], { user: AWA });
    expect(longTextsSheet(wb).length).toBe(stored);
    expect(same(records(wb, PARTNERS)[0].notes, second)).toBe(true);
  });

  it('a cell a user edited by hand keeps the user’s text', () => {
    const wb = threePartners();
    const id = String(records(wb, PARTNERS)[0].id);
    wb.call('savePartner', [{ id, notes: longText(70_000, 'note') }, []], { user: AWA });
    wb.world.run(() => {
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Partenaires')!;
      const col = (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[]).indexOf('Notes') + 1;
      sheet.getRange(2, col).setValue('Remplacé à la main');
    });
    expect(records(wb, PARTNERS)[0].notes).toBe('Remplacé à la main');
  });
});

describe('an import of 1,000 rows, one of them 70,000 characters long', () => {
  it('creates every row, keeps the long note whole, and writes in the same few blocks', () => {
    const wb = threePartners();
    const note = longText(70_000, 'historique').replace(/;/g, ',');
    const lines = ['Nom;Type;Notes'];
    for (let i = 1; i <= 1000; i++) lines.push(`Organisation importée ${i};OSC;${i === 500 ? note : `Note ${i}`}`);
    wb.world.log.reset();
    const result = wb.call('importPartners', [{ csv: lines.join('\n') }, {}], { user: AWA });
    const calls = { setValues: wb.world.log.count('Range.setValues'), appendRow: wb.world.log.count('Sheet.appendRow'), sheets: wb.world.log.sheetsCalls() };
    expect(result.created).toBe(1000);
    expect(result.errors).toEqual([]);

    const imported = records(wb, PARTNERS).find((p) => p.name === 'Organisation importée 500')!;
    expect(same(imported.notes, note)).toBe(true);
    // Batched: the rows and the Journal in one block each, the long note and the Journal's copy of it
    // to « Textes longs » in one block each; no call is made per row.
    console.log(`importPartners, 1,000 rows with a 70,000-character note: ${calls.sheets} Sheets calls, ${calls.setValues} setValues`);
    expect(calls).toMatchObject({ setValues: 4, appendRow: 0 });
    expect(calls.sheets).toBeLessThan(40);
    expect(longestCell(wb, 'Partenaires')).toBeLessThanOrEqual(LIMIT);
    const journalOfIt = records(wb, JOURNAL).find((j) => j.recordId === imported.id && j.action === 'création')!;
    expect(String(journalOfIt.after).includes(note)).toBe(true);
  });
});
