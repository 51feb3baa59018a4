/**
 * One contract, two stores: whatever Pacte asks of a Store, the Sheets store (on the emulator)
 * and the in-memory store give the same answers, so rules and use cases tested on memory hold on Sheets.
 */
import { JOURNAL, PARTNERS } from '../../src/domain/schema/tables';
import { SENDS } from '../../src/domain/surveys/tables';
import { ALL_TABLES } from '../../src/domain/schema/tables';
import { ValidationError } from '../../src/domain/records/validate';
import type { Store } from '../../src/store/store';
import { MemoryStore } from '../../src/store/memory-store';
import { storeFor } from '../../src/services/sheets-store';
import { ADMIN, partnerInput, setupWorkbook } from '../support/workbook';

interface Backend {
  /** Runs `fn` as one execution of the store (on Sheets: one Apps Script execution, table reads not shared). */
  run<T>(fn: (store: Store) => T): T;
  /** What the owned sheet `name` shows (values only). */
  owned(name: string): unknown[][];
  /** Sheets only: the formula of a Partenaires cell, to prove text was not turned into one. */
  formulaOfName?(row: number): string;
}

const NOW = new Date('2026-03-12T09:00:00Z');

const backends: [string, (missing?: string) => Backend][] = [
  [
    'Sheets',
    (missing) => {
      const wb = setupWorkbook();
      if (missing) wb.world.run(() => wb.spreadsheet.deleteSheet(wb.sheet(missing)));
      return {
        run: (fn) => wb.world.run(() => fn(storeFor(wb.ctx(ADMIN))), { user: ADMIN }),
        owned: (name) => wb.values(name),
        formulaOfName: (row) => wb.world.run(() => wb.sheet(PARTNERS.sheetName).getRange(row, 2).getFormula()),
      };
    },
  ],
  [
    'Memory',
    (missing) => {
      const store = new MemoryStore({ user: ADMIN, timeZone: 'Africa/Bamako', now: () => NOW, sheets: ALL_TABLES.filter((s) => s.sheetName !== missing) });
      return { run: (fn) => fn(store), owned: (name) => store.ownedSheet(name)?.values ?? [] };
    },
  ],
];

/** The Journal's entries about `sheet` (the Sheets workbook starts with its set-up's own entries). */
const journal = (s: Store, sheet = PARTNERS.sheetName) =>
  s
    .table(JOURNAL)
    .all()
    .filter((j) => j.record.sheet === sheet)
    .map((j) => [j.record.action, j.record.recordId, j.record.field, j.record.before, j.record.after]);

