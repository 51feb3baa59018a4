/** Every form URL shape Google hands out names its form: file ID or published ID, with or without parameters. */
import { parseFormUrl, sameForm } from '../../src/domain/surveys/form-url';

const FILE_ID = '1FAbcDEFghijklmnopqrstuvwxyz0123456789-_ABCD';
const PUBLISHED_ID = '1FAIpQLSdAbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcdefgh';

describe('parseFormUrl', () => {
  it.each([
    ['edit (Form.getEditUrl)', `https://docs.google.com/forms/d/${FILE_ID}/edit`],
    ['viewform (Sheet.getFormUrl)', `https://docs.google.com/forms/d/${FILE_ID}/viewform`],
    ['viewform with ?usp=', `https://docs.google.com/forms/d/${FILE_ID}/viewform?usp=sf_link`],
    ['edit with a fragment', `https://docs.google.com/forms/d/${FILE_ID}/edit#responses`],
    ['Workspace domain path', `https://docs.google.com/a/ajcad-mali.org/forms/d/${FILE_ID}/viewform`],
    ['signed-in account path', `https://docs.google.com/forms/u/1/d/${FILE_ID}/edit`],
    ['no trailing path', `https://docs.google.com/forms/d/${FILE_ID}`],
  ])('file ID from %s', (_shape, url) => {
    expect(parseFormUrl(url)).toEqual({ fileId: FILE_ID });
  });

  it.each([
    ['viewform (Form.getPublishedUrl)', `https://docs.google.com/forms/d/e/${PUBLISHED_ID}/viewform`],
    ['prefilled link', `https://docs.google.com/forms/d/e/${PUBLISHED_ID}/viewform?usp=pp_url&entry.123=abc`],
    ['viewform with ?usp=', `https://docs.google.com/forms/d/e/${PUBLISHED_ID}/viewform?usp=sf_link`],
    ['formResponse', `https://docs.google.com/forms/d/e/${PUBLISHED_ID}/formResponse`],
    ['Workspace domain path', `https://docs.google.com/a/ajcad-mali.org/forms/d/e/${PUBLISHED_ID}/viewform`],
  ])('published ID from %s', (_shape, url) => {
    expect(parseFormUrl(url)).toEqual({ publishedId: PUBLISHED_ID });
  });

  it('nothing from other URLs or no URL', () => {
    expect(parseFormUrl('https://docs.google.com/spreadsheets/d/abc/edit')).toEqual({});
    expect(parseFormUrl('')).toEqual({});
    expect(parseFormUrl(null)).toEqual({});
  });

  it('sameForm compares like with like, never a file ID with a published ID', () => {
    expect(sameForm({ fileId: FILE_ID }, { fileId: FILE_ID, publishedId: PUBLISHED_ID })).toBe(true);
    expect(sameForm({ publishedId: PUBLISHED_ID }, { fileId: FILE_ID, publishedId: PUBLISHED_ID })).toBe(true);
    expect(sameForm({ fileId: PUBLISHED_ID }, { publishedId: PUBLISHED_ID })).toBe(false);
    expect(sameForm({}, {})).toBe(false);
  });
});
