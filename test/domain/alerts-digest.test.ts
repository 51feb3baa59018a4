/** One owner's digest (grouping, French dates and amounts, escaped HTML, WhatsApp text) and the plan of alerts with their keys. */
import { buildDigest, digestHtml, digestSubject, digestWhatsApp, MAX_LINES, type DigestLine } from '../../src/domain/commitments/digest';
import { digestDay, planAlerts, type AlertFacts } from '../../src/domain/commitments/alerts';
import { DEFAULT_ALERT_SETTINGS, parseAlertSettings, defaultAlertSettingsRows } from '../../src/domain/commitments/alert-settings';
import { parseSettings, defaultSettingsRows } from '../../src/domain/settings/settings';

const NB = '\u00a0';
const SHEET = 'https://docs.google.com/spreadsheets/d/X/edit#gid=7';
const line = (id: string, due: string, extra: Partial<DigestLine> = {}): DigestLine => ({
  id,
  label: `Livrable ${id}`,
  conventionId: 'CONV-0001',
  partnerName: 'Fondation Sahel',
  due,
  amount: null,
  currency: 'XOF',
  rowUrl: `https://docs.google.com/spreadsheets/d/X/edit#gid=7&range=A${id.slice(-1)}`,
  docUrl: '',
  ...extra,
});
const fact = (id: string, due: string, owner: string, extra: Partial<AlertFacts> = {}): AlertFacts => ({
  ...line(id, due),
  owner,
  party: 'Nous',
  partnerContact: '',
  ...extra,
});

describe('an owner digest', () => {
  it('groups by urgency: late with days, this week, within 30 days; nothing beyond, nothing → null', () => {
    const d = buildDigest(
      'a@x.org',
      [line('ENG-3', '2026-04-30'), line('ENG-1', '2026-03-02'), line('ENG-2', '2026-03-19'), line('ENG-4', '2026-03-25')],
      '2026-03-12',
      SHEET,
    )!;
    expect(d.late.map((l) => [l.id, l.daysLate])).toEqual([['ENG-1', 10]]);
    expect(d.week.map((l) => l.id)).toEqual(['ENG-2']);
    expect(d.month.map((l) => l.id)).toEqual(['ENG-4']);
    expect(digestSubject(d)).toBe('Pacte — vos engagements : 1 en retard, 1 cette semaine, 1 dans 30 jours');
    expect(buildDigest('a@x.org', [line('ENG-3', '2026-04-30')], '2026-03-12', SHEET)).toBeNull();
  });

  it('WhatsApp text: bold titles with asterisks, one line per item, French date and amount, one link, no HTML', () => {
    const d = buildDigest(
      'a@x.org',
      [line('ENG-1', '2026-03-02', { amount: 1_500_000, label: 'Rapport <financier>' }), line('ENG-2', '2026-03-13', { partnerName: '' })],
      '2026-03-12',
      SHEET,
    )!;
    expect(digestWhatsApp(d)).toBe(
      [
        '*Pacte — engagements au 12 mars 2026*',
        '',
        '*En retard (1)*',
        `• ENG-1 — Rapport <financier> (CONV-0001, Fondation Sahel) : échéance 2 mars 2026, 10 jours de retard — 1${NB}500${NB}000${NB}FCFA`,
        '',
        '*Cette semaine (1)*',
        '• ENG-2 — Livrable ENG-2 (CONV-0001) : échéance 13 mars 2026',
        '',
        `Feuille Engagements : ${SHEET}`,
      ].join('\n'),
    );
  });

  it('HTML escapes every value (a label « <script> » arrives as text) and links the row and the Doc', () => {
    const d = buildDigest(
      'a@x.org',
      [line('ENG-1', '2026-03-02', { label: '<script>alert(1)</script>', partnerName: 'A & B "SA"', docUrl: 'https://docs.google.com/document/d/D?a=1&b=2' })],
      '2026-03-12',
      SHEET,
    )!;
    const html = digestHtml(d);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('A &amp; B &quot;SA&quot;');
    expect(html).toContain('<a href="https://docs.google.com/spreadsheets/d/X/edit#gid=7&amp;range=A1">ligne</a>');
    expect(html).toContain('<a href="https://docs.google.com/document/d/D?a=1&amp;b=2">convention</a>');
  });

  it(`shows at most ${MAX_LINES} lines per group and counts the rest`, () => {
    const many = Array.from({ length: MAX_LINES + 3 }, (_, i) => line(`ENG-${1000 + i}`, '2026-03-01'));
    const text = digestWhatsApp(buildDigest('a@x.org', many, '2026-03-12', SHEET)!);
    expect(text.split('\n').filter((l) => l.startsWith('• '))).toHaveLength(MAX_LINES);
    expect(text).toContain(`*En retard (${MAX_LINES + 3})*`);
    expect(text).toContain('… et 3 autres : voir la feuille Engagements.');
  });
});

