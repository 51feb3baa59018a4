/**
 * The Pacte folder's Drive sharing follows Paramètres › Rôles, on the built
 * bundle under drive.file: a removed person loses the folder and what it holds, a newcomer gets
 * it, a changed role changes the permission, and repairing twice changes nothing.
 */
import { seededPerFile, somePartners, USERS, workbookWithPartners, type PartnersWorkbook } from '../support/workbooks';
import type { ParamsOf } from '../../src/domain/contracts/api';
import { canEdit, canView } from '../../src/dev/emulator/drive/access';
import { driveNotices } from '../../src/dev/emulator/drive-v3';
import { _advanceTime } from '../../src/dev/emulator/script';
import { JOURNAL } from '../../src/domain/schema/tables';
import { pacteFolderId, teamOf } from '../../src/services/drive-folder';
import { syncFolderSharing } from '../../src/services/drive-sharing';
import { loadSettings } from '../../src/services/settings-store';
import { records, store } from '../support/demo-sheets';
import { bareConventionDraft } from '../support/convention-draft';

const { admin, officer: chargee, otherOfficer: charge, reader: lecteur } = USERS;
const DG = 'dg@ajcad-mali.org';
const docId = (url: string) => /\/d\/([\w-]+)/.exec(url)![1];

/**
 * A role given, changed or taken away in Paramètres › Rôles (null: the row is cleared). The only
 * place these tests change roles: when roles move out of the cells, only this changes.
 */
/** What an admin does on the Rôles screen. */
function setRole(wb: PartnersWorkbook, email: string, role: ParamsOf<'setRole'>[1] | null): void {
  if (role === null) wb.call('removeRole', [email], { user: admin });
  else wb.call('setRole', [email, role], { user: admin });
}

describe('the Pacte folder follows Paramètres › Rôles', () => {
  let wb: PartnersWorkbook;
  let doc: string;
  const edits = (user: string) => wb.world.inspect(() => canEdit(wb.world.drive.get(doc)!, user, wb.world.drive));
  const opens = (user: string) => wb.world.inspect(() => canView(wb.world.drive.get(doc)!, user, wb.world.drive));
  const dispatch = () => wb.call('runScheduledJobs', [], { user: admin });
  const generate = () => {
    const made = wb.call('generateConvention', [bareConventionDraft(wb.partnerIds[0])], { user: admin });
    return docId(made.convention.docUrl);
  };

  /** Seeded once: a partner and its convention Doc, in the Pacte folder shared with the team. */
  seededPerFile(() => {
    wb = workbookWithPartners(somePartners(1));
    doc = generate();
    return wb;
  });

  it('a chargée whose role is removed no longer edits the convention Doc (daily repair by the hourly trigger), and it is journaled', () => {
    expect(edits(chargee)).toBe(true);
    setRole(wb, chargee, null);
    // The trigger runs as the admin who installed it, with a blank active user: Drive acts as that admin.
    _advanceTime(wb.world, 60 * 60 * 1000);
    const job = JSON.parse(wb.world.run(() => PropertiesService.getDocumentProperties().getProperty('pacte.job.partage') ?? '{}')) as { outcome?: string };
    expect(job.outcome).toBe('terminée');
    expect(opens(chargee)).toBe(false);
    expect(edits(charge)).toBe(true); // the others keep theirs
    expect(opens(lecteur)).toBe(true);
    expect(records(wb, JOURNAL).filter((j) => j.action === 'partage')).toEqual([
      expect.objectContaining({ field: chargee, before: 'accès', after: 'aucun accès' }),
    ]);
  });

  it('a DG added afterwards can open the Doc he must approve (reader), without a Drive e-mail', () => {
    expect(opens(DG)).toBe(false);
    setRole(wb, DG, 'DG');
    dispatch();
    expect(opens(DG)).toBe(true);
    expect(edits(DG)).toBe(false);
    expect(driveNotices(wb.world)).toEqual([]);
  });

  it('a change chargé → lecteur turns writer into reader at the next document made (no job needed)', () => {
    setRole(wb, charge, 'lecteur');
    wb.world.log.reset();
    generate();
    expect(wb.world.log.count('Drive.Permissions.update')).toBe(1);
    expect(edits(charge)).toBe(false);
    expect(opens(charge)).toBe(true);
    // Nobody's role changed since: the next document costs no sharing call at all.
    wb.world.log.reset();
    generate();
    expect(wb.world.log.total('Drive.Permissions.')).toBe(0);
  });

  it('running the sync twice changes nothing the second time (one list call, no change)', () => {
    setRole(wb, chargee, null);
    setRole(wb, DG, 'DG');
    const sync = () =>
      wb.world.run(
        () => {
          const ctx = { ...store(wb, (c) => c), user: 'tâche planifiée' };
          return syncFolderSharing(pacteFolderId()!, teamOf(loadSettings(ctx).roles, ctx.user));
        },
        { user: admin },
      );
    expect(sync()).toEqual({ added: [{ email: DG, role: 'reader' }], changed: [], removed: [chargee] });
    wb.world.log.reset();
    expect(sync()).toEqual({ added: [], changed: [], removed: [] });
    expect(wb.world.log.count('Drive.Permissions.list')).toBe(1);
    expect(wb.world.log.total('Drive.Permissions.create', 'Drive.Permissions.update', 'Drive.Permissions.remove')).toBe(0);
  });

  it('never removes the owner nor the account running it, even without a role', () => {
    const folder = wb.world.run(() => pacteFolderId()!);
    const changes = wb.world.run(() => syncFolderSharing(folder, { editors: [], viewers: [] }), { user: admin });
    expect(changes.removed.sort()).toEqual([charge, chargee, 'daf@ajcad-mali.org', 'juridique@ajcad-mali.org', lecteur].sort());
    expect(wb.world.inspect(() => canEdit(wb.world.drive.get(folder)!, admin, wb.world.drive))).toBe(true);
  });
});
