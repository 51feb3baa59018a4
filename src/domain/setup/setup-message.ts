/** What « Initialiser le classeur » tells the admin at the end: what it added, or that all was ready. */
import type { SetupReport } from '../contracts';

/** `triggers`: the installer's French line ('' when no trigger changed). */
export function setupMessage(report: SetupReport, triggers: string): string {
  const lines = [
    report.createdSheets.length ? `Feuilles créées : ${report.createdSheets.join(', ')}.` : '',
    report.addedColumns.length ? `Colonnes ajoutées : ${report.addedColumns.join(', ')}.` : '',
    report.updatedDropdowns?.length ? `Listes de choix mises à jour : ${report.updatedDropdowns.join(', ')}.` : '',
    report.unprotectedSheets?.length
      ? `Google n'a pas laissé ce compte protéger la feuille ${report.unprotectedSheets.map((n) => `« ${n} »`).join(', ')} (avertissement avant modification à la main) : relancez Initialiser depuis le compte propriétaire du classeur.`
      : '',
    triggers,
  ].filter(Boolean);
  return lines.length === 0 ? 'Le classeur est déjà prêt : rien à ajouter.' : lines.join('\n');
}
