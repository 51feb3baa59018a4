/**
 * The partner's side of the grid, collected with the survey machinery: a campaign whose Google Form
 * asks the joint grid's questions. Each dimension rides on one of the survey's 1–5 questions (the
 * « Réponses » columns are the survey's), and its answer reads back as a colour: 4–5 vert, 3 orange,
 * 1–2 rouge — the Form's help says so to the partner.
 */
import type { Question, Questionnaire, QuestionKey } from '../surveys/questionnaire';
import { DEFAULT_QUESTIONNAIRE } from '../surveys/questionnaire';
import { DIMENSIONS, type Level, type Ratings } from './grid';
import type { DataRecord } from '../schema/field';

/** Grid dimension → the survey question (and « Réponses » column) that carries it. */
export const CARRIER: Readonly<Record<string, QuestionKey>> = {
  governance: 'communication',
  commitments: 'commitments',
  results: 'resultsSharing',
  finance: 'accountability',
  addedValue: 'addedValue',
  outlook: 'collaboration',
};

/** Title prefix of the evaluation campaigns in « Enquêtes » (they are not satisfaction surveys). */
export const EVALUATION_CAMPAIGN_PREFIX = 'Évaluation conjointe';

export const isEvaluationCampaign = (campaign: DataRecord): boolean => String(campaign.title ?? '').startsWith(EVALUATION_CAMPAIGN_PREFIX);

const SCALE_HELP = '1–2 = rouge (problème sérieux), 3 = orange (à améliorer), 4–5 = vert (satisfaisant)';

export function evaluationQuestionnaire(): Questionnaire {
  const extra = (key: QuestionKey): Question => DEFAULT_QUESTIONNAIRE.questions.find((q) => q.key === key)!;
  return {
    version: DEFAULT_QUESTIONNAIRE.version,
    questions: [
      ...DIMENSIONS.map((d): Question => ({
        key: CARRIER[d.key],
        kind: 'scale',
        title: `${d.label} — ${d.keyQuestions.join(' ')}`,
        titleEn: d.label,
        help: SCALE_HELP,
        required: true,
      })),
      extra('comments'),
      extra('token'),
    ],
  };
}

export function levelOfScore(score: number): Level {
  return score >= 4 ? 'Vert' : score >= 3 ? 'Orange' : 'Rouge';
}

/** The partner's grid from its « Réponses » row (a question left blank stays unrated). */
export function partnerRatings(response: DataRecord): Ratings {
  const out: Ratings = {};
  for (const d of DIMENSIONS) {
    const n = Number(response[CARRIER[d.key]]);
    if (response[CARRIER[d.key]] !== '' && response[CARRIER[d.key]] != null && Number.isFinite(n) && n >= 1) out[d.key] = levelOfScore(n);
  }
  return out;
}
