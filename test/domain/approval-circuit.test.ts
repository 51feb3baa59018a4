import { amountInXof, circuitFor, DEFAULT_CIRCUIT, parseCircuit, parseCircuitRow } from '../../src/domain/conventions/approval-circuit';
import { circuitState } from '../../src/domain/conventions/approval-state';
import { circuitView } from '../../src/domain/conventions/approval-view';
import { defaultSettingsRows, parseSettings, type Settings } from '../../src/domain/settings/settings';
import type { DataRecord } from '../../src/domain/schema/field';
import { sheetRoles } from '../../src/domain/settings/roles';

const settings = (
  extra: Record<string, string>[] = [],
  roles: [string, string][] = [
    ['j@o.ml', 'juridique'],
    ['d@o.ml', 'DAF'],
    ['g@o.ml', 'DG'],
  ],
): Settings => ({
  ...parseSettings([...defaultSettingsRows('Org'), ...extra]),
  roles: sheetRoles([['admin@o.ml', 'admin'], ...roles].map(([key, value]) => ({ section: 'Rôles', key, value }))),
});

const conv = (amount: number | null, extra: DataRecord = {}): DataRecord => ({ id: 'CONV-0001', version: 1, status: 'En validation', amount, ...extra });

const row = (order: number, decision: string, extra: DataRecord = {}): DataRecord => ({
  conventionId: 'CONV-0001',
  version: 1,
  order,
  role: '',
  validator: 'x@o.ml',
  decision,
  comment: '',
  date: '2026-03-12T10:00:00',
  ...extra,
});

describe('circuit rows of Paramètres', () => {
  it('reads « ordre. rôle » and « obligatoire|facultatif ; seuil N »', () => {
    expect(parseCircuitRow('3. DG', 'obligatoire ; seuil 10000000')).toEqual({ step: { order: 3, role: 'DG', required: true, threshold: 10_000_000 } });
    expect(parseCircuitRow('4) sg', 'Facultatif')).toEqual({ step: { order: 4, role: 'SG', required: false, threshold: null } });
    expect(parseCircuitRow('2 - daf', 'obligatoire; seuil 2 500 000 FCFA')).toEqual({ step: { order: 2, role: 'DAF', required: true, threshold: 2_500_000 } });
  });

  it('names the row in French when it cannot read it', () => {
    expect(parseCircuitRow('DG', 'obligatoire')).toEqual({
      problem: 'Paramètres › Circuit de validation › « DG » : la clé doit être « ordre. rôle » (ex. « 3. DG »).',
    });
    expect(parseCircuitRow('1. comptable', '')).toEqual({ problem: expect.stringContaining('rôle inconnu « comptable »') });
    expect(parseCircuitRow('1. DG', 'seuil dix millions')).toEqual({ problem: expect.stringContaining("« seuil dix millions » n'est pas compris") });
    expect(
      parseCircuit([
        { key: '1. DG', value: '' },
        { key: '1. SG', value: '' },
      ]).problems,
    ).toEqual(["Paramètres › Circuit de validation : l'ordre 1 est utilisé deux fois."]);
  });

  it('defaults: juridique, DAF, DG above 10 000 000 FCFA, SG optional — written by set-up and read back', () => {
    expect(settings().circuit).toEqual(DEFAULT_CIRCUIT);
    expect(parseSettings([]).circuit).toEqual(DEFAULT_CIRCUIT);
  });
});

describe('circuitFor', () => {
  it('a 5 000 000 FCFA convention skips DG, a 20 000 000 FCFA one needs it', () => {
    expect(circuitFor(conv(5_000_000), settings()).map((s) => [s.role, s.applies])).toEqual([
      ['juridique', true],
      ['DAF', true],
      ['DG', false],
      ['SG', true],
    ]);
    expect(circuitFor(conv(20_000_000), settings())[2]).toEqual(expect.objectContaining({ role: 'DG', applies: true, holders: ['g@o.ml'] }));
    expect(circuitFor(conv(10_000_000), settings())[2].applies).toBe(true);
  });

  it('converts EUR at 655,957 and keeps a threshold step when the amount is unknown', () => {
    expect(amountInXof(conv(20_000, { currency: 'EUR' }))).toBe(13_119_140);
    expect(circuitFor(conv(20_000, { currency: 'EUR' }), settings())[2].applies).toBe(true);
    expect(circuitFor(conv(null), settings())[2]).toEqual(expect.objectContaining({ applies: true, reason: expect.stringContaining('Montant inconnu') }));
    expect(circuitFor(conv(1000, { currency: 'USD' }), settings())[2].applies).toBe(true);
  });
});

