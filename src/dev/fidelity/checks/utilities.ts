/** Utilities: formatDate with Java patterns, parseCsv, formatString, base64 and digests. */
import { check } from '../check';

const UTILITIES = 'https://developers.google.com/apps-script/reference/utilities/utilities';
const FORMAT_DATE = `${UTILITIES}#formatDate(Date,String,String)`;

const winter = new Date(Date.UTC(2026, 2, 12, 9, 0, 0));
const summer = new Date(Date.UTC(2026, 6, 14, 12, 30, 5, 7));

export const utilitiesChecks = [
  // Java SimpleDateFormat patterns; names are English whatever the locale.
  check('Utilities.formatDate in Africa/Bamako (GMT all year)', FORMAT_DATE, (t) => {
    t.equal(Utilities.formatDate(winter, 'Africa/Bamako', 'dd/MM/yyyy HH:mm:ss'), '12/03/2026 09:00:00');
    t.equal(Utilities.formatDate(summer, 'Africa/Bamako', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX"), '2026-07-14T12:30:05.007Z');
    t.equal(Utilities.formatDate(summer, 'Africa/Bamako', 'z Z'), 'GMT +0000');
  }),

  check('Utilities.formatDate in Europe/Paris, winter and summer time', FORMAT_DATE, (t) => {
    t.equal(Utilities.formatDate(winter, 'Europe/Paris', 'HH:mm z Z XXX'), '10:00 CET +0100 +01:00');
    t.equal(Utilities.formatDate(summer, 'Europe/Paris', 'HH:mm z Z XXX'), '14:30 CEST +0200 +02:00');
    t.equal(Utilities.formatDate(new Date(Date.UTC(2026, 2, 29, 0, 59)), 'Europe/Paris', 'd MMM HH:mm z'), '29 Mar 01:59 CET', 'before the change');
    t.equal(Utilities.formatDate(new Date(Date.UTC(2026, 2, 29, 1, 0)), 'Europe/Paris', 'd MMM HH:mm z'), '29 Mar 03:00 CEST', 'after the change');
  }),

  check('Utilities.formatDate: English names, 12-hour clock, quotes, unknown letters', FORMAT_DATE, (t) => {
    t.equal(Utilities.formatDate(winter, 'Europe/Paris', "EEEE d MMMM yyyy 'à' HH'h'mm"), 'Thursday 12 March 2026 à 10h00');
    t.equal(Utilities.formatDate(winter, 'Europe/Paris', 'EEE, MMM d, yy'), 'Thu, Mar 12, 26');
    t.equal(Utilities.formatDate(summer, 'Europe/Paris', 'h:mm a'), '2:30 PM');
    t.equal(Utilities.formatDate(winter, 'Africa/Bamako', 'h a, M/d/y'), '9 AM, 3/12/2026');
    t.equal(Utilities.formatDate(winter, 'Africa/Bamako', "yyyy''MM 'o''clock'"), "2026'03 o'clock");
    t.throws(() => Utilities.formatDate(winter, 'Africa/Bamako', 'yyyy-qq'), "Illegal pattern character 'q'");
  }),

  check('Utilities.parseCsv: RFC 4180 quotes, embedded newlines, another delimiter', `${UTILITIES}#parseCsv(String)`, (t) => {
    const csv = 'nom,notes\r\n"ONG ""Espoir""","ligne 1\nligne 2"\nAJCAD,\n';
    t.equal(Utilities.parseCsv(csv), [
      ['nom', 'notes'],
      ['ONG "Espoir"', 'ligne 1\nligne 2'],
      ['AJCAD', ''],
    ]);
    t.equal(Utilities.parseCsv('a;b\n1;2', ';'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  }),

  check('Utilities.formatString formats like sprintf', `${UTILITIES}#formatString(String,Object...)`, (t) => {
    t.equal(Utilities.formatString('%s partenaires, %d%%, %.2f XOF', 'Trois', 42.9, 655.957), 'Trois partenaires, 42%, 655.96 XOF');
  }),

  check('Utilities: base64 (web-safe too) and digests in signed Java bytes', `${UTILITIES}#base64Encode(String)`, (t) => {
    t.equal(Utilities.base64Encode('Bamako – été'), 'QmFtYWtvIOKAkyDDqXTDqQ==');
    t.equal(Utilities.base64EncodeWebSafe([-5, -1, 62]), '-_8-');
    t.equal(Utilities.base64Decode('w6k='), [-61, -87]);
    t.equal(Utilities.base64DecodeWebSafe('-_8-'), [-5, -1, 62]);
    const md5 = Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, 'abc');
    t.equal(md5.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join(''), '900150983cd24fb0d6963f7d28e17f72', 'MD5');
    t.equal(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'abc').length, 32, 'SHA-256 length');
    // The Journal's empreinte (domain/journal/sha256.ts) is computed in the script and must equal Google's.
    const sha = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, 'Ségou 🤝', Utilities.Charset.UTF_8);
    t.equal(
      sha.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join(''),
      'c966e41590a0649bdd0cdb2a0500f5f754a8b8f12e3633ff2ce6355bffedd273',
      'SHA-256 of accents and emoji, UTF-8',
    );
  }),
];
