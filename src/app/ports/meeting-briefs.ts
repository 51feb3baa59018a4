/** Google Drive and Docs for the meeting brief: Pacte's folders, the template, the filled copy. */
import type { BriefModel } from '../../domain/briefs/brief';
import type { RoleTable } from '../../domain/settings/roles';

/** A template's text by section. */
export interface BriefTemplate {
  body: string;
  header: string;
  footer: string;
}

export interface MeetingBriefs {
  /** Pacte's Drive folder (created on first use), shared with the people of the role table but `caller`; its ID. */
  pacteFolder(roles: RoleTable, caller: string): string;
  /** The partner's folder inside Pacte's folder (created on first use); its ID. */
  partnerFolder(rootId: string, partnerId: string, partnerName: string): string;
  /** Creates the default French template in the folder; its Doc ID. */
  createDefaultTemplate(folderId: string): string;
  /** The template's text; a missing or unreadable Doc is refused in French. */
  readTemplate(templateId: string): BriefTemplate;
  /** Copies the template into the folder and fills it: the new Doc's name and URL. */
  render(templateId: string, template: BriefTemplate, folderId: string, model: BriefModel): { name: string; url: string };
}
