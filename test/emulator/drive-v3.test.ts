/**
 * The advanced Drive service v3 on the emulator: Files and Permissions over the same Drive as
 * DriveApp, Google's error shapes, and what each Drive scope reaches.
 */
import { installEmulator, type World, type WorldOptions } from '../../src/dev/emulator';
import { Blob } from '../../src/dev/emulator/core/blob';
import { canEdit } from '../../src/dev/emulator/drive/access';
import { _pickWithGooglePicker, driveNotices } from '../../src/dev/emulator/drive-v3';

const AUTH = 'https://www.googleapis.com/auth/';
const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';
const SHEET = 'application/vnd.google-apps.spreadsheet';
const OWNER = 'direction@ajcad-mali.org';
const STAFF = 'awa.traore@ajcad-mali.org';

let world: World;
const install = (scopes: string[] | null, opts: WorldOptions = {}) => {
  world = installEmulator(globalThis, {
    owner: OWNER,
    advancedServices: [{ userSymbol: 'Drive', serviceId: 'drive', version: 'v3' }],
    ...(scopes ? { grantedScopes: scopes.map((s) => AUTH + s) } : {}),
    ...opts,
  });
};
const files = () => Drive!.Files;

describe('Drive.Files', () => {
  beforeEach(() => install(['drive.file', 'documents']));

  it('creates folders, Docs and uploaded files, returning only the requested fields (default: kind, id, name, mimeType)', () => {
    world.run(() => {
      const folder = files().create({ name: 'Pacte', mimeType: FOLDER });
      expect(Object.keys(folder).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
      const doc = files().create({ name: 'Note', mimeType: DOC, parents: [folder.id!] }, undefined as unknown as GoogleAppsScript.Base.Blob, {
        fields: 'id,parents,webViewLink',
      });
      expect(doc.parents).toEqual([folder.id]);
      expect(doc.webViewLink).toBe(`https://docs.google.com/document/d/${doc.id}/edit?usp=drivesdk`);
      // A Doc made through Drive opens in DocumentApp, with its one empty paragraph.
      expect(DocumentApp.openById(doc.id!).getBody().getNumChildren()).toBe(1);
      const blob = Blob._fromText(world.log, '%PDF-1.4', 'application/pdf', 'scan.pdf') as unknown as GoogleAppsScript.Base.Blob;
      const pdf = files().create({ name: 'scan.pdf', parents: [folder.id!] }, blob, { fields: 'id,mimeType,size' });
      expect(pdf).toMatchObject({ mimeType: 'application/pdf', size: '8' });
    });
    expect(world.log.count('Drive.Files.create')).toBe(3);
  });

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/files/get — Apps Script wraps the API's
  // "File not found: <id>." as "API call to drive.files.get failed with error: …" (GoogleJsonResponseException).
  it("answers Google's GoogleJsonResponseException for a file the app cannot reach", () => {
    world.run(() => {
      let err: (Error & { details?: { code: number } }) | undefined;
      try {
        files().get('1inconnu');
      } catch (e) {
        err = e as Error & { details?: { code: number } };
      }
      expect(err?.name).toBe('GoogleJsonResponseException');
      expect(err?.message).toBe('API call to drive.files.get failed with error: File not found: 1inconnu.');
      expect(err?.details?.code).toBe(404);
    });
  });

  // https://developers.google.com/workspace/drive/api/guides/api-specific-auth — drive.file: "Create new Drive files, or
  // modify existing files, that you open with an app or that the user shares with an app while using the Google Picker API".
  it('with drive.file reaches what the app created and what the user picked, not the rest of their Drive', () => {
    const mine = world.inspect(() => DocumentApp.create('Modèle apporté').getId()); // made by the user in Docs
    const made = world.run(() => files().create({ name: 'Fait par Pacte', mimeType: DOC }).id!);
    world.run(() => {
      expect(files().get(made).name).toBe('Fait par Pacte');
      expect(() => files().get(mine)).toThrow(`API call to drive.files.get failed with error: File not found: ${mine}.`);
      expect(() => files().copy({ name: 'copie' }, mine)).toThrow('API call to drive.files.copy failed with error: File not found');
      expect(
        files()
          .list({ q: 'trashed = false', fields: 'files(id,name)' })
          .files!.map((f) => f.name),
      ).toEqual(['Fait par Pacte']);
    });
    _pickWithGooglePicker(world, mine, OWNER);
    world.run(() => expect(files().copy({ name: 'Copie' }, mine, { fields: 'id,name' }).name).toBe('Copie'));
  });

  it('with drive (restricted) reaches everything the user can', () => {
    install(['drive']);
    const mine = world.inspect(() => DriveApp.createFolder('Perso').getId());
    world.run(() => expect(files().get(mine, { fields: 'id,name,trashed' })).toEqual({ id: mine, name: 'Perso', trashed: false }));
  });

  // Reference pages, "Authorization scopes": files.create takes drive, drive.appdata or drive.file; a token with none of
  // them is refused with the API's "Request had insufficient authentication scopes." (403).
  it('refuses every method without a Drive scope', () => {
    install(['documents']);
    world.run(() =>
      expect(() => files().create({ name: 'x', mimeType: FOLDER })).toThrow(
        'API call to drive.files.create failed with error: Request had insufficient authentication scopes.',
      ),
    );
  });

  it('moves and renames with update (addParents / removeParents); copies a Doc with its content', () => {
    world.run(() => {
      const a = files().create({ name: 'A', mimeType: FOLDER }).id!;
      const b = files().create({ name: 'B', mimeType: FOLDER }).id!;
      const doc = files().create({ name: 'Note', mimeType: DOC, parents: [a] }).id!;
      DocumentApp.openById(doc).getBody().appendParagraph('Contenu');
      const moved = files().update({ name: 'Note 2' }, doc, undefined as unknown as GoogleAppsScript.Base.Blob, {
        addParents: b,
        removeParents: a,
        fields: 'name,parents',
      });
      expect(moved).toEqual({ name: 'Note 2', parents: [b] });
      const copy = files().copy({ name: 'Copie', parents: [a] }, doc, { fields: 'id,parents' });
      expect(copy.parents).toEqual([a]);
      expect(DocumentApp.openById(copy.id!).getBody().getText()).toBe('\nContenu');
      expect(files().list({ q: `'${a}' in parents and name = 'Copie'`, fields: 'files(id)' }).files).toEqual([{ id: copy.id }]);
    });
  });

  // https://developers.google.com/drive/api/guides/shortcuts: shortcutDetails.targetId names the target, whose MIME
  // type is copied into targetMimeType; the shortcut has one parent; a target out of reach is not found.
  it('makes a shortcut to a file in another folder, naming its target and the target’s type', () => {
    world.run(() => {
      const a = files().create({ name: 'A', mimeType: FOLDER }).id!;
      const b = files().create({ name: 'B', mimeType: FOLDER }).id!;
      const doc = files().create({ name: 'Rapport', mimeType: DOC, parents: [a] }).id!;
      const shortcut = files().create(
        { name: 'Raccourci', mimeType: 'application/vnd.google-apps.shortcut', parents: [b], shortcutDetails: { targetId: doc } },
        undefined as unknown as GoogleAppsScript.Base.Blob,
        { fields: 'name,mimeType,parents,shortcutDetails' },
      );
      expect(shortcut).toEqual({
        name: 'Raccourci',
        mimeType: 'application/vnd.google-apps.shortcut',
        parents: [b],
        shortcutDetails: { targetId: doc, targetMimeType: DOC },
      });
      expect(files().get(doc, { fields: 'parents' }).parents).toEqual([a]);
      expect(() => files().create({ mimeType: 'application/vnd.google-apps.shortcut', parents: [b], shortcutDetails: { targetId: 'absent' } })).toThrow(
        'API call to drive.files.create failed with error: File not found: absent',
      );
    });
  });

  it('throws Not emulated for the rest of the collection', () => {
    world.run(() => expect(() => (files() as unknown as { emptyTrash(): void }).emptyTrash()).toThrow('Not emulated: Drive.Files.emptyTrash'));
  });

  it('exists only when the manifest enables the advanced service', () => {
    const scope: { Drive?: unknown; DriveApp?: unknown } = {};
    installEmulator(scope, { advancedServices: [] });
    expect(scope.DriveApp).toBeDefined();
    expect(scope.Drive).toBeUndefined();
  });

  // https://developers.google.com/workspace/drive/api/guides/manage-uploads#import-docs: a file uploaded with a
  // Google Workspace mimeType is converted; a CSV becomes a spreadsheet whose cells read as if typed.
  it('converts an uploaded CSV into a spreadsheet (values, percents, formulas), and makes a blank one without media', () => {
    install(['drive.file', 'spreadsheets']);
    world.run(() => {
      const csv = Utilities.newBlob('Libellé,Quantité,Part\r\n"Salle, Ségou",2,80%\r\nTotal,=B2*3,', 'text/csv', 'budget.csv');
      const made = files().create({ name: 'Budget', mimeType: SHEET }, csv);
      const range = SpreadsheetApp.openById(made.id!).getSheets()[0].getRange(1, 1, 3, 3);
      expect(range.getValues()).toEqual([
        ['Libellé', 'Quantité', 'Part'],
        ['Salle, Ségou', 2, 0.8],
        ['Total', '', ''],
      ]);
      expect(range.getFormulas()[2][1]).toBe('=B2*3');
      const blank = files().create({ name: 'Vide', mimeType: SHEET });
      expect(SpreadsheetApp.openById(blank.id!).getSheets()[0].getLastRow()).toBe(0);
    });
  });

  // https://developers.google.com/workspace/drive/api/guides/ref-export-formats: a spreadsheet exports as CSV, first
  // sheet only; the advanced service needs { alt: 'media' } (issuetracker.google.com/issues/468534237) and gives a Blob.
  it('exports a spreadsheet’s first sheet as CSV with alt=media, with the drive.file scope alone', () => {
    install(['drive.file']);
    world.run(() => {
      const csv = Utilities.newBlob('Libellé,Part\r\n"Salle, Ségou",80%\r\nTotal,=B2*3', 'text/csv', 'budget.csv');
      const made = files().create({ name: 'Budget', mimeType: SHEET }, csv);
      expect(() => files().export(made.id!, 'text/csv')).toThrow('Export requires alt=media to download the exported content.');
      // The typings know no third argument.
      const api = files();
      const exportWith = api.export.bind(api) as unknown as (id: string, type: string, args: object) => GoogleAppsScript.Base.Blob;
      const out = exportWith(made.id!, 'text/csv', { alt: 'media' });
      // The emulator does not evaluate formulas: the formula's cell exports empty.
      expect(out.getDataAsString()).toBe('Libellé,Part\r\n"Salle, Ségou",80%\r\nTotal,');
      expect(out.getContentType()).toBe('text/csv');
    });
  });
});

describe('Drive.Permissions.create', () => {
  beforeEach(() => install(['drive.file']));

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/create — sendNotificationEmail:
  // "Whether to send a notification email when sharing to users or groups" (default true).
  it('shares without e-mail when asked; what a shared folder holds is reachable by the person (inherited access)', () => {
    const { folder, doc } = world.run(() => {
      const folder = files().create({ name: 'Pacte', mimeType: FOLDER }).id!;
      const doc = files().create({ name: 'Note', mimeType: DOC, parents: [folder] }).id!;
      Drive!.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, folder, { sendNotificationEmail: false });
      return { folder, doc };
    });
    expect(driveNotices(world)).toEqual([]);
    // "Access control lists (ACLs) for a folder propagate downward" (…/guides/manage-sharing#permission-propagation).
    expect(world.inspect(() => DocumentApp.openById(doc).getName(), STAFF)).toBe('Note');
    world.run(() => Drive!.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'dg@ajcad-mali.org' }, folder));
    expect(driveNotices(world)).toEqual([{ fileId: folder, to: 'dg@ajcad-mali.org', role: 'reader' }]);
    expect(world.log.count('Drive.Permissions.create')).toBe(2);
  });

  it('is refused on a file the app cannot reach', () => {
    const theirs = world.inspect(() => DriveApp.createFolder('Perso').getId());
    world.run(() =>
      expect(() => Drive!.Permissions.create({ type: 'user', role: 'reader', emailAddress: STAFF }, theirs)).toThrow(
        `API call to drive.permissions.create failed with error: File not found: ${theirs}.`,
      ),
    );
  });
});

