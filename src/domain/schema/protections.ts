/**
 * The protections Pacte itself puts on its sheets at set-up: warning-only (nobody is blocked, a hand
 * edit asks for confirmation first), recognised by their description so set-up never adds a second one
 * and the Diagnostic reports a missing one. The roles view of Paramètres is not protected: its rows are
 * not contiguous (new roles go at the end) and a hand edit there changes nobody's role anyway.
 */
import { JOURNAL } from './tables';

export interface PacteProtection {
  sheet: string;
  description: string;
}

export const PACTE_PROTECTIONS: readonly PacteProtection[] = [
  { sheet: JOURNAL.sheetName, description: 'Pacte — Journal (preuve : ne pas modifier à la main)' },
];
