/**
 * The partners search's index of contacts, kept in the document cache so that a search reads
 * Partenaires only: rebuilt from Contacts when missing (expired, or dropped when Contacts changed).
 */
import type { IndexedContact } from '../../domain/partners/partner-search';

export interface ContactSearchIndex {
  /** The indexed contacts, or null when the cache holds none. */
  read(): IndexedContact[] | null;
  /** Keeps `contacts` for the next searches; too large for the cache, it is not kept (each search reads Contacts). */
  save(contacts: readonly IndexedContact[]): void;
}
