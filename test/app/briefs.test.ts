/** The meeting brief use case (src/app/briefs.ts) on the in-memory store, Drive and Docs faked. */
import type { Ports } from '../../src/app/ports';
import type { BriefTemplate } from '../../src/app/ports/meeting-briefs';
import type { BriefModel } from '../../src/domain/briefs/brief';
import { JOURNAL, PARTNERS, SETTINGS } from '../../src/domain/schema/tables';
import { parseSettings } from '../../src/domain/settings/settings';
import { MemoryStore } from '../../src/store/memory-store';
import { createMeetingBrief } from '../../src/app/briefs';

const USER = 'chargee@amade.org';
const roles = { [USER]: 'chargé', 'dg@amade.org': 'DG' } as const;
const settings = { ...parseSettings([]), roles };

function workbook(templates: Record<string, BriefTemplate> = {}) {
  const store = new MemoryStore({ user: USER, now: () => new Date('2026-03-12T09:00:00Z') });
  const [partner] = store.table(PARTNERS).insert([{ name: 'Fondation Sahel', type: 'Fondation' }]);
  const calls: string[] = [];
  const rendered: { templateId: string; folderId: string; model: BriefModel }[] = [];
  const meetingBriefs = {
    pacteFolder: (r: object, caller: string) => (calls.push(`pacteFolder ${Object.keys(r).join(',')} ${caller}`), 'ROOT'),
    partnerFolder: (root: string, id: string, name: string) => (calls.push(`partnerFolder ${root} ${id} ${name}`), 'FOLDER'),
    createDefaultTemplate: (folder: string) => {
      calls.push(`createDefaultTemplate ${folder}`);
      templates.NEW = { body: '{{partenaire.nom}}', header: '', footer: '' };
      return 'NEW';
    },
    readTemplate: (id: string) => templates[id],
    render: (templateId: string, _t: BriefTemplate, folderId: string, model: BriefModel) => {
      rendered.push({ templateId, folderId, model });
      return { name: model.title, url: `https://docs.google.com/document/d/${templateId}-copy` };
    },
  };
  const ports = { store, meetingBriefs } as Partial<Ports> as Ports;
  return { store, ports, partner, calls, rendered };
}

it('on first use creates the default template in the Pacte folder, records its ID in Paramètres and journals the note', () => {
  const { store, ports, partner, calls, rendered } = workbook();
  const link = createMeetingBrief(ports, settings, partner.id, { date: '05/03/2026' });
  expect(calls).toEqual([`pacteFolder ${USER},dg@amade.org ${USER}`, 'createDefaultTemplate ROOT', `partnerFolder ROOT ${partner.id} Fondation Sahel`]);
  expect(rendered.map((r) => [r.templateId, r.folderId])).toEqual([['NEW', 'FOLDER']]);
  expect(link.name).toContain('Fondation Sahel');
  expect(
    store
      .table(SETTINGS)
      .all()
      .map((s) => [s.record.section, s.record.value]),
  ).toEqual([['Modèles', 'NEW']]);
  const journaled = store
    .table(JOURNAL)
    .all()
    .map((r) => r.record)
    .filter((r) => r.action === 'note de rendez-vous');
  expect(journaled.map((r) => [r.recordId, r.after])).toEqual([[partner.id, `${link.name} — ${link.url}`]]);
});

it('refuses a template with an unknown placeholder before creating anything', () => {
  const { store, ports, partner, rendered } = workbook({ T1: { body: '{{partenaire.nom}} {{budget}}', header: '', footer: '' } });
  store.table(SETTINGS).insert([{ section: 'Modèles', key: 'Note de rendez-vous', value: 'T1' }]);
  expect(() => createMeetingBrief(ports, settings, partner.id, {})).toThrow(/contient un champ inconnu : \{\{budget\}\}.*aucune note n'a été créée/);
  expect(rendered).toEqual([]);
  expect(
    store
      .table(JOURNAL)
      .all()
      .filter((r) => r.record.action === 'note de rendez-vous'),
  ).toEqual([]);
});
