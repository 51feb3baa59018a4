/**
 * The fit score of a call: points for each strategic axis its themes fall under, its zones, a
 * funder already partner, a deadline too close; explained in French, one reason per criterion
 * (« +2 : thème Gouvernance = axe 1 ; −1 : zone Sénégal hors Mali »), and kept between 0 and 5.
 */
import { foldText } from '../records/normalise';
import { addDays, type LocalDate } from '../format/local-date';
import { splitList, type WatchSettings } from './settings';

export interface FitInput {
  title: string;
  themes: string;
  zones: string;
  deadline: LocalDate | '';
  funderIsPartner: boolean;
}

export interface Fit {
  score: number;
  points: number;
  explanation: string;
}

/** Words that say nothing of a theme (« et », « des »…): only words of 4 letters or more count. */
const words = (text: string): string[] =>
  foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);

/** The axis a theme falls under: the theme is in the axis's name, or they share a significant word. */
function axisOf(theme: string, axes: readonly string[]): number {
  const t = foldText(theme);
  const tw = words(theme);
  return axes.findIndex((axis) => foldText(axis).includes(t) || words(axis).some((w) => tw.includes(w)));
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');

export function fitScore(call: FitInput, axes: readonly string[], settings: WatchSettings, today: LocalDate): Fit {
  const w = settings.weights;
  const reasons: { points: number; text: string }[] = [];
  // Themes typed or read from the feed's categories; without any, the title's words are matched.
  const themes = splitList(call.themes);
  const matched = new Set<number>();
  for (const theme of themes.length ? themes : [call.title]) {
    const axis = axisOf(theme, axes);
    if (axis < 0 || matched.has(axis)) continue;
    matched.add(axis);
    reasons.push({ points: w.axis, text: themes.length ? `thème ${theme} = axe ${axis + 1}` : `intitulé proche de l’axe ${axis + 1} (${axes[axis]})` });
  }
  const zones = splitList(call.zones);
  if (zones.length && settings.zones.length) {
    const ours = settings.zones.map(foldText);
    const inside = zones.find((z) => ours.includes(foldText(z)));
    if (inside) reasons.push({ points: w.zoneIn, text: `zone ${inside} couverte` });
    else reasons.push({ points: w.zoneOut, text: `zone ${zones.join(', ')} hors ${settings.zones.join(', ')}` });
  }
  if (call.funderIsPartner) reasons.push({ points: w.knownFunder, text: 'bailleur déjà partenaire' });
  if (call.deadline && call.deadline < addDays(today, settings.minDays))
    reasons.push({ points: w.tooShort, text: `date limite à moins de ${settings.minDays} jours` });
  const counted = reasons.filter((r) => r.points !== 0);
  const points = counted.reduce((n, r) => n + r.points, 0);
  return {
    points,
    score: Math.max(0, Math.min(5, points)),
    explanation: counted.length ? counted.map((r) => `${signed(r.points)} : ${r.text}`).join(' ; ') : 'Aucun critère rempli (thèmes, zones, bailleur, délai).',
  };
}
