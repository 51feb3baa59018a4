/** DriveApp on the emulator: files, folders, iterators, copies, exports, sharing and visibility. */
import { installEmulator, type World } from '../../src/dev/emulator';
import { Blob } from '../../src/dev/emulator/core/blob';

// The DOM lib also declares a MimeType global; Apps Script code sees Google's enum.
const mime = (): GoogleAppsScript.Base.MimeType => (globalThis as unknown as { MimeType: GoogleAppsScript.Base.MimeType }).MimeType;
const NOT_FOUND = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

let world: World;
beforeEach(() => {
  world = installEmulator(globalThis);
});

describe('DriveApp files and folders', () => {
  it('creates a text file in the root folder and reads it back by ID', () => {
    const file = DriveApp.createFile('notes.txt', 'Bonjour é', mime().PLAIN_TEXT);
    const again = DriveApp.getFileById(file.getId());
    expect(again.getName()).toBe('notes.txt');
    expect(again.getMimeType()).toBe('text/plain');
    expect(again.getBlob().getDataAsString()).toBe('Bonjour é');
    expect(again.getSize()).toBe(10); // bytes, é is two in UTF-8
    expect(again.getParents().next().getId()).toBe(DriveApp.getRootFolder().getId());
  });

  it('creates a file from a blob, keeping its name and content type', () => {
    const blob = Blob._fromText(world.log, 'a,b\n1,2', 'text/csv', 'export.csv');
    const file = DriveApp.createFolder('Exports').createFile(blob as unknown as GoogleAppsScript.Base.BlobSource);
    expect(file.getName()).toBe('export.csv');
    expect(file.getMimeType()).toBe(mime().CSV);
    expect(file.getParents().next().getName()).toBe('Exports');
  });

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String) — message as users quote it (github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112)
  it("throws Google's message for an unknown file or folder ID", () => {
    expect(() => DriveApp.getFileById('1nope')).toThrow(NOT_FOUND);
    expect(() => DriveApp.getFolderById('1nope')).toThrow(NOT_FOUND);
  });

  it('lists files and folders of a folder, and finds them by name', () => {
    const root = DriveApp.createFolder('Pacte');
    const sub = root.createFolder('Conventions');
    root.createFile('a.txt', 'a');
    sub.createFile('b.txt', 'b');
    const names: string[] = [];
    const it = root.getFiles();
    while (it.hasNext()) names.push(it.next().getName());
    expect(names).toEqual(['a.txt']);
    expect(root.getFolders().next().getName()).toBe('Conventions');
    expect(DriveApp.getFilesByName('b.txt').next().getParents().next().getId()).toBe(sub.getId());
    expect(DriveApp.getFoldersByName('Conventions').hasNext()).toBe(true);
    expect(DriveApp.getFoldersByName('Absent').hasNext()).toBe(false);
  });

  // Message quoted by scripts that catch it (observed; the reference is silent).
  it('throws when next() is called past the end of an iterator', () => {
    const it = DriveApp.getFilesByName('absent.txt');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });

  it('resumes an iterator from its continuation token', () => {
    for (const n of ['1', '2', '3']) DriveApp.createFile(`f${n}.txt`, n);
    const it = DriveApp.getFiles();
    it.next();
    const rest = DriveApp.continueFileIterator(it.getContinuationToken());
    const names: string[] = [];
    while (rest.hasNext()) names.push(rest.next().getName());
    expect(names).toEqual(['f2.txt', 'f3.txt']);
  });

  // Observed: getFilesByName also returns trashed files; callers must check isTrashed().
  it('keeps trashed files reachable by ID and by name', () => {
    const file = DriveApp.createFile('old.txt', 'x');
    file.setTrashed(true);
    expect(DriveApp.getFileById(file.getId()).isTrashed()).toBe(true);
    expect(DriveApp.getFilesByName('old.txt').next().isTrashed()).toBe(true);
  });

  it('searches files with Drive query syntax', () => {
    const folder = DriveApp.createFolder('Modèles');
    folder.createFile('Convention type.txt', 'x');
    DriveApp.createFile('Convention hors dossier.txt', 'y');
    const it = DriveApp.searchFiles(`title contains 'convention' and '${folder.getId()}' in parents and trashed = false`);
    expect(it.next().getName()).toBe('Convention type.txt');
    expect(it.hasNext()).toBe(false);
  });

  it('moves a file to another folder', () => {
    const a = DriveApp.createFolder('A');
    const b = DriveApp.createFolder('B');
    const file = a.createFile('x.txt', 'x');
    file.moveTo(b);
    expect(a.getFiles().hasNext()).toBe(false);
    expect(b.getFiles().next().getId()).toBe(file.getId());
  });

  it('tracks description, starring and dates from the world clock', () => {
    const file = DriveApp.createFile('x.txt', 'x');
    expect(file.getDescription()).toBeNull();
    world.clock.advance(60_000);
    file.setDescription('Convention signée');
    expect(file.getDescription()).toBe('Convention signée');
    expect(file.getLastUpdated().getTime() - file.getDateCreated().getTime()).toBe(60_000);
    file.setStarred(true);
    expect(file.isStarred()).toBe(true);
  });
});

