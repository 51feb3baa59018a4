/**
 * Section « Alertes » of Paramètres: when owners get their digest, after how many days late a
 * commitment goes up to which role, and whether partners get a reminder of their own deliverables.
 * Unreadable values keep the defaults.
 */
import { ROLES } from '../schema/vocabulary';
import { foldText, parseFrenchNumber } from '../records/normalise';

type Role = (typeof ROLES)[number];

export const ALERTS_SECTION = 'Alertes';
const KEYS = {
  frequency: 'Fréquence du récapitulatif',
  weekday: 'Jour du récapitulatif',
  escalateAfter: 'Escalade après (jours de retard)',
  escalateTo: "Rôle d'escalade",
  reminders: 'Rappels aux partenaires',
  reminderDays: 'Rappel partenaire (jours avant)',
};
export const WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
/** The roles an overdue commitment may go up to. */
export const ESCALATION_ROLES: readonly Role[] = ['DAF', 'DG', 'SG', 'admin'];

export type DigestFrequency = 'quotidien' | 'hebdomadaire' | 'jamais';

export interface AlertSettings {
  frequency: DigestFrequency;
  /** 0 = dimanche … 6 = samedi (weekly digest). */
  weekday: number;
  escalateAfterDays: number;
  escalateTo: Role;
  partnerReminders: boolean;
  reminderDaysBefore: number;
}

export const DEFAULT_ALERT_SETTINGS: Readonly<AlertSettings> = {
  frequency: 'hebdomadaire',
  weekday: 1,
  escalateAfterDays: 7,
  escalateTo: 'DG',
  partnerReminders: false,
  reminderDaysBefore: 7,
};

export const isAlertsSection = (section: string): boolean => foldText(section) === foldText(ALERTS_SECTION);

const days = (value: string): number | null => {
  const n = parseFrenchNumber(value);
  return n !== null && Number.isInteger(n) && n >= 1 && n <= 365 ? n : null;
};

export function parseAlertSettings(rows: readonly { key: string; value: string }[]): AlertSettings {
  const s: AlertSettings = { ...DEFAULT_ALERT_SETTINGS };
  for (const { key, value } of rows) {
    const k = foldText(key);
    const v = foldText(value);
    if (k === foldText(KEYS.frequency) && ['quotidien', 'hebdomadaire', 'jamais'].includes(v)) s.frequency = v as DigestFrequency;
    else if (k === foldText(KEYS.weekday) && WEEKDAYS.includes(v)) s.weekday = WEEKDAYS.indexOf(v);
    else if (k === foldText(KEYS.escalateAfter)) s.escalateAfterDays = days(value) ?? s.escalateAfterDays;
    else if (k === foldText(KEYS.escalateTo)) s.escalateTo = ESCALATION_ROLES.find((r) => foldText(r) === v) ?? s.escalateTo;
    else if (k === foldText(KEYS.reminders) && ['oui', 'non'].includes(v)) s.partnerReminders = v === 'oui';
    else if (k === foldText(KEYS.reminderDays)) s.reminderDaysBefore = days(value) ?? s.reminderDaysBefore;
  }
  return s;
}

export function defaultAlertSettingsRows(): Record<string, string>[] {
  const d = DEFAULT_ALERT_SETTINGS;
  return [
    {
      section: ALERTS_SECTION,
      key: KEYS.frequency,
      value: d.frequency,
      note: 'Récapitulatif des engagements à chaque responsable : quotidien, hebdomadaire ou jamais',
    },
    { section: ALERTS_SECTION, key: KEYS.weekday, value: WEEKDAYS[d.weekday], note: 'Jour du récapitulatif hebdomadaire (lundi … dimanche)' },
    {
      section: ALERTS_SECTION,
      key: KEYS.escalateAfter,
      value: String(d.escalateAfterDays),
      note: 'Un engagement en retard depuis ce nombre de jours est signalé au rôle ci-dessous',
    },
    { section: ALERTS_SECTION, key: KEYS.escalateTo, value: d.escalateTo, note: `Rôle prévenu des retards : ${ESCALATION_ROLES.join(', ')}` },
    { section: ALERTS_SECTION, key: KEYS.reminders, value: 'non', note: 'oui : le contact du partenaire reçoit un rappel courtois de ses propres livrables' },
    { section: ALERTS_SECTION, key: KEYS.reminderDays, value: String(d.reminderDaysBefore), note: "Nombre de jours avant l'échéance pour ce rappel" },
  ];
}