describe('circuitState', () => {
  const steps = (amount = 5_000_000, s = settings()) => circuitFor(conv(amount), s);

  it('awaits nothing before submission, then each step in order', () => {
    expect(circuitState(steps(), []).outcome).toBe('non soumise');
    const submitted = [row(0, 'soumise', { validator: 'c@o.ml' })];
    const s1 = circuitState(steps(), submitted);
    expect([s1.outcome, s1.awaiting?.role, s1.submittedBy]).toEqual(['en cours', 'juridique', 'c@o.ml']);
    const s2 = circuitState(steps(), [...submitted, row(1, 'approuvée')]);
    expect(s2.awaiting?.role).toBe('DAF');
    const s3 = circuitState(steps(), [...submitted, row(1, 'approuvée'), row(2, 'approuvée')]);
    expect([s3.outcome, s3.awaiting]).toEqual(['validée', null]);
    expect(s3.steps.map((s) => s.status)).toEqual(['approuvée', 'approuvée', 'non requise', 'non requise']);
  });

  it('an optional step with a holder is awaited until approved or marked « non requise »', () => {
    const s = settings(
      [],
      [
        ['j@o.ml', 'juridique'],
        ['d@o.ml', 'DAF'],
        ['s@o.ml', 'SG'],
      ],
    );
    const base = [row(0, 'soumise'), row(1, 'approuvée'), row(2, 'approuvée')];
    expect(circuitState(steps(5_000_000, s), base).awaiting?.role).toBe('SG');
    expect(circuitState(steps(5_000_000, s), [...base, row(4, 'non requise')]).outcome).toBe('validée');
  });

  it('a rejection or change request ends the circuit of that version', () => {
    const st = circuitState(steps(20_000_000), [row(0, 'soumise'), row(1, 'approuvée'), row(2, 'rejetée', { comment: 'Budget' })]);
    expect([st.outcome, st.awaiting]).toEqual(['rejetée', null]);
    expect(st.steps.map((s) => s.status)).toEqual(['approuvée', 'rejetée', 'à venir', 'non requise']);
    expect(circuitState(steps(), [row(0, 'soumise'), row(1, 'modifications demandées')]).outcome).toBe('modifications demandées');
  });
});

describe('circuitView', () => {
  it('counts only the current version, and lets only the awaited role decide', () => {
    const rows = [row(0, 'soumise'), row(1, 'rejetée'), row(0, 'soumise', { version: 2 }), row(1, 'approuvée', { version: 2 })];
    const c = conv(5_000_000, { version: 2 });
    const asDaf = circuitView(c, rows, [], settings(), 'DAF');
    expect([asDaf.awaitingRole, asDaf.canDecide]).toEqual(['DAF', true]);
    expect(asDaf.circuit[0].status).toBe('approuvée');
    expect(circuitView(c, rows, [], settings(), 'juridique').canDecide).toBe(false);
    expect(circuitView({ ...c, status: 'Brouillon' }, rows, [], settings(), 'DAF')).toEqual(expect.objectContaining({ awaitingRole: '', canDecide: false }));
  });

  it('lists the signatures of the current version, ours first', () => {
    const sigs = [
      { conventionId: 'CONV-0001', version: 1, party: 'partenaire', date: '2026-03-11', signatory: 'P', signedPdfUrl: '' },
      { conventionId: 'CONV-0001', version: 1, party: 'nous', date: '2026-03-10', signatory: 'N', signedPdfUrl: 'https://x.org/s.pdf' },
      { conventionId: 'CONV-0002', version: 1, party: 'nous', date: '2026-03-10', signatory: 'Z', signedPdfUrl: '' },
    ];
    expect(circuitView(conv(1, { status: 'Active' }), [], sigs, settings(), null).signatures.map((s) => s.signatory)).toEqual(['N', 'P']);
  });
});
