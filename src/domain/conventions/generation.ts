/** The inputs of a convention's generation as the domain reads them: the draft, the partner's primary contact. */
import type { CheckedParamsOf } from '../contracts/api';
import type { DataRecord } from '../schema/field';
import { text } from '../records/coerce';
import type { DraftInput } from './convention';

/** The checked draft as checkDraft reads it: an empty amount is no amount; the amounts' text is read there. */
export function draftInput(d: CheckedParamsOf<'generateConvention'>[0]): DraftInput {
  const amount = (x: number | string | null | undefined): number | null => (x === undefined || x === null || x === '' ? null : (x as number));
  // The cast: ArgValue still lets null through the optional fields' type (args.ts); optional() turns null into undefined.
  return { ...d, amount: amount(d.amount), inKind: amount(d.inKind), commitments: d.commitments ?? [] } as DraftInput;
}

/** The partner's primary contact, or its first one. */
export function primaryContact(contacts: readonly DataRecord[], partnerId: string): DataRecord | undefined {
  const mine = contacts.filter((c) => text(c.partnerId) === partnerId);
  return mine.find((c) => c.primary === true) ?? mine[0];
}
