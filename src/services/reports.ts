/**
 * The reports port (app/ports/reports.ts) over Drive and Docs: the reports folder inside the
 * Pacte folder (found again by name), view access for the recipients (Drive v3 Permissions, no
 * Drive e-mail: Pacte sends its own), the report Doc (docs/report-doc.ts), and each report's
 * Doc remembered in document properties under its key.
 */
import type { ReportItem } from '../domain/reports/document';
import { fileState, folderOnce, shortcutOnce } from './drive-files';
import { addReaders } from './drive-sharing';
import { writeReportDoc } from './docs/report-doc';

type DocRef = { id: string; url: string };
type ReportTemplate = Parameters<typeof writeReportDoc>[1];
import type { StoreContext } from './store-context';

const recordKey = (key: string): string => `pacte.report.${key}`;

export function reportsFor(ctx: StoreContext) {
  const props = (): GoogleAppsScript.Properties.Properties => PropertiesService.getDocumentProperties();
  return {
    reportsFolder: (rootId: string, name: string): string => folderOnce(name, rootId),
    shareWithReaders: (folderId: string, emails: readonly string[]): string[] => (emails.length ? addReaders(folderId, emails) : []),
    recorded(key: string): DocRef | null {
      const raw = props().getProperty(recordKey(key));
      if (!raw) return null;
      const ref = JSON.parse(raw) as DocRef & { by?: string };
      const state = fileState(ref.id);
      // A Doc another user made is out of this user's sight (per-file scope), not gone: it stays the one
      // report of its period, reachable in the shared reports folder. Made again only when its maker
      // sees it missing, or anyone sees it in the trash.
      if (state === 'alive' || (state === 'unseen' && ref.by && ref.by !== ctx.user)) return { id: ref.id, url: ref.url };
      return null;
    },
    shortcutIn(folderId: string, target: DocRef, name: string): string {
      shortcutOnce(folderId, name, target.id);
      return `https://drive.google.com/drive/folders/${folderId}`;
    },
    list(): { key: string; url: string }[] {
      const all = props().getProperties();
      return Object.keys(all)
        .filter((k) => k.startsWith(recordKey('')))
        .map((k) => ({ key: k.slice(recordKey('').length), url: (JSON.parse(all[k]) as DocRef).url }));
    },
    writeReport(key: string, template: ReportTemplate, items: readonly ReportItem[], folderId: string, name: string): DocRef {
      const ref = writeReportDoc(ctx.spreadsheet, template, items, folderId, name);
      props().setProperty(recordKey(key), JSON.stringify({ id: ref.id, url: ref.url, by: ctx.user }));
      return ref;
    },
  };
}
