/**
 * Attaches a PV, a note de synthèse or an arbitration to a convention: a Doc generated from the
 * PV or note template in the partner's folder (with `body` as its content), or a link to an
 * existing file (`url`). Listed in the convention's attachments and journaled.
 */
import type { CheckedParamsOf } from '../../domain/contracts/api';
import type { DocumentLink } from '../../domain/contracts';
import { CONTACTS, CONVENTIONS, PARTNERS } from '../../domain/schema/tables';
import type { Settings } from '../../domain/settings/settings';
import { ATTACHMENTS } from '../../domain/conventions/tables';
import { conventionTemplateData, organisationInfo } from '../../domain/conventions/convention';
import { primaryContact } from '../../domain/conventions/generation';
import { checkMinutes, draftFromRow, minutesData, minutesName, minutesTemplate, type MinutesInput } from '../../domain/conventions/minutes';
import { text } from '../../domain/records/coerce';
import type { Row } from '../../domain/schema/field';
import type { Ports } from '../ports';
import { planOrThrow } from './generate';
import { ensureTemplates, readTemplate, templateLabel, templateSettings } from './templates';

/** The PV or note made from its template in the partner's folder. */
function generateMinutes(ports: Ports, settings: Settings, id: string, row: Row<typeof CONVENTIONS>, m: MinutesInput): DocumentLink {
  const { store, documents } = ports;
  const partner = store.table(PARTNERS).getOrThrow(text(row.partnerId)).record;
  const templates = templateSettings(ports);
  const key = minutesTemplate(m.kind);
  const templateId = ensureTemplates(ports, templates, [key])[key];
  const template = readTemplate(ports, key, templateId);
  const organisation = organisationInfo(templates.rows);
  if (!organisation.name) organisation.name = settings.organisation;
  const base = conventionTemplateData({
    draft: draftFromRow(row),
    conventionId: id,
    version: typeof row.version === 'number' ? row.version : 1,
    status: text(row.status),
    partner,
    primaryContact: primaryContact(
      store
        .table(CONTACTS)
        .all()
        .map((s) => s.record),
      text(row.partnerId),
    ),
    opportunity: undefined,
    amended: undefined,
    organisation,
    author: store.user,
    today: store.today(),
  });
  const plan = planOrThrow(key, template, minutesData(base, m));
  const folder = documents.partnerFolder(documents.pacteFolder(), text(row.partnerId), text(partner.name));
  const name = minutesName(id, m);
  return { name, url: documents.fillTemplate(templateId, template, plan, folder, name, templateLabel(key)).url };
}

export function attachMinutes(ports: Ports, settings: Settings, id: string, input: CheckedParamsOf<'attachMinutes'>[1]): DocumentLink {
  const m = checkMinutes(input);
  const { store } = ports;
  const row = store.table(CONVENTIONS).getOrThrow(id).record;
  const attachments = store.table(ATTACHMENTS);
  const link = m.url ? { name: `${m.kind} — ${m.title}`, url: m.url } : generateMinutes(ports, settings, id, row, m);
  attachments.insert([
    { conventionId: id, version: typeof row.version === 'number' ? row.version : null, kind: m.kind, title: m.title, date: m.date, url: link.url },
  ]);
  store.journal([{ sheet: CONVENTIONS.sheetName, recordId: id, action: 'pièce jointe', field: m.kind, before: '', after: `${link.name} — ${link.url}` }]);
  return link;
}
