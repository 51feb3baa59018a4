/**
 * « Veille »: calls for proposals, funds, CSR and cooperation programmes and sector agendas the
 * organisation watches, typed by hand, pasted as a list or read from the feeds of Paramètres ›
 * Veille; each with its fit score (explained), its decision and, once « Go », its opportunity.
 */
import { defineTable, withInputLimits } from '../schema/field';
import { CURRENCIES } from '../schema/vocabulary';
import { foldText } from '../records/normalise';

export const WATCH_KINDS = ['Appel à projets', 'Fonds', 'Programme RSE', 'Programme de coopération', 'Agenda sectoriel'] as const;
export type WatchKind = (typeof WATCH_KINDS)[number];

export const WATCH_DECISIONS = ['À étudier', 'Go', 'No go'] as const;
export type WatchDecision = (typeof WATCH_DECISIONS)[number];

/** The values of the first version of the sheet, still read as their new names. */
const LEGACY_DECISIONS: Readonly<Record<string, WatchDecision>> = { candidater: 'Go', 'ne pas candidater': 'No go' };

/** A cell's decision, old values included; '' when empty or unknown. */
export function readDecision(raw: unknown): WatchDecision | '' {
  const folded = foldText(String(raw ?? ''));
  if (!folded) return '';
  return WATCH_DECISIONS.find((d) => foldText(d) === folded) ?? LEGACY_DECISIONS[folded] ?? '';
}

export const WATCH = defineTable(
  'watch',
  'Veille',
  'VEI',
  withInputLimits([
    { key: 'title', header: 'Intitulé', type: 'text', required: true, maxLength: 300 },
    { key: 'funder', header: 'Bailleur / programme', type: 'text', maxLength: 200 },
    { key: 'deadline', header: 'Date limite', type: 'date' },
    { key: 'link', header: 'Lien', type: 'url' },
    // Computed from Paramètres › Veille at each save (0 to 5), explained in « Explication du score ».
    { key: 'fit', header: 'Adéquation (0-5)', type: 'score', min: 0, max: 5 },
    // Old rows may hold « Candidater » / « Ne pas candidater »: read as Go / No go (readDecision).
    { key: 'decision', header: 'Décision', type: 'enum', values: WATCH_DECISIONS },
    { key: 'kind', header: 'Nature', type: 'enum', values: WATCH_KINDS, addedLater: true },
    { key: 'funderPartnerId', header: 'ID partenaire (bailleur)', type: 'ref', ref: 'partners', addedLater: true },
    { key: 'themes', header: 'Thèmes', type: 'text', maxLength: 500, addedLater: true },
    { key: 'zones', header: 'Zones', type: 'text', maxLength: 500, addedLater: true },
    { key: 'amountMin', header: 'Montant minimum', type: 'money', min: 0, addedLater: true },
    { key: 'amountMax', header: 'Montant maximum', type: 'money', min: 0, addedLater: true },
    { key: 'currency', header: 'Devise', type: 'currency', values: CURRENCIES, addedLater: true },
    { key: 'eligibility', header: 'Éligibilité', type: 'longtext', maxLength: 5000, addedLater: true },
    { key: 'fitExplanation', header: 'Explication du score', type: 'text', system: true, addedLater: true },
    { key: 'owner', header: 'Responsable', type: 'email', addedLater: true },
    { key: 'opportunityId', header: 'ID opportunité', type: 'ref', ref: 'opportunities', system: true, addedLater: true },
    // « Flux : https://… », « Liste collée » or empty when typed by hand.
    { key: 'source', header: 'Source', type: 'text', system: true, addedLater: true },
    // The feed item's guid (or id): an item read again is recognised even when its title changed.
    { key: 'guid', header: 'Identifiant du flux', type: 'text', system: true, addedLater: true },
  ]),
);
