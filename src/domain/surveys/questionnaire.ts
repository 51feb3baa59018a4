/**
 * The questionnaire model: six satisfaction dimensions scored 1–5, an NPS question 0–10,
 * open comments and the hidden token item. Pacte ships version 1 (French, with English wording);
 * the organisation edits it in the « Questions » sheet by adding rows under a higher version.
 */

/** Satisfaction dimensions: `key` is the Réponses column key, `label` its French name. */
export const SURVEY_DIMENSIONS = [
  { key: 'collaboration', label: 'Qualité de la collaboration' },
  { key: 'communication', label: 'Communication' },
  { key: 'commitments', label: 'Respect des engagements' },
  { key: 'accountability', label: 'Redevabilité / transparence' },
  { key: 'addedValue', label: 'Valeur ajoutée' },
  { key: 'resultsSharing', label: 'Partage des résultats' },
] as const;

type DimensionKey = (typeof SURVEY_DIMENSIONS)[number]['key'];
export type QuestionKey = DimensionKey | 'nps' | 'comments' | 'token';

export const DIMENSION_KEYS: readonly DimensionKey[] = SURVEY_DIMENSIONS.map((d) => d.key);

type QuestionKindCode = 'scale' | 'nps' | 'text' | 'token';

export interface Question {
  key: QuestionKey;
  kind: QuestionKindCode;
  title: string;
  titleEn: string;
  help: string;
  required: boolean;
}

export interface Questionnaire {
  version: number;
  questions: Question[];
}

/** French label of each kind, as written in the « Type de question » column. */
const KIND_LABELS: Record<QuestionKindCode, string> = {
  scale: 'Échelle 1-5',
  nps: 'NPS 0-10',
  text: 'Texte libre',
  token: 'Jeton',
};

/** Title of the token item: the respondent sees it prefilled; it must not be edited. */
const TOKEN_TITLE = 'Code de réponse (ne pas modifier)';
const TOKEN_HELP = 'Code personnel rempli automatiquement : il relie votre réponse à votre organisation. Merci de ne pas le modifier.';

/** `<organisation>` in a title is replaced with the organisation's name when the form is built. */
const ORGANISATION_PLACEHOLDER = '<organisation>';

export const DEFAULT_QUESTIONNAIRE: Questionnaire = {
  version: 1,
  questions: [
    {
      key: 'collaboration',
      kind: 'scale',
      title: 'Qualité de la collaboration avec <organisation>',
      titleEn: 'Quality of the collaboration with <organisation>',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'communication',
      kind: 'scale',
      title: 'Communication (information, réactivité, clarté des échanges)',
      titleEn: 'Communication (information, responsiveness, clarity)',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'commitments',
      kind: 'scale',
      title: 'Respect des engagements (délais, livrables, versements)',
      titleEn: 'Keeping commitments (deadlines, deliverables, payments)',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'accountability',
      kind: 'scale',
      title: 'Redevabilité et transparence',
      titleEn: 'Accountability and transparency',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'addedValue',
      kind: 'scale',
      title: 'Valeur ajoutée du partenariat pour votre organisation',
      titleEn: 'Added value of the partnership for your organisation',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'resultsSharing',
      kind: 'scale',
      title: 'Partage des résultats',
      titleEn: 'Sharing of results',
      help: '1 = très insatisfait, 5 = très satisfait',
      required: true,
    },
    {
      key: 'nps',
      kind: 'nps',
      title: 'Recommanderiez-vous <organisation> comme partenaire ?',
      titleEn: 'Would you recommend <organisation> as a partner?',
      help: '0 = pas du tout, 10 = certainement',
      required: true,
    },
    {
      key: 'comments',
      kind: 'text',
      title: 'Vos commentaires et suggestions',
      titleEn: 'Your comments and suggestions',
      help: '',
      required: false,
    },
    { key: 'token', kind: 'token', title: TOKEN_TITLE, titleEn: 'Response code (do not change)', help: TOKEN_HELP, required: false },
  ],
};

/** Rows of the « Questions » sheet for a questionnaire (what Pacte writes when the sheet is empty). */
export function questionnaireRows(q: Questionnaire): Record<string, string | number | boolean>[] {
  return q.questions.map((x, i) => ({
    version: q.version,
    order: i + 1,
    key: x.key,
    kind: KIND_LABELS[x.kind],
    title: x.title,
    titleEn: x.titleEn,
    help: x.help,
    required: x.required,
  }));
}

interface QuestionRow {
  row: number;
  record: Record<string, unknown>;
}

const KIND_BY_LABEL = new Map(Object.entries(KIND_LABELS).map(([code, label]) => [label, code as QuestionKindCode]));

/**
 * The latest questionnaire version of the « Questions » sheet (or `version` if given), checked:
 * each key at most once, its kind matching the key, one token item. French errors name the row.
 * Returns null when the sheet holds no question at all (the caller seeds the default).
 */
export function readQuestionnaire(rows: readonly QuestionRow[], version?: number): Questionnaire | null {
  const versions = rows.map((r) => Number(r.record.version)).filter((v) => Number.isInteger(v) && v > 0);
  if (versions.length === 0) return null;
  const wanted = version ?? Math.max(...versions);
  const mine = rows.filter((r) => Number(r.record.version) === wanted);
  if (mine.length === 0) throw new Error(`Feuille « Questions » : aucune question pour la version ${wanted} du questionnaire.`);
  const sorted = [...mine].sort((a, b) => (Number(a.record.order) || a.row) - (Number(b.record.order) || b.row) || a.row - b.row);
  const seen = new Set<string>();
  const questions: Question[] = [];
  for (const r of sorted) {
    const key = String(r.record.key ?? '') as QuestionKey;
    const kind = KIND_BY_LABEL.get(String(r.record.kind ?? ''));
    const where = `Feuille « Questions », ligne ${r.row}`;
    if (!key) throw new Error(`${where}, colonne « Clé » : valeur obligatoire.`);
    if (seen.has(key)) throw new Error(`${where}, colonne « Clé » : « ${key} » apparaît deux fois dans la version ${wanted}.`);
    seen.add(key);
    const expected: QuestionKindCode = key === 'nps' ? 'nps' : key === 'comments' ? 'text' : key === 'token' ? 'token' : 'scale';
    if (kind !== expected) {
      throw new Error(`${where}, colonne « Type de question » : la clé « ${key} » attend le type « ${KIND_LABELS[expected]} ».`);
    }
    const title = String(r.record.title ?? '').trim();
    if (!title) throw new Error(`${where}, colonne « Libellé (français) » : valeur obligatoire.`);
    questions.push({
      key,
      kind,
      title,
      titleEn: String(r.record.titleEn ?? '').trim(),
      help: String(r.record.help ?? '').trim(),
      required: r.record.required === true && kind !== 'token',
    });
  }
  if (!seen.has('token')) {
    throw new Error(
      `Feuille « Questions » : la version ${wanted} n'a pas de question « token » (type « Jeton ») ; elle est nécessaire pour relier les réponses aux partenaires.`,
    );
  }
  if (!questions.some((q) => q.kind === 'scale' || q.kind === 'nps')) {
    throw new Error(`Feuille « Questions » : la version ${wanted} n'a aucune question notée (échelle 1-5 ou NPS).`);
  }
  return { version: wanted, questions };
}

/** The wording shown to respondents, with the organisation's name and in the campaign's language. */
export function questionTitle(q: Question, language: 'fr' | 'en', organisation: string): string {
  const text = language === 'en' && q.titleEn ? q.titleEn : q.title;
  return text.split(ORGANISATION_PLACEHOLDER).join(organisation || "l'organisation");
}
