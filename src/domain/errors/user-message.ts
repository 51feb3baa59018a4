/**
 * What a user sees when a request fails: French, naming what to do, never a raw internal value.
 * Pacte's own errors are already French (field, row); Google's — and JavaScript's — arrive in English
 * and are translated here, at the server boundary (server/frame/request.ts). Pure: messages in, message out.
 */

interface Translation {
  match: RegExp;
  french: string;
}

const NOTHING_DOUBLED = 'Réessayez : ce qui a déjà été fait ne sera pas refait en double.';

/** Google's texts (as quoted in the emulator, from Google's references) → French. */
const GOOGLE: readonly Translation[] = [
  {
    match: /more than the maximum of 50000 characters/i,
    french: "Un texte dépasse 50 000 caractères, le maximum d'une cellule Google Sheets. Raccourcissez-le (ou découpez-le) puis recommencez.",
  },
  {
    match: /Lock timeout|too many LockService operations/i,
    french: "Un autre utilisateur enregistre des modifications en ce moment. Réessayez dans quelques secondes : rien n'a été perdu.",
  },
  {
    match: /You do not have permission|Access denied|PERMISSION_DENIED|insufficient permissions|does not have permission/i,
    french:
      "Google refuse l'accès à un fichier ou à un service dont Pacte a besoin. Demandez à l'administrateur de Pacte de lancer Extensions → Pacte → Diagnostic, puis recommencez.",
  },
  {
    match: /Service invoked too many times|Limit Exceeded|quota|rate limit|Too many simultaneous/i,
    french: `Google limite le nombre d'opérations par jour ou par minute et la limite est atteinte. Réessayez plus tard (dans une minute, ou demain pour les e-mails). ${NOTHING_DOUBLED}`,
  },
  {
    match: /Service unavailable|Service error|server error occurred|Internal error|Backend Error/i,
    french: `Google n'a pas répondu à temps. ${NOTHING_DOUBLED}`,
  },
  {
    match: /Document is (missing|closed)|File not found|No item with the given ID|Requested entity was not found/i,
    french:
      "Un document Google dont Pacte a besoin est introuvable (supprimé, ou non partagé avec vous). Vérifiez qu'il est dans la corbeille ou demandez à son propriétaire de le partager.",
  },
];

const UNEXPECTED = `Une erreur inattendue s'est produite. ${NOTHING_DOUBLED} Si le message revient, transmettez à l'administrateur l'heure et ce que vous faisiez.`;

/** Raw values a message must never show: quoted ones become « (vide) ». */
const RAW = /«\s*(null|undefined|NaN|\[object Object\]|Infinity|-Infinity)\s*»/g;

/** A quoted input too long to show whole (a pasted text of 100,000 characters): its beginning is enough. */
const LONG_QUOTE = /«\s*([^»]{81,}?)\s*»/g;

/** A message written by Pacte: French (accents, guillemets or common French words). */
function isFrench(message: string): boolean {
  return /[àâçéèêëîïôûùœ«»]/i.test(message) || /\b(le|la|les|des|une?|est|pas|dans|pour|vous)\b/i.test(message);
}

/**
 * The message to show for `error`: Google's translated, Pacte's own kept (raw values taken out),
 * anything else (a JavaScript error, English text) replaced by a French explanation.
 */
export function userMessage(error: unknown): string {
  const raw = (error as { message?: unknown } | null)?.message;
  const message = typeof raw === 'string' ? raw : '';
  // Google ends the execution itself at 6 minutes: no script code runs after it, so nothing to translate.
  if (/^Exceeded maximum execution time/.test(message)) return message;
  for (const t of GOOGLE) if (t.match.test(message)) return t.french;
  if (!message || !isFrench(message)) return UNEXPECTED;
  return message
    .replace(RAW, '« (vide) »')
    .replace(LONG_QUOTE, (_, text: string) => `« ${text.slice(0, 60)}… »`)
    .replace(/\[object Object\]/g, '(valeur non reconnue)')
    .replace(/\b(null|undefined|NaN|-?Infinity)\b/g, '(valeur non reconnue)');
}
