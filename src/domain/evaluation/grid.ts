/**
 * The joint health check grid: the same dimensions rated vert / orange / rouge by us and by the
 * partner. Dimensions carry a weight and may be critical: the overall rating is the weighted
 * average, capped by the worst critical dimension, so one red critical dimension is never
 * averaged away by good marks elsewhere.
 */

export const LEVELS = ['Vert', 'Orange', 'Rouge'] as const;
export type Level = (typeof LEVELS)[number];

export interface Dimension {
  key: string;
  label: string;
  /** Share of the weighted average (the weights add up to 100). */
  weight: number;
  /** A critical dimension caps the overall rating at its own. */
  critical: boolean;
  /** What the raters ask themselves (shown in the grid and as the Form question's help). */
  keyQuestions: readonly string[];
}

export const DIMENSIONS: readonly Dimension[] = [
  {
    key: 'governance',
    label: 'Gouvernance et communication',
    weight: 15,
    critical: false,
    keyQuestions: ['Les instances conjointes se réunissent-elles comme prévu ?', 'L’information circule-t-elle à temps dans les deux sens ?'],
  },
  {
    key: 'commitments',
    label: 'Respect des engagements',
    weight: 20,
    critical: true,
    keyQuestions: ['Les livrables et rapports sont-ils remis à l’échéance ?', 'Les versements et contributions sont-ils honorés ?'],
  },
  {
    key: 'results',
    label: 'Résultats obtenus',
    weight: 20,
    critical: true,
    keyQuestions: ['Les résultats attendus sont-ils atteints ?', 'Les bénéficiaires en voient-ils les effets ?'],
  },
  {
    key: 'finance',
    label: 'Gestion financière',
    weight: 20,
    critical: true,
    keyQuestions: ['Les dépenses sont-elles justifiées et conformes ?', 'Les rapports financiers sont-ils fiables ?'],
  },
  {
    key: 'addedValue',
    label: 'Valeur ajoutée mutuelle',
    weight: 15,
    critical: false,
    keyQuestions: ['Chaque partie gagne-t-elle à ce partenariat ?', 'Le partenariat apporte-t-il ce qu’aucune partie n’obtiendrait seule ?'],
  },
  {
    key: 'outlook',
    label: 'Perspectives',
    weight: 10,
    critical: false,
    keyQuestions: ['Les deux parties souhaitent-elles poursuivre ?', 'Des pistes nouvelles se dessinent-elles ?'],
  },
];

export type Ratings = Partial<Record<string, Level>>;

const RANK: Record<Level, number> = { Vert: 0, Orange: 1, Rouge: 2 };
const worse = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** « rouge », « ROUGE », « Rouge » → 'Rouge'; null when it is none of the three. */
export function parseLevel(value: unknown): Level | null {
  const t = String(value ?? '')
    .trim()
    .toLowerCase();
  return LEVELS.find((l) => l.toLowerCase() === t) ?? null;
}

/** The ratings given, checked: unknown dimensions and values are French errors naming them. */
export function checkRatings(given: Readonly<Record<string, unknown>>): { ratings: Ratings; problems: string[] } {
  const ratings: Ratings = {};
  const problems: string[] = [];
  for (const [key, value] of Object.entries(given)) {
    const dim = DIMENSIONS.find((d) => d.key === key);
    if (!dim) {
      problems.push(`Évaluation : dimension inconnue « ${key} » (attendu : ${DIMENSIONS.map((d) => d.key).join(', ')}).`);
      continue;
    }
    if (value === '' || value === null || value === undefined) continue;
    const level = parseLevel(value);
    if (!level) problems.push(`Évaluation, dimension « ${dim.label} » : « ${String(value)} » n’est pas valide (attendu : ${LEVELS.join(', ')}).`);
    else ratings[key] = level;
  }
  return { ratings, problems };
}

export interface GridScore {
  /** Weighted average of the rated dimensions, 0 (all red) – 100 (all green); null when nothing is rated. */
  average: number | null;
  /** The overall rating: the average's level, capped by the worst critical dimension. */
  overall: Level | null;
  /** The critical dimension that capped the overall rating below its average's level, if any. */
  cappedBy: string | null;
  /** Every dimension rated. */
  complete: boolean;
  red: string[];
}

const levelOfAverage = (avg: number): Level => (avg >= 70 ? 'Vert' : avg >= 40 ? 'Orange' : 'Rouge');

export function scoreGrid(ratings: Ratings): GridScore {
  let weights = 0;
  let points = 0;
  let worstCritical: { level: Level; key: string } | null = null;
  for (const d of DIMENSIONS) {
    const level = ratings[d.key];
    if (!level) continue;
    weights += d.weight;
    points += d.weight * (100 - 50 * RANK[level]);
    if (d.critical && (!worstCritical || RANK[level] > RANK[worstCritical.level])) worstCritical = { level, key: d.key };
  }
  const red = DIMENSIONS.filter((d) => ratings[d.key] === 'Rouge').map((d) => d.key);
  const complete = DIMENSIONS.every((d) => ratings[d.key]);
  if (!weights) return { average: null, overall: null, cappedBy: null, complete, red };
  const average = Math.round(points / weights);
  const fromAverage = levelOfAverage(average);
  const overall = worstCritical ? worse(fromAverage, worstCritical.level) : fromAverage;
  return { average, overall, cappedBy: overall !== fromAverage && worstCritical ? worstCritical.key : null, complete, red };
}

export interface DimensionGap {
  key: string;
  label: string;
  ours: Level | null;
  partner: Level | null;
  /** Levels apart (0–2); null when one side did not rate it. */
  gap: number | null;
  /** Two levels apart (one says green, the other red): to be talked through together. */
  flagged: boolean;
}

export function gapsBetween(ours: Ratings, partner: Ratings): DimensionGap[] {
  return DIMENSIONS.map((d) => {
    const o = ours[d.key] ?? null;
    const p = partner[d.key] ?? null;
    const gap = o && p ? Math.abs(RANK[o] - RANK[p]) : null;
    return { key: d.key, label: d.label, ours: o, partner: p, gap, flagged: gap === 2 };
  });
}
