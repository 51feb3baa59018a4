/**
 * The composition root: the ports of src/app/ports.ts over Apps Script, built once per execution
 * and only when a use case first asks for one (a read of Partenaires never opens Drive).
 */
import type { Ports } from '../../app/ports';
import type { StoreContext } from '../../services/store-context';
import { storeFor } from '../../services/sheets-store';
import { mailOutbox } from '../../services/mail/outbox';
import { once } from '../../services/request-ledger';
import { importSheetsFor } from '../../services/import-source';
import { meetingBriefsFor } from '../../services/meeting-briefs';
import { roleTableFor } from '../../services/role-store';

export function portsFor(ctx: StoreContext): Ports {
  return {
    get store() {
      return storeFor(ctx);
    },
    get mail() {
      return mailOutbox(ctx);
    },
    get requests() {
      return { once: <T>(family: string, fn: () => T): T => once(ctx, family, fn) };
    },
    get importSheets() {
      return importSheetsFor(ctx);
    },
    get meetingBriefs() {
      return meetingBriefsFor(ctx);
    },
    get roleTable() {
      return roleTableFor(ctx);
    },
  };
}
