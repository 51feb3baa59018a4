/** The meeting brief: a Google Doc made from the organisation's template, in the partner's Pacte folder. */
import type { DocumentLink } from '../domain/contracts';
import type { Row, TableSpec } from '../domain/schema/field';
import { COMMITMENTS, CONVENTIONS, INTERACTIONS, OPPORTUNITIES, PARTNERS, SETTINGS } from '../domain/schema/tables';
import type { Settings } from '../domain/settings/settings';
import { asBriefInput, asPartnerId, buildBriefModel, checkTemplate, TEMPLATE_KEY, TEMPLATE_SECTION, templateIdFromSettings } from '../domain/briefs/brief';
import type { Store } from '../store/store';
import type { Ports } from './ports';

const records = <S extends TableSpec>(store: Store, spec: S): Row<S>[] =>
  store
    .table(spec)
    .all()
    .map((s) => s.record);

/**
 * Creates « Note de rendez-vous — <Partenaire> — <date> » in the partner's Pacte folder from
 * the template of Paramètres › Modèles (a default French template is created on first use),
 * and journals it. An unknown placeholder in the template is refused before anything is created.
 */
export function createMeetingBrief(
  ports: Ports,
  settings: Settings,
  partnerId: string,
  brief: { date?: string; objectives?: string; keyMessages?: string },
): DocumentLink {
  const { store, meetingBriefs: docs } = ports;
  // A partner's ID (not any record's) and a date as typed (05/03/2026): domain/briefs/brief.ts.
  const id = asPartnerId(partnerId);
  const input = asBriefInput(brief);
  const today = store.today();
  const partner = store.table(PARTNERS).getOrThrow(id).record;
  let templateId = templateIdFromSettings(records(store, SETTINGS));
  const root = docs.pacteFolder(settings.roles, store.user);
  if (!templateId) {
    templateId = docs.createDefaultTemplate(root);
    // Writing Paramètres clears its cached copy: the next call reads the new template's ID.
    store.table(SETTINGS).insert([
      {
        section: TEMPLATE_SECTION,
        key: TEMPLATE_KEY,
        value: templateId,
        note: 'ID du modèle Google Docs de la note de rendez-vous (dans le dossier Pacte) : modifiez le modèle librement.',
      },
    ]);
  }
  const template = docs.readTemplate(templateId);
  checkTemplate([template.body, template.header, template.footer].join('\n'));

  const model = buildBriefModel({
    partner,
    interactions: records(store, INTERACTIONS),
    opportunities: records(store, OPPORTUNITIES),
    conventions: records(store, CONVENTIONS),
    commitments: records(store, COMMITMENTS),
    input: { ...input, date: input.date || today },
    organisation: settings.organisation,
    author: store.user,
    today,
  });
  const doc = docs.render(templateId, template, docs.partnerFolder(root, id, partner.name), model);
  store.journal([{ sheet: PARTNERS.sheetName, recordId: id, action: 'note de rendez-vous', field: '', before: '', after: `${doc.name} — ${doc.url}` }]);
  return { name: doc.name, url: doc.url };
}