describe('Paramètres › Alertes', () => {
  it('defaults written by « Initialiser » read back as the defaults; values typed are read, wrong ones ignored', () => {
    expect(parseSettings(defaultSettingsRows('AMADE')).alerts).toEqual(DEFAULT_ALERT_SETTINGS);
    expect(defaultAlertSettingsRows().map((r) => r.key)).toContain("Rôle d'escalade");
    expect(
      parseAlertSettings([
        { key: 'Fréquence du récapitulatif', value: 'Quotidien' },
        { key: 'Escalade après (jours de retard)', value: '3' },
        { key: "Rôle d'escalade", value: 'daf' },
        { key: 'Rappels aux partenaires', value: 'oui' },
        { key: 'Rappel partenaire (jours avant)', value: 'demain' },
      ]),
    ).toEqual({ ...DEFAULT_ALERT_SETTINGS, frequency: 'quotidien', escalateAfterDays: 3, escalateTo: 'DAF', partnerReminders: true });
  });

  it('the digest day: today (quotidien), the last chosen weekday (hebdomadaire), none (jamais)', () => {
    // 12 March 2026 is a Thursday.
    expect(digestDay('2026-03-12', { ...DEFAULT_ALERT_SETTINGS, frequency: 'quotidien' })).toBe('2026-03-12');
    expect(digestDay('2026-03-12', DEFAULT_ALERT_SETTINGS)).toBe('2026-03-09');
    expect(digestDay('2026-03-09', DEFAULT_ALERT_SETTINGS)).toBe('2026-03-09');
    expect(digestDay('2026-03-12', { ...DEFAULT_ALERT_SETTINGS, frequency: 'jamais' })).toBeNull();
  });
});

describe('the plan of alerts', () => {
  const s = { ...DEFAULT_ALERT_SETTINGS, frequency: 'quotidien' as const, partnerReminders: true };

  it('each owner gets only their items; escalation at N days late to the managers; reminders to the partner contact only with an address', () => {
    const plan = planAlerts(
      [
        fact('ENG-1', '2026-03-05', 'a@x.org'), // 7 days late: escalated
        fact('ENG-2', '2026-03-06', 'a@x.org'), // 6 days late: not yet
        fact('ENG-3', '2026-03-15', 'b@x.org', { party: 'Partenaire', partnerContact: 'contact@sahel.org' }),
        fact('ENG-4', '2026-03-16', 'b@x.org', { party: 'Partenaire' }),
        fact('ENG-5', '2026-03-30', 'b@x.org', { party: 'Partenaire', partnerContact: 'contact@sahel.org' }), // too early for a reminder
      ],
      '2026-03-12',
      s,
      ['dg@x.org'],
      SHEET,
    );
    expect(plan.alerts.map((a) => [a.unit, a.key, a.to.join(',')])).toEqual([
      ['a@x.org', 'alerte:escalade:ENG-1:2026-03-05', 'dg@x.org'],
      ['a@x.org', 'alerte:recap:a@x.org:2026-03-12', 'a@x.org'],
      ['b@x.org', 'alerte:rappel:ENG-3:2026-03-08', 'contact@sahel.org'],
      ['b@x.org', 'alerte:recap:b@x.org:2026-03-12', 'b@x.org'],
    ]);
    expect(plan.alerts[1].body).toContain('ENG-2');
    expect(plan.alerts[1].body).not.toContain('ENG-3');
    expect(plan.alerts[3].body).not.toContain('ENG-1');
    expect(plan.alerts[2].subject).toBe('Rappel : échéance du 15 mars 2026 — Livrable ENG-3');
    expect(plan.noPartnerAddress).toEqual(['ENG-4']);
    expect(planAlerts([fact('ENG-1', '2026-03-05', 'a@x.org')], '2026-03-12', s, [], SHEET).noManager).toEqual(['ENG-1']);
  });
});
