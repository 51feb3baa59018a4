/** Sidebar API: the meeting brief, a Google Doc made from the organisation's template. */
import type { Row, TableSpec } from '../../domain/schema/field';
import { COMMITMENTS, CONVENTIONS, INTERACTIONS, OPPORTUNITIES, PARTNERS, SETTINGS } from '../../domain/schema/tables';
import { EDITORS } from '../../domain/settings/access';
import type { Role } from '../../domain/settings/settings';
import { parseSettings } from '../../domain/settings/settings';
import { asBriefInput, asPartnerId, buildBriefModel, checkTemplate, TEMPLATE_KEY, TEMPLATE_SECTION, templateIdFromSettings } from '../../domain/briefs/brief';
import { SheetTable } from '../../services/sheet-table';
import { appendJournal } from '../../services/journal';
import { forgetSettings } from '../../services/settings-store';
import { currentRoles } from '../../services/role-store';
import { toLocalDate } from '../../domain/format/time-zone';
import { pacteFolder, partnerFolder, type Team } from '../../services/drive-folder';
import { createDefaultTemplate, readTemplate, renderBrief } from '../../services/docs/meeting-brief-doc';
import { serve } from '../frame/endpoint';

const records = <S extends TableSpec>(t: SheetTable<S>): Row<S>[] => t.all().map((s) => s.record);

/** People of Pacte's role table: editors (admin, chargé) and readers (the other roles), the caller excluded. */
function team_(roles: Record<string, Role>, caller: string): Team {
  const people = Object.entries(roles).filter(([email]) => email !== caller.toLowerCase());
  return { editors: people.filter(([, r]) => EDITORS.includes(r)).map(([e]) => e), viewers: people.filter(([, r]) => !EDITORS.includes(r)).map(([e]) => e) };
}

/**
 * Creates « Note de rendez-vous — <Partenaire> — <date> » in the partner's Pacte folder from
 * the template of Paramètres › Modèles (a default French template is created on first use),
 * and journals it. An unknown placeholder in the template is refused before anything is created.
 */
export const createMeetingBrief = serve('createMeetingBrief', ({ ctx }, partnerId, brief) => {
  // A partner's ID (not any record's) and a date as typed (05/03/2026): domain/briefs/brief.ts.
  const id = asPartnerId(partnerId);
  const input = asBriefInput(brief);
  const today = toLocalDate(new Date(), ctx.timeZone);
  const partner = SheetTable.open(ctx, PARTNERS).getOrThrow(id).record;
  const settings = SheetTable.open(ctx, SETTINGS);
  const settingsRows = records(settings);
  const parsed = parseSettings(settingsRows);
  const team = team_(currentRoles(ctx), ctx.user);
  const root = pacteFolder(ctx, team);
  let templateId = templateIdFromSettings(settingsRows);
  if (!templateId) {
    templateId = createDefaultTemplate(root);
    settings.insert([
      {
        section: TEMPLATE_SECTION,
        key: TEMPLATE_KEY,
        value: templateId,
        note: 'ID du modèle Google Docs de la note de rendez-vous (dans le dossier Pacte) : modifiez le modèle librement.',
      },
    ]);
    forgetSettings();
  }
  const template = readTemplate(templateId);
  checkTemplate([template.body, template.header, template.footer].join('\n'));

  const model = buildBriefModel({
    partner,
    interactions: records(SheetTable.open(ctx, INTERACTIONS)),
    opportunities: records(SheetTable.open(ctx, OPPORTUNITIES)),
    conventions: records(SheetTable.open(ctx, CONVENTIONS)),
    commitments: records(SheetTable.open(ctx, COMMITMENTS)),
    input: { ...input, date: input.date || today },
    organisation: parsed.organisation,
    author: ctx.user,
    today,
  });
  const folder = partnerFolder(root, id, partner.name);
  const doc = renderBrief(templateId, template, folder, model);
  appendJournal(ctx, [{ sheet: PARTNERS.sheetName, recordId: id, action: 'note de rendez-vous', field: '', before: '', after: `${doc.name} — ${doc.url}` }]);
  return { name: doc.name, url: doc.url };
});
