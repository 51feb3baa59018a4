/**
 * Which form a Google Forms URL names. Google hands out several shapes for one form:
 * - `https://docs.google.com/forms/d/<file id>/edit` (Form.getEditUrl),
 * - `https://docs.google.com/forms/d/<file id>/viewform` (Sheet.getFormUrl of a response sheet),
 * - `https://docs.google.com/forms/d/e/<published id>/viewform` (Form.getPublishedUrl, prefilled links),
 * each possibly with `?usp=…` or other parameters, and for Workspace accounts sometimes under
 * `/a/<domain>/forms/…`. The file ID (FormApp.openById) and the published ID are different strings.
 */
export interface FormRef {
  /** The Drive file ID, from `/forms/d/<id>/…`. */
  fileId?: string;
  /** The responder-facing ID, from `/forms/d/e/<id>/…`. */
  publishedId?: string;
}

const ID = '[A-Za-z0-9_-]+';
const PUBLISHED = new RegExp(`/forms/(?:u/\\d+/)?d/e/(${ID})`);
const FILE = new RegExp(`/forms/(?:u/\\d+/)?d/(?!e/)(${ID})`);

export function parseFormUrl(url: string | null | undefined): FormRef {
  const text = url ?? '';
  const published = PUBLISHED.exec(text);
  if (published) return { publishedId: published[1] };
  const file = FILE.exec(text);
  return file ? { fileId: file[1] } : {};
}

/** True when both URLs name the same form (by file ID, or by published ID). */
export function sameForm(a: FormRef, b: FormRef): boolean {
  return (!!a.fileId && a.fileId === b.fileId) || (!!a.publishedId && a.publishedId === b.publishedId);
}
