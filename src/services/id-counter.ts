/**
 * Allocates record IDs. The caller holds the document lock; the counter kept in document
 * properties means an ID is never handed out twice, even after its row was deleted.
 */
import { allocateIds } from '../domain/records/ids';
import type { StoreContext } from './store-context';

const KEY = (prefix: string) => `pacte.seq.${prefix}`;

export function allocateRecordIds(ctx: StoreContext, prefix: string, existing: Iterable<unknown>, count: number): string[] {
  void ctx;
  const props = PropertiesService.getDocumentProperties();
  const counter = Number(props.getProperty(KEY(prefix)) ?? 0);
  const { ids, counter: next } = allocateIds(prefix, existing, counter, count);
  props.setProperty(KEY(prefix), String(next));
  return ids;
}