describe.each(backends)('%s store', (_, make) => {
  it('says who, when and what day it is in the spreadsheet zone', () => {
    const b = make();
    b.run((s) => {
      expect(s.user).toBe(ADMIN);
      expect(s.timeZone).toBe('Africa/Bamako');
      expect(s.today()).toBe('2026-03-12');
      expect(s.stamp()).toMatch(/^2026-03-12T09:\d\d:\d\d$/);
    });
  });

  it('inserts with sequential IDs and audit fields, reads back the same record, journals each creation', () => {
    const b = make();
    const created = b.run((s) =>
      s.table(PARTNERS).insert([partnerInput({ name: 'ONU Femmes', acronym: 'ONUF' }), partnerInput({ name: 'UNICEF', acronym: 'UNI' })]),
    );
    expect(created.map((r) => r.id)).toEqual(['PAR-0001', 'PAR-0002']);
    b.run((s) => {
      const got = s.table(PARTNERS).getOrThrow('PAR-0002');
      expect(got.row).toBe(3);
      expect(got.record).toMatchObject({ id: 'PAR-0002', name: 'UNICEF', acronym: 'UNI', type: 'OSC', region: 'Bamako', updatedBy: ADMIN, website: '' });
      expect(got.record.createdAt).toMatch(/^2026-03-12T09:/);
      expect(s.table(PARTNERS).get('PAR-0009')).toBeUndefined();
      expect(() => s.table(PARTNERS).getOrThrow('PAR-0009')).toThrow("Partenaires : aucun enregistrement avec l'ID « PAR-0009 ».");
      expect(journal(s)).toEqual([
        ['création', 'PAR-0001', '', '', 'Nom : ONU Femmes ; Sigle : ONUF ; Type : OSC ; Catégorie : Institutionnel ; Région : Bamako'],
        ['création', 'PAR-0002', '', '', 'Nom : UNICEF ; Sigle : UNI ; Type : OSC ; Catégorie : Institutionnel ; Région : Bamako'],
      ]);
    });
    // IDs go on from the last one handed out, in a later execution too.
    expect(b.run((s) => s.table(PARTNERS).insert([partnerInput({ name: 'PNUD' })]))[0].id).toBe('PAR-0003');
  });

  it('updates only the fields that changed and journals each one before → after; an unchanged save journals nothing', () => {
    const b = make();
    b.run((s) => s.table(PARTNERS).insert([partnerInput({ name: 'ONU Femmes', region: 'Bamako' })]));
    const next = b.run((s) => s.table(PARTNERS).update('PAR-0001', { name: 'ONU Femmes Mali', region: 'Kayes', type: 'OSC' }));
    expect(next).toMatchObject({ name: 'ONU Femmes Mali', region: 'Kayes', type: 'OSC' });
    b.run((s) => s.table(PARTNERS).update('PAR-0001', { name: 'ONU Femmes Mali' }, 'ignoré'));
    b.run((s) => {
      expect(s.table(PARTNERS).getOrThrow('PAR-0001').record).toMatchObject({ name: 'ONU Femmes Mali', region: 'Kayes', acronym: 'CNJ' });
      expect(journal(s).slice(1)).toEqual([
        ['modification', 'PAR-0001', 'Nom', 'ONU Femmes', 'ONU Femmes Mali'],
        ['modification', 'PAR-0001', 'Région', 'Bamako', 'Kayes'],
      ]);
    });
  });

  it('writes computed fields on many rows by row number, without journaling them', () => {
    const b = make();
    b.run((s) => s.table(PARTNERS).insert([partnerInput({ name: 'A' }), partnerInput({ name: 'B' }), partnerInput({ name: 'C' })]));
    b.run((s) =>
      s.table(PARTNERS).writeComputed(
        'priority',
        new Map([
          [2, 71.5],
          [4, 12],
        ]),
      ),
    );
    b.run((s) => {
      expect(
        s
          .table(PARTNERS)
          .all()
          .map((r) => [r.record.name, r.record.priority]),
      ).toEqual([
        ['A', 71.5],
        ['B', ''],
        ['C', 12],
      ]);
      expect(journal(s).map((j) => j[0])).toEqual(['création', 'création', 'création']);
    });
  });

  it('refuses a wrong input naming its row and field in French, and writes nothing of the batch', () => {
    const b = make();
    let error: unknown;
    b.run((s) => {
      try {
        s.table(PARTNERS).insert([partnerInput({ name: 'Correct' }), partnerInput({ name: '', type: 'Banque' })]);
      } catch (e) {
        error = e;
      }
    });
    expect(error).toBeInstanceOf(ValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/Partenaires, ligne 3, colonne « Nom »/);
    expect(message).toMatch(/Partenaires, ligne 3, colonne « Type »/);
    expect(message).not.toMatch(/ligne 2/);
    b.run((s) => {
      expect(s.table(PARTNERS).all()).toEqual([]);
      expect(journal(s)).toEqual([]);
    });
  });

  it('keeps formula-looking and number-looking text as the text typed', () => {
    const b = make();
    const texts = ['=HYPERLINK("http://evil.example","clic")', '+223 70 00 00 00', '1e5', '007', '@moi', 'VRAI'];
    b.run((s) => s.table(PARTNERS).insert(texts.map((t, i) => partnerInput({ name: t, acronym: `P${i}` }))));
    b.run((s) =>
      expect(
        s
          .table(PARTNERS)
          .all()
          .map((r) => r.record.name),
      ).toEqual(texts),
    );
    if (b.formulaOfName) expect(b.formulaOfName(2)).toBe('');
    // Log rows go through the same encoder: a partner's answer is kept as typed too.
    const answers = ['=1+1', '10:30', '5 €', '1e5', 'Très bien'];
    b.run((s) =>
      s.append(
        SENDS,
        answers.map((token) => ({ campaignId: 'ENQ-0001', step: 'invitation', token, partnerId: 'PAR-0001', status: 'En attente' as const })),
      ),
    );
    b.run((s) => expect(s.columns(SENDS, ['token']).rows.map((r) => r.record.token)).toEqual(answers));
  });

  it('appends log rows below the last one, reads some columns only, sets one column on scattered rows', () => {
    const b = make();
    const send = (token: string) => ({ campaignId: 'ENQ-0001', step: 'invitation', token, partnerId: 'PAR-0001', status: 'En attente' as const });
    b.run((s) => s.append(SENDS, [send('t1'), send('t2')]));
    const read = b.run((s) => s.columns(SENDS, ['token', 'status']));
    expect(read).toEqual({
      rows: [
        { row: 2, record: { token: 't1', status: 'En attente' } },
        { row: 3, record: { token: 't2', status: 'En attente' } },
      ],
      lastRow: 3,
    });
    b.run((s) => s.append(SENDS, [send('t3')], { lastRow: read.lastRow, exact: true }));
    b.run((s) =>
      s.setColumn(
        SENDS,
        'status',
        new Map([
          [2, 'Envoyé'],
          [4, 'Rebond'],
        ]),
        new Map([
          [2, 'En attente'],
          [3, 'En attente'],
          [4, 'En attente'],
        ]),
      ),
    );
    expect(b.run((s) => s.columns(SENDS, ['token', 'status']).rows.map((r) => [r.row, r.record.token, r.record.status]))).toEqual([
      [2, 't1', 'Envoyé'],
      [3, 't2', 'En attente'],
      [4, 't3', 'Rebond'],
    ]);
    // Logs are not journaled: the caller journals what they mean.
    b.run((s) => expect(journal(s, SENDS.sheetName)).toEqual([]));
  });

  it('journals entries given by the caller, stamped with the user', () => {
    const b = make();
    b.run((s) => s.journal([{ sheet: 'Conventions', recordId: 'CONV-0001', action: 'échéance', field: 'Statut', before: 'Signée', after: 'Expirée' }]));
    b.run((s) => {
      const [entry] = s
        .table(JOURNAL)
        .all()
        .filter((j) => j.record.sheet === 'Conventions');
      expect(entry.record).toMatchObject({
        user: ADMIN,
        sheet: 'Conventions',
        recordId: 'CONV-0001',
        action: 'échéance',
        field: 'Statut',
        before: 'Signée',
        after: 'Expirée',
      });
      expect(entry.record.hash).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  it('rewrites an owned sheet whole: the last block only, text kept as text', () => {
    const b = make();
    b.run((s) =>
      s.rewriteOwned('Cartographie', {
        values: [
          ['Titre', ''],
          ['A', 1],
          ['B', 2],
          ['C', 3],
        ],
        boldRows: [1],
      }),
    );
    b.run((s) =>
      s.rewriteOwned('Cartographie', {
        values: [
          ['Titre', ''],
          ['=SUM(1)', 4],
        ],
        boldRows: [1],
      }),
    );
    expect(b.owned('Cartographie')).toEqual([
      ['Titre', ''],
      ['=SUM(1)', 4],
    ]);
  });

  it('gives null for an optional sheet that does not exist, and names it when required', () => {
    const b = make('Partenaires');
    b.run((s) => {
      expect(s.tableOrNull(PARTNERS)).toBeNull();
      expect(() => s.table(PARTNERS)).toThrow('La feuille « Partenaires » est introuvable. Lancez Pacte → Initialiser le classeur pour la créer.');
      expect(s.tableOrNull(JOURNAL)).not.toBeNull();
    });
  });
});
