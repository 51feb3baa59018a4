/** The meeting brief's port (src/app/ports/meeting-briefs.ts): Pacte's Drive folders and the Docs of docs/meeting-brief-doc.ts. */
import type { RoleTable } from '../domain/settings/roles';
import { pacteFolder, partnerFolder, teamOf } from './drive-folder';
import { createDefaultTemplate, readTemplate, renderBrief } from './docs/meeting-brief-doc';
import type { StoreContext } from './store-context';

export function meetingBriefsFor(ctx: StoreContext) {
  return {
    pacteFolder: (roles: RoleTable, caller: string) => pacteFolder(ctx, teamOf(roles, caller)),
    partnerFolder,
    createDefaultTemplate,
    readTemplate,
    render: renderBrief,
  };
}
