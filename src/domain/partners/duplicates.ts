/**
 * Duplicate detection before a partner is created: same name, same acronym or same email
 * (the partner's or one of its contacts'), ignoring accents, case, spaces and punctuation,
 * so « O.N.U Femmes » matches « ONU femmes ».
 */
import type { DuplicateMatch } from '../contracts';
import type { CellData } from '../schema/field';
import { foldText } from '../records/normalise';

/** Name or acronym reduced to lower-case letters and digits ("O.N.U  Fémmes" → "onufemmes"). */
export function nameKey(v: CellData | undefined): string {
  return foldText(String(v ?? '')).replace(/[^a-z0-9]/g, '');
}

export function emailKey(v: CellData | undefined): string {
  return String(v ?? '')
    .trim()
    .toLowerCase();
}

interface PartnerLike {
  id?: CellData;
  name?: CellData;
  acronym?: CellData;
  email?: CellData;
}

interface ContactLike {
  partnerId?: CellData;
  email?: CellData;
}

/**
 * Existing partners the candidate may duplicate (at most one match per partner, reason 'nom',
 * 'sigle' or 'email' — the first that applies, in that order). A name equal to another partner's
 * acronym (or the reverse) counts as 'sigle'. `excludeId` leaves out the partner being edited.
 */
export function findDuplicates(
  candidate: PartnerLike,
  candidateContacts: readonly ContactLike[],
  partners: readonly PartnerLike[],
  contacts: readonly ContactLike[],
  excludeId = '',
): DuplicateMatch[] {
  const name = nameKey(candidate.name);
  const acronym = nameKey(candidate.acronym);
  const emails = new Set([candidate.email, ...candidateContacts.map((c) => c.email)].map(emailKey).filter(Boolean));

  const emailsByPartner = new Map<string, Set<string>>();
  if (emails.size) {
    for (const c of contacts) {
      const e = emailKey(c.email);
      if (!e || !emails.has(e)) continue;
      const pid = String(c.partnerId ?? '');
      emailsByPartner.set(pid, (emailsByPartner.get(pid) ?? new Set()).add(e));
    }
  }

  const out: DuplicateMatch[] = [];
  for (const p of partners) {
    const id = String(p.id ?? '');
    if (!id || id === excludeId) continue;
    const pName = nameKey(p.name);
    const pAcronym = nameKey(p.acronym);
    let reason = '';
    if (name && name === pName) reason = 'nom';
    else if ((acronym && (acronym === pAcronym || acronym === pName)) || (name && name === pAcronym)) reason = 'sigle';
    else if (emails.size && ((emailKey(p.email) && emails.has(emailKey(p.email))) || emailsByPartner.has(id))) reason = 'email';
    if (reason) out.push({ id, name: String(p.name ?? ''), acronym: String(p.acronym ?? ''), reason });
  }
  return out;
}

/** The French refusal listing the duplicates, for savePartner. */
export function duplicatesMessage(matches: readonly DuplicateMatch[]): string {
  const list = matches.map((m) => `${m.name}${m.acronym ? ` (${m.acronym})` : ''} — ${m.id}, même ${m.reason}`).join(' ; ');
  return `Ce partenaire existe peut-être déjà : ${list}. Vérifiez, puis confirmez la création si ce n'est pas un doublon.`;
}
