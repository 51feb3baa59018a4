/** The MimeType enum (global `MimeType`), plus the Drive URL each kind of file has. */
export const MIME_TYPE = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

export function isGoogleType(mimeType: string): boolean {
  return mimeType.startsWith('application/vnd.google-apps.');
}

export function driveUrl(id: string, mimeType: string): string {
  switch (mimeType) {
    case MIME_TYPE.GOOGLE_DOCS:
      return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
    case MIME_TYPE.GOOGLE_SHEETS:
      return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
    case MIME_TYPE.GOOGLE_FORMS:
      return `https://docs.google.com/forms/d/${id}/edit?usp=drivesdk`;
    case MIME_TYPE.GOOGLE_SLIDES:
      return `https://docs.google.com/presentation/d/${id}/edit?usp=drivesdk`;
    case MIME_TYPE.FOLDER:
      return `https://drive.google.com/drive/folders/${id}`;
    default:
      return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
  }
}
