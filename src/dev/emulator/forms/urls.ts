/** The URLs Google gives a form: edit, published (responder) and summary. */
import type { FormModel } from './model';

export function editUrl(model: FormModel): string {
  return `https://docs.google.com/forms/d/${model.fileId}/edit`;
}

export function publishedUrl(model: FormModel): string {
  return `https://docs.google.com/forms/d/e/${model.publishedId}/viewform`;
}

/** What Sheet.getFormUrl() returns for a linked response sheet. */
export function linkedFormUrl(model: FormModel): string {
  return `https://docs.google.com/forms/d/${model.fileId}/viewform`;
}

/** A form id from an edit/view URL (`/forms/d/<id>/…`) or a published URL (`/forms/d/e/<publishedId>/…`). */
export function parseFormUrl(url: string): { fileId?: string; publishedId?: string } | null {
  const pub = /\/forms\/d\/e\/([A-Za-z0-9_-]+)/.exec(url);
  if (pub) return { publishedId: pub[1] };
  const edit = /\/forms\/d\/([A-Za-z0-9_-]+)/.exec(url);
  return edit ? { fileId: edit[1] } : null;
}