describe('Drive.Permissions.list, remove and update', () => {
  beforeEach(() => install(['drive.file']));
  const DG = 'dg@ajcad-mali.org';
  const shared = () =>
    world.run(() => {
      const folder = files().create({ name: 'Pacte', mimeType: FOLDER }).id!;
      const doc = files().create({ name: 'Convention', mimeType: DOC, parents: [folder] }).id!;
      Drive!.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, folder, { sendNotificationEmail: false });
      Drive!.Permissions.create({ type: 'user', role: 'reader', emailAddress: DG }, folder, { sendNotificationEmail: false });
      return { folder, doc };
    });
  const listed = (folder: string) =>
    world.run(() => Drive!.Permissions.list(folder, { fields: 'permissions(id,type,role,emailAddress)' }).permissions!.map((p) => [p.emailAddress, p.role]));

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/list — "When not set for files
  // that are not in a shared drive, the entire list will be returned"; kind "drive#permissionList".
  it('lists the owner and every person, with only kind, id, type and role unless fields asks for more', () => {
    const { folder } = shared();
    expect(listed(folder)).toEqual([
      [OWNER, 'owner'],
      [STAFF, 'writer'],
      [DG, 'reader'],
    ]);
    const plain = world.run(() => Drive!.Permissions.list(folder));
    expect(plain.kind).toBe('drive#permissionList');
    expect(plain.nextPageToken).toBeUndefined();
    expect(Object.keys(plain.permissions![0]).sort()).toEqual(['id', 'kind', 'role', 'type']);
    // Permission IDs are opaque (Drive's are numeric), never the address.
    expect(plain.permissions![1].id).toMatch(/^\d{20}$/);
  });

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/delete — "If successful, the
  // response body is an empty JSON object"; access given by a folder goes with it (ACLs "propagate downward").
  it('removes a person: the Doc inside the folder no longer opens for them', () => {
    const { folder, doc } = shared();
    const staffId = world.run(
      () => Drive!.Permissions.list(folder, { fields: 'permissions(id,emailAddress)' }).permissions!.find((p) => p.emailAddress === STAFF)!.id!,
    );
    expect(world.inspect(() => DocumentApp.openById(doc).getName(), STAFF)).toBe('Convention');
    world.run(() => Drive!.Permissions.remove(folder, staffId));
    expect(() => world.inspect(() => DocumentApp.openById(doc), STAFF)).toThrow();
    expect(listed(folder)).toEqual([
      [OWNER, 'owner'],
      [DG, 'reader'],
    ]);
    // Drive's answer for an unknown ID (as in github.com/CSSS/csss-site/issues/644: "Permission not found: anyoneWithLink.").
    world.run(() =>
      expect(() => Drive!.Permissions.remove(folder, staffId)).toThrow(
        `API call to drive.permissions.delete failed with error: Permission not found: ${staffId}.`,
      ),
    );
  });

  it("refuses to remove the owner, with Drive's text", () => {
    const { folder } = shared();
    const ownerId = world.run(() => Drive!.Permissions.list(folder).permissions!.find((p) => p.role === 'owner')!.id!);
    world.run(() =>
      expect(() => Drive!.Permissions.remove(folder, ownerId)).toThrow(
        'API call to drive.permissions.delete failed with error: The owner of a file cannot be removed.',
      ),
    );
  });

  // https://developers.google.com/workspace/drive/api/reference/rest/v3/permissions/update — "Updates a permission with patch semantics."
  it('changes a writer into a reader: the Doc inside opens but no longer edits', () => {
    const { folder, doc } = shared();
    const staffId = world.run(
      () => Drive!.Permissions.list(folder, { fields: 'permissions(id,emailAddress)' }).permissions!.find((p) => p.emailAddress === STAFF)!.id!,
    );
    const updated = world.run(() => Drive!.Permissions.update({ role: 'reader' }, folder, staffId));
    expect(updated).toMatchObject({ id: staffId, role: 'reader', type: 'user' });
    expect(world.inspect(() => DocumentApp.openById(doc).getName(), STAFF)).toBe('Convention');
    // Who may edit, as the emulator's Drive decides it for every service (drive/access.ts).
    expect(canEdit(world.drive.get(doc)!, STAFF, world.drive)).toBe(false);
  });

  it('reaches only what the app may reach, and exists only as remove (the typings have no delete)', () => {
    const theirs = world.inspect(() => DriveApp.createFolder('Perso').getId());
    world.run(() => expect(() => Drive!.Permissions.list(theirs)).toThrow(`API call to drive.permissions.list failed with error: File not found: ${theirs}.`));
    const service = Drive!.Permissions as unknown as { delete: (a: string, b: string) => void };
    world.run(() => expect(() => service.delete('x', 'y')).toThrow('Not emulated: Drive.Permissions.delete'));
  });
});

describe("drive.file grants across users (undocumented: the world's driveFileGrants)", () => {
  const shareAndAsk = () => {
    const folder = world.run(() => {
      const id = files().create({ name: 'Pacte', mimeType: FOLDER }).id!;
      Drive!.Permissions.create({ type: 'user', role: 'writer', emailAddress: STAFF }, id, { sendNotificationEmail: false });
      return id;
    });
    return () => world.run(() => files().get(folder).name, { user: STAFF });
  };

  it('per user (default, the safer reading): a colleague running the app does not reach what the app made for someone else', () => {
    install(['drive.file']);
    expect(shareAndAsk()).toThrow('API call to drive.files.get failed with error: File not found');
  });

  it('per app: the colleague reaches it, as they can open it', () => {
    install(['drive.file'], { driveFileGrants: 'per-app' });
    expect(shareAndAsk()()).toBe('Pacte');
  });
});