describe('File URLs, copies and exports', () => {
  it('gives Google-looking URLs per file type', () => {
    const doc = DocumentApp.create('Convention');
    const docFile = DriveApp.getFileById(doc.getId());
    expect(docFile.getUrl()).toMatch(new RegExp(`^https://docs\\.google\\.com/document/d/${doc.getId()}/edit`));
    const txt = DriveApp.createFile('a.txt', 'a');
    expect(txt.getUrl()).toBe(`https://drive.google.com/file/d/${txt.getId()}/view?usp=drivesdk`);
    expect(DriveApp.createFolder('F').getUrl()).toMatch(/^https:\/\/drive\.google\.com\/drive\/folders\//);
  });

  it('deep-copies a Google Doc with makeCopy, so editing the copy leaves the original alone', () => {
    const doc = DocumentApp.create('Modèle');
    doc.getBody().appendParagraph('Partenaire : {{partenaire.nom}}');
    const dest = DriveApp.createFolder('Conventions');
    const copy = DriveApp.getFileById(doc.getId()).makeCopy('Convention AJCAD', dest);
    expect(copy.getName()).toBe('Convention AJCAD');
    expect(copy.getParents().next().getId()).toBe(dest.getId());
    const copied = DocumentApp.openById(copy.getId());
    copied.getBody().replaceText('\\{\\{partenaire\\.nom\\}\\}', 'ONG Sahel');
    expect(copied.getBody().getText()).toContain('ONG Sahel');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).toContain('{{partenaire.nom}}');
  });

  it('names an unnamed copy "Copy of …" next to the original', () => {
    const file = DriveApp.createFolder('F').createFile('a.txt', 'a');
    const copy = file.makeCopy();
    expect(copy.getName()).toBe('Copy of a.txt');
    expect(copy.getParents().next().getName()).toBe('F');
    expect(copy.getBlob().getDataAsString()).toBe('a');
  });

  it("exports a Google Doc to PDF through the document's export", () => {
    const doc = DocumentApp.create('Convention 2026');
    doc.getBody().appendParagraph('Article 1');
    const pdf = DriveApp.getFileById(doc.getId()).getAs(mime().PDF);
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Convention 2026.pdf');
    expect(Buffer.from(pdf.getBytes()).toString('latin1')).toContain('Article 1');
  });

  it('refuses conversions it cannot do', () => {
    const file = DriveApp.createFile('a.txt', 'a');
    expect(() => file.getAs('application/pdf')).toThrow('Converting from text/plain to application/pdf is not supported.');
  });
});

describe('Sharing and visibility', () => {
  it('keeps a private file invisible to another user until they are added as editor', () => {
    const file = DriveApp.createFile('budget.txt', 'secret');
    const id = file.getId();
    world.run(() => expect(() => DriveApp.getFileById(id)).toThrow(NOT_FOUND), { user: 'autre@ong.ml' });
    file.addEditor('autre@ong.ml');
    expect(world.run(() => DriveApp.getFileById(id).getName(), { user: 'autre@ong.ml' })).toBe('budget.txt');
    expect(file.getEditors().map((u) => u.getEmail())).toEqual([world.owner, 'autre@ong.ml']);
    file.removeEditor('autre@ong.ml');
    world.run(() => expect(() => DriveApp.getFileById(id)).toThrow(NOT_FOUND), { user: 'autre@ong.ml' });
  });

  it('makes a file readable by anyone with the link', () => {
    const file = DriveApp.createFile('rapport.txt', 'r');
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
    expect(world.run(() => DriveApp.getFileById(file.getId()).getName(), { user: 'partenaire@gmail.com' })).toBe('rapport.txt');
  });

  // https://developers.google.com/apps-script/reference/drive/permission — OWNER "can be returned, but passing it to File.setSharing … throws an exception"
  it('refuses OWNER as a sharing permission', () => {
    const file = DriveApp.createFile('a.txt', 'a');
    expect(() => file.setSharing(DriveApp.Access.ANYONE, DriveApp.Permission.OWNER)).toThrow();
    expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
  });

  // Drive rejects the permission's value (observed "Invalid argument: permission.value").
  it('rejects an invalid email address in addEditor and addViewers', () => {
    const file = DriveApp.createFile('a.txt', 'a');
    expect(() => file.addEditor('pas-un-email')).toThrow('Invalid argument: permission.value');
    expect(() => file.addViewers(['ok@ong.ml', 'faux'])).toThrow('Invalid argument: permission.value');
    expect(file.getViewers()).toEqual([]);
  });

  // https://developers.google.com/apps-script/reference/drive/file#addViewer(String) — no effect on an existing editor
  it('does not demote an editor added again as viewer', () => {
    const file = DriveApp.createFile('a.txt', 'a');
    file.addEditor('e@ong.ml').addViewer('e@ong.ml').addViewer('v@ong.ml');
    expect(file.getViewers().map((u) => u.getEmail())).toEqual(['v@ong.ml']);
    expect(file.getOwner().getEmail()).toBe(world.owner);
  });

  it('counts calls per Class.method and rejects methods it does not emulate', () => {
    world.log.reset();
    DriveApp.createFile('a.txt', 'a').getName();
    expect(world.log.count('DriveApp.createFile')).toBe(1);
    expect(world.log.count('File.getName')).toBe(1);
    expect(() => (DriveApp as unknown as { getStorageUsed(): number }).getStorageUsed()).toThrow('Not emulated: DriveApp.getStorageUsed');
  });
});
