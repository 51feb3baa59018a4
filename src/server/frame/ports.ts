/**
 * The composition root: the ports of src/app/ports.ts over Apps Script, built once per execution
 * and only when a use case first asks for one (a read of Partenaires never opens Drive).
 */
import type { Ports } from '../../app/ports';
import type { StoreContext } from '../../services/store-context';
import { storeFor } from '../../services/sheets-store';
import { surveysPort } from '../../services/surveys/port';

export function portsFor(ctx: StoreContext): Ports {
  return {
    get store() {
      return storeFor(ctx);
    },
    get surveys() {
      return surveysPort(ctx);
    },
  };
}
