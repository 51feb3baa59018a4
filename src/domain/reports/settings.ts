/**
 * Paramètres › Rapports: who receives the reports and the Drive folder they are filed in.
 * API: `reportSettings(rows)` → { recipients, folder, problems }; `REPORTS_SECTION`, `DEFAULT_REPORTS_FOLDER`.
 * « Destinataires » holds e-mail addresses separated by commas, semicolons or line breaks (one
 * row or several); « Dossier » the folder's name inside the Pacte folder.
 */
import { isAddress } from '../commitments/alerts';
import { foldText } from '../records/normalise';

export const REPORTS_SECTION = 'Rapports';
export const DEFAULT_REPORTS_FOLDER = 'Rapports Pacte';

export interface ReportSettings {
  /** Lower-case addresses, each once, in the order written. */
  recipients: string[];
  folder: string;
  /** French, naming the row and what is expected; the rows are otherwise ignored. */
  problems: string[];
}

export function reportSettings(rows: readonly { section?: unknown; key?: unknown; value?: unknown }[]): ReportSettings {
  const out: ReportSettings = { recipients: [], folder: DEFAULT_REPORTS_FOLDER, problems: [] };
  for (const r of rows) {
    if (foldText(String(r.section ?? '')) !== foldText(REPORTS_SECTION)) continue;
    const key = foldText(String(r.key ?? ''));
    const value = String(r.value ?? '').trim();
    const where = `Paramètres › ${REPORTS_SECTION}`;
    if (key === foldText('Destinataires')) {
      for (const a of value.split(/[,;\n]/).map((s) => s.trim().toLowerCase())) {
        if (!a) continue;
        if (!isAddress(a)) out.problems.push(`${where} (« Destinataires ») : « ${a} » n’est pas une adresse e-mail (attendu : nom@domaine.org).`);
        else if (!out.recipients.includes(a)) out.recipients.push(a);
      }
    } else if (key === foldText('Dossier')) {
      if (value) out.folder = value;
    } else if (key) out.problems.push(`${where} : clé « ${String(r.key)} » inconnue (attendu : Destinataires ou Dossier).`);
  }
  return out;
}
