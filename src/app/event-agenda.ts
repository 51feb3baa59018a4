/**
 * « Ordre du jour »: the event's agenda Doc, filled from the « Ordre du jour » template
 * (Paramètres › Modèles, editable) in the Pacte folder and linked in the event's row. Made once
 * per event: an event with its Doc keeps it, and a retried request reuses what it made.
 */
import { EVENTS } from '../domain/events/tables';
import { agendaData } from '../domain/events/agenda';
import type { EventDetail } from '../domain/events/view';
import { organisationInfo } from '../domain/conventions/convention';
import { checkTemplateDocument, problemsMessage } from '../domain/templates/engine';
import { TEMPLATES } from '../domain/templates/defaults';
import { formatDateFr } from '../domain/format/french';
import { text } from '../domain/records/coerce';
import type { DataRecord } from '../domain/schema/field';
import type { Ports } from './ports';
import { planOrThrow } from './conventions/generate';
import { ensureTemplates, readTemplate, templateLabel, templateSettings } from './conventions/templates';
import { eventDetail, partnerIdsOf, partnerNames } from './event-read';

const KEY = 'ordre-du-jour';

export function makeEventAgenda(ports: Ports, organisation: string, id: string): EventDetail {
  const { store, documents } = ports;
  const events = store.table(EVENTS);
  const stored = events.getOrThrow(id);
  const e = stored.record as DataRecord;
  if (text(e.agendaUrl)) return eventDetail(store, id);
  const settings = templateSettings(ports);
  const templateId = ensureTemplates(ports, settings, [KEY])[KEY];
  const template = readTemplate(ports, KEY, templateId);
  const problems = checkTemplateDocument(template, TEMPLATES[KEY].catalogue);
  if (problems.length) throw new Error(problemsMessage(TEMPLATES[KEY].catalogue, problems));
  const names = partnerNames(store);
  const data = agendaData({
    organisation: organisationInfo(settings.rows).name || organisation,
    title: text(e.title),
    type: text(e.type),
    date: text(e.date),
    time: text(e.time),
    place: text(e.place),
    owner: text(e.owner),
    partnerNames: partnerIdsOf(e.partnerIds).map((pid) => names.get(pid) || pid),
    items: text(e.agendaItems),
  });
  const plan = planOrThrow(KEY, template, data);
  const root = documents.pacteFolder();
  const name = `Ordre du jour — ${text(e.title)} — ${formatDateFr(text(e.date))} (${id})`;
  const doc = documents.makeOnce(`agenda:${id}`, root, name, () => documents.fillTemplate(templateId, template, plan, root, name, templateLabel(KEY)));
  events.writeComputed('agendaUrl', new Map([[stored.row, doc.url]]));
  return eventDetail(store, id);
}
