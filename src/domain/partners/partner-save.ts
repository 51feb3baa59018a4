/**
 * What saving a partner's fiche changes, decided before anything is written: the partner's record,
 * the contacts to create or update, the former primary contacts to demote, and every problem found
 * (French, naming « Contact N » and the column). Pure: the use case (src/app/partners.ts) reads
 * the sheets, asks this, then writes.
 */
import type { RecordInput } from '../contracts';
import type { DataRecord, Row } from '../schema/field';
import { CONTACTS, PARTNERS } from '../schema/tables';
import { validateRecord, type FieldError } from '../records/validate';
import { rawText } from '../records/coerce';
import { checkTransition } from './lifecycle';

/** Placeholder partner ID while validating the contacts of a partner not yet created. */
export const NEW_PARTNER = '(nouveau partenaire)';

type Contact = Row<typeof CONTACTS>;

export interface ContactChange {
  /** 1-based position in the form, for messages. */
  position: number;
  /** '' for a contact to create. */
  id: string;
  /** Its partnerId is NEW_PARTNER while the partner is not yet created. */
  record: DataRecord;
}

export interface PartnerSave {
  /** Every problem; when not empty, nothing may be written. */
  errors: FieldError[];
  /** The partner's validated fields (a creation starts at Identification unless a stage is given). */
  partner: DataRecord;
  contacts: ContactChange[];
  /** IDs of contacts left primary although the save names another primary contact of their partner. */
  demoted: string[];
}

export interface PartnerSaveInput {
  partnerInput: RecordInput;
  /** The partner being edited and its sheet row; null for a creation. */
  existing: { row: number; record: Row<typeof PARTNERS> } | null;
  contactInputs: readonly RecordInput[];
  /** Every contact of the sheet (a contact of another partner may not be taken over). */
  contacts: readonly Contact[];
  /** Whether a partner ID exists (a contact may name another partner). */
  partnerExists: (id: string) => boolean;
}

const header = (key: string): string => PARTNERS.fields.find((f) => f.key === key)!.header;

function fail(message: string, field: string, headerText: string, sheet = PARTNERS.sheetName, row: number | null = null, positions?: number[]): FieldError {
  return { sheet, row, field, header: headerText, message, ...(positions ? { positions } : {}) };
}

/** "Contacts, colonne « Email » : …" → "Contact 2, colonne « Email » : …". */
function contactError(e: FieldError, position: number): FieldError {
  const rest = e.message.slice(e.message.indexOf('» : ') + 4);
  return { ...e, message: `Contact ${position}, colonne « ${e.header} » : ${rest}`, positions: [position] };
}

export function planPartnerSave(input: PartnerSaveInput): PartnerSave {
  const { existing, contactInputs, partnerExists } = input;
  const errors: FieldError[] = [];
  const { record, errors: partnerErrors } = validateRecord(PARTNERS, input.partnerInput, existing ? existing.row : null, { partial: existing !== null });
  const partner = record as DataRecord;
  errors.push(...partnerErrors);
  const stageProblem = checkInitialStage(partner, existing);
  if (stageProblem) errors.push(stageProblem);
  if (!existing && !partner.stage) partner.stage = 'Identification';

  const ownId = existing ? existing.record.id : NEW_PARTNER;
  const relay = rawText(partner.introducedBy).trim();
  if (relay && (relay === ownId || !partnerExists(relay))) {
    const why = relay === ownId ? 'un partenaire ne peut pas s’être introduit lui-même' : `aucun partenaire avec l'ID « ${relay} »`;
    errors.push(fail(`Partenaires, colonne « Introduit par » : ${why} ; choisissez le relais dans la liste.`, 'introducedBy', 'Introduit par'));
  }
  const byId = new Map(input.contacts.map((c) => [c.id, c]));
  const contacts: ContactChange[] = [];
  contactInputs.forEach((c, i) => {
    const position = i + 1;
    const cid = rawText(c.id).trim();
    const stored = cid ? byId.get(cid) : undefined;
    if (cid && !stored) {
      errors.push(fail(`Contact ${position} : aucun contact avec l'ID « ${cid} » dans la feuille Contacts.`, 'id', 'ID', CONTACTS.sheetName, null, [position]));
      return;
    }
    if (stored && stored.partnerId !== ownId) {
      errors.push(
        fail(
          `Contact ${position} : le contact ${cid} appartient à un autre partenaire (${stored.partnerId}).`,
          'partnerId',
          'ID partenaire',
          CONTACTS.sheetName,
          null,
          [position],
        ),
      );
      return;
    }
    const given = rawText(c.partnerId).trim();
    const partnerId = given === '' ? ownId : given;
    if (partnerId !== ownId && !partnerExists(partnerId)) {
      errors.push(
        fail(
          `Contact ${position}, colonne « ID partenaire » : aucun partenaire avec l'ID « ${given} ».`,
          'partnerId',
          'ID partenaire',
          CONTACTS.sheetName,
          null,
          [position],
        ),
      );
      return;
    }
    const result = validateRecord(CONTACTS, { ...c, partnerId }, null, { partial: stored !== undefined });
    errors.push(...result.errors.map((e) => contactError(e, position)));
    contacts.push({ position, id: cid, record: { ...(result.record as DataRecord), partnerId } });
  });

  // At most one primary contact per partner among those sent; it replaces the partner's former one.
  const primaryByPartner = new Map<string, ContactChange[]>();
  for (const p of contacts.filter((x) => x.record.primary === true)) {
    const pid = rawText(p.record.partnerId);
    primaryByPartner.set(pid, [...(primaryByPartner.get(pid) ?? []), p]);
  }
  for (const list of primaryByPartner.values()) {
    if (list.length > 1) {
      errors.push(
        fail(
          `Contacts ${list.map((p) => p.position).join(' et ')}, colonne « Principal » : un partenaire n'a qu'un contact principal ; n'en cochez qu'un.`,
          'primary',
          'Principal',
          CONTACTS.sheetName,
          null,
          list.map((p) => p.position),
        ),
      );
    }
  }
  const sent = new Set(contacts.map((p) => p.id));
  const demoted = input.contacts.filter((c) => c.primary === true && primaryByPartner.has(c.partnerId) && !sent.has(c.id)).map((c) => c.id);
  return { errors, partner, contacts, demoted };
}

/**
 * The lifecycle stage is moved only by movePartnerStage (rules, Journal). A new partner may start
 * anywhere up to « Analyse » (default Identification); an edit may not change it.
 */
function checkInitialStage(record: DataRecord, existing: PartnerSaveInput['existing']): FieldError | null {
  const stage = rawText(record.stage);
  const h = header('stage');
  if (existing) {
    if (stage === '' || stage === rawText(existing.record.stage)) {
      delete record.stage;
      return null;
    }
    return fail(
      `${PARTNERS.sheetName}, ligne ${existing.row}, colonne « ${h} » : l'étape se change depuis la fiche du partenaire (« Changer d'étape »), pour que la transition soit vérifiée et consignée.`,
      'stage',
      h,
      PARTNERS.sheetName,
      existing.row,
    );
  }
  if (stage && checkTransition('', stage, { approved: false, note: '' }) !== null) {
    return fail(`${PARTNERS.sheetName}, colonne « ${h} » : un nouveau partenaire commence à l'étape Identification, Catégorisation ou Analyse.`, 'stage', h);
  }
  return null;
}
