/**
 * The line naming a refusal's fields, which rides at the end of the message because google.script.run
 * gives the sidebar's failure handler the message only: written by the server frame, taken off by
 * the sidebar's callServer (ServerError), never shown.
 */
import { splitErrorFields, withErrorFields, type ErrorField } from '../../src/domain/contracts/field-errors';
import { ServerError } from '../../src/client/server-api';

const WEBSITE: ErrorField = {
  sheet: 'Partenaires',
  field: 'website',
  message: "Partenaires, colonne « Site web » : « afd dot fr » n'est pas valide (attendu : un lien).",
};
const PRIMARY: ErrorField = {
  sheet: 'Contacts',
  field: 'primary',
  positions: [1, 3],
  message: "Contacts 1 et 3, colonne « Principal » : un partenaire n'a qu'un contact principal ; n'en cochez qu'un.",
};
const MESSAGE = `${WEBSITE.message}\n${PRIMARY.message}`;

it('the fields named come back as written, and the message without its last line', () => {
  const text = withErrorFields(MESSAGE, [WEBSITE, PRIMARY]);
  expect(text.startsWith(`${MESSAGE}\n`)).toBe(true);
  expect(splitErrorFields(text)).toEqual({ message: MESSAGE, fields: [WEBSITE, PRIMARY] });
});

it('a message naming no field is left as it is, and read back with no field', () => {
  expect(withErrorFields('Accès refusé.', [])).toBe('Accès refusé.');
  expect(splitErrorFields('Accès refusé.')).toEqual({ message: 'Accès refusé.', fields: [] });
});

it('a prefix added on the way (« Error: ») does not hide the fields', () => {
  expect(splitErrorFields(`Error: ${withErrorFields(MESSAGE, [WEBSITE])}`)).toEqual({ message: `Error: ${MESSAGE}`, fields: [WEBSITE] });
});

it('an unreadable line of fields is taken off and names nothing', () => {
  const text = withErrorFields(MESSAGE, [WEBSITE]);
  expect(splitErrorFields(text.slice(0, -3))).toEqual({ message: MESSAGE, fields: [] });
  expect(splitErrorFields(text.replace('"website"', '42'))).toEqual({ message: MESSAGE, fields: [] });
  expect(splitErrorFields(text.replace('"message"', '"positions":[0],"message"'))).toEqual({ message: MESSAGE, fields: [] });
});

it('the sidebar’s ServerError shows the message without the line and exposes the fields', () => {
  const error = new ServerError(withErrorFields(MESSAGE, [WEBSITE, PRIMARY]));
  expect(error.message).toBe(MESSAGE);
  expect(error.fields).toEqual([WEBSITE, PRIMARY]);
  expect(new ServerError('Google n’a pas répondu à temps.').fields).toEqual([]);
});
