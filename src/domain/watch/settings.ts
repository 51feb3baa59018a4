/**
 * Paramètres › « Veille »: the weights of the fit score's criteria, the organisation's zones, the
 * shortest useful delay before a deadline, and the feeds (key « Flux », one row per address, the
 * comment naming it). Defaults are written by Initialiser.
 */
import { foldText, parseFrenchNumber } from '../records/normalise';

export const WATCH_SECTION = 'Veille';
export const FEED_KEY = 'Flux';

export interface FitWeights {
  /** Points per strategic axis one of the call's themes (or its title) falls under. */
  axis: number;
  /** Points when one of the call's zones is one of the organisation's. */
  zoneIn: number;
  /** Points (negative) when the call names zones and none is the organisation's. */
  zoneOut: number;
  /** Points when the funder is already a partner. */
  knownFunder: number;
  /** Points (negative) when fewer days than `minDays` are left before the deadline. */
  tooShort: number;
}

export interface WatchSettings {
  weights: FitWeights;
  zones: string[];
  minDays: number;
  feeds: { url: string; name: string }[];
}

export const DEFAULT_WATCH_SETTINGS: Readonly<WatchSettings> = {
  weights: { axis: 2, zoneIn: 1, zoneOut: -1, knownFunder: 1, tooShort: -2 },
  zones: ['Mali'],
  minDays: 14,
  feeds: [],
};

const WEIGHT_KEYS: Readonly<Record<string, keyof FitWeights>> = {
  'theme aligne sur un axe': 'axis',
  'zone couverte': 'zoneIn',
  'zone hors perimetre': 'zoneOut',
  'bailleur deja partenaire': 'knownFunder',
  'delai trop court': 'tooShort',
};

export const isWatchSection = (section: string): boolean => foldText(section) === foldText(WATCH_SECTION);

/** A list typed in one cell: « Mali, Sénégal ; Sahel » → its items. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,;\n]/)
    .map((t) => t.trim())
    .filter(Boolean);

export function parseWatchSettings(rows: readonly { key: string; value: string; note?: string }[]): WatchSettings {
  const s: WatchSettings = {
    weights: { ...DEFAULT_WATCH_SETTINGS.weights },
    zones: [...DEFAULT_WATCH_SETTINGS.zones],
    minDays: DEFAULT_WATCH_SETTINGS.minDays,
    feeds: [],
  };
  for (const { key, value, note } of rows) {
    const k = foldText(key);
    const weight = WEIGHT_KEYS[k];
    const n = parseFrenchNumber(value.replace(/^\+/, '').replace(/^[−–]/, '-'));
    if (weight && n !== null) s.weights[weight] = n;
    else if (k === 'zones' && value) s.zones = splitList(value);
    else if (k === 'delai minimum (jours)' && n !== null && n >= 0) s.minDays = n;
    else if (k === foldText(FEED_KEY) && /^https?:\/\//i.test(value)) s.feeds.push({ url: value, name: (note ?? '').trim() || value });
  }
  return s;
}

export function defaultWatchRows(): Record<string, string>[] {
  const w = DEFAULT_WATCH_SETTINGS.weights;
  return [
    {
      section: WATCH_SECTION,
      key: 'Thème aligné sur un axe',
      value: String(w.axis),
      note: 'Points du score d’adéquation par axe stratégique couvert par un thème de l’appel',
    },
    { section: WATCH_SECTION, key: 'Zone couverte', value: String(w.zoneIn), note: 'Points quand une zone de l’appel est une zone de l’organisation' },
    {
      section: WATCH_SECTION,
      key: 'Zone hors périmètre',
      value: String(w.zoneOut),
      note: 'Points (négatifs) quand aucune zone de l’appel n’est une zone de l’organisation',
    },
    { section: WATCH_SECTION, key: 'Bailleur déjà partenaire', value: String(w.knownFunder), note: 'Points quand le bailleur est déjà dans Partenaires' },
    {
      section: WATCH_SECTION,
      key: 'Délai trop court',
      value: String(w.tooShort),
      note: 'Points (négatifs) quand la date limite est plus proche que le délai minimum',
    },
    { section: WATCH_SECTION, key: 'Délai minimum (jours)', value: String(DEFAULT_WATCH_SETTINGS.minDays), note: 'Jours nécessaires pour monter un dossier' },
    {
      section: WATCH_SECTION,
      key: 'Zones',
      value: DEFAULT_WATCH_SETTINGS.zones.join(', '),
      note: 'Zones d’intervention de l’organisation, séparées par des virgules',
    },
    {
      section: WATCH_SECTION,
      key: FEED_KEY,
      value: '',
      note: 'Adresse d’un flux RSS ou Atom d’appels à projets (une ligne « Flux » par flux ; le commentaire le nomme)',
    },
  ];
}
