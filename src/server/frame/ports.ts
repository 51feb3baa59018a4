/**
 * The composition root: the ports of src/app/ports.ts over Apps Script, built once per execution
 * and only when a use case first asks for one (a read of Partenaires never opens Drive).
 */
import type { Ports } from '../../app/ports';
import type { DocumentsPort } from '../../app/ports/documents';
import type { MailPort } from '../../app/ports/mail';
import type { RequestPort } from '../../app/ports/request';
import type { StoreContext } from '../../services/store-context';
import { storeFor } from '../../services/sheets-store';
import { documentsFor } from '../../services/docs/documents';
import { once } from '../../services/request-ledger';
import { pendingMail, retryFailedMail } from '../../services/mail/notifier';

export function portsFor(ctx: StoreContext): Ports {
  let documents: DocumentsPort | undefined;
  return {
    get store() {
      return storeFor(ctx);
    },
    get documents() {
      return (documents ??= documentsFor(ctx));
    },
    get request(): RequestPort {
      return { once: (step, fn) => once(ctx, step, fn), ownIds: () => ctx.run?.reservedIds() ?? new Set<string>() };
    },
    get mail(): MailPort {
      return { pending: () => pendingMail(ctx), retryFailed: (id) => retryFailedMail(ctx, id) };
    },
  };
}
