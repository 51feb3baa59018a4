/**
 * Allocates record IDs. The caller holds the document lock; the counter kept in document
 * properties means an ID is never handed out twice, even after its row was deleted.
 */
import { allocateIds, idRange, type IdRange } from '../domain/records/ids';
import type { StoreContext } from './store-context';

const KEY = (prefix: string) => `pacte.seq.${prefix}`;

/**
 * In a request run under a request ID, the IDs are recorded in its ledger in the same call as the
 * counter, and a retry gets the same IDs back: the rows it finds already written are not written twice.
 * They are consecutive, so the ledger keeps their range, not the list: a 1,000-row import must fit
 * in one document property (9 KB a value, Quotas page).
 */
export function allocateRecordIds(ctx: StoreContext, prefix: string, existing: Iterable<unknown>, count: number): string[] {
  const key = ctx.run?.nextKey(`ids:${prefix}`);
  if (key && ctx.run!.has(key)) return idRange(ctx.run!.get<IdRange>(key));
  const props = PropertiesService.getDocumentProperties();
  const counter = Number(props.getProperty(KEY(prefix)) ?? 0);
  const { ids, counter: next } = allocateIds(prefix, existing, counter, count);
  const range: IdRange = { prefix, from: next - count + 1, count };
  if (key) ctx.run!.record(key, range, { [KEY(prefix)]: String(next) });
  else props.setProperty(KEY(prefix), String(next));
  return ids;
}
