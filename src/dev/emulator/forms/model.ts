/** The data behind an emulated form (stored as the content of its Drive file); Form/Item classes are views over it. */
import type { FileContent } from '../core/drive-store';

export type ItemTypeName = 'CHECKBOX' | 'GRID' | 'LIST' | 'MULTIPLE_CHOICE' | 'PAGE_BREAK' | 'PARAGRAPH_TEXT' | 'SCALE' | 'SECTION_HEADER' | 'TEXT';

/** What a respondent gave for one item: a string, or a string per checkbox / grid row. */
export type Answer = string | string[];

export interface ItemModel {
  id: number;
  /** The `entry.<n>` key of prefilled URLs; Google's entry ids differ from item ids. */
  entryId: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  lowerBound: number;
  upperBound: number;
  leftLabel: string;
  rightLabel: string;
  choices: string[];
  otherOption: boolean;
  rows: string[];
  columns: string[];
}

export interface ResponseModel {
  id: string;
  timestampMs: number;
  respondentEmail: string;
  /** By item id; items without an answer are absent. */
  answers: Map<number, Answer>;
  /** Account of a signed-in respondent (forms limited to one response per user), even when email is not collected. */
  signedInAs?: string;
  /** Row (1-based) of this response in the destination sheet, once written there. */
  sheetRow?: number;
}

export interface Destination {
  spreadsheetId: string;
  sheetId: number;
  /** What each column of the response sheet holds: 'timestamp', 'email', '<itemId>' or '<itemId>:<gridRow>'. */
  columnKeys: string[];
}

/** Items that take an answer (layout items — section headers, page breaks — do not). */
export function isQuestion(type: ItemTypeName): boolean {
  return type !== 'SECTION_HEADER' && type !== 'PAGE_BREAK';
}

export function cloneAnswer(a: Answer): Answer {
  return Array.isArray(a) ? a.slice() : a;
}

export class FormModel implements FileContent {
  title: string;
  description = '';
  items: ItemModel[] = [];
  responses: ResponseModel[] = [];
  acceptingResponses = true;
  published: boolean;
  customClosedFormMessage = '';
  confirmationMessage = '';
  collectEmail = false;
  limitOneResponsePerUser = false;
  allowResponseEdits = false;
  progressBar = false;
  showLinkToRespondAgain = true;
  destination: Destination | null = null;

  constructor(
    public fileId: string,
    /** The `/forms/d/e/<publishedId>/viewform` id responders see. */
    public publishedId: string,
    title: string,
    published: boolean,
  ) {
    this.title = title;
    this.published = published;
  }

  item(id: number): ItemModel | undefined {
    return this.items.find((i) => i.id === id);
  }

  clone(newFileId: string): FormModel {
    // A copied form gets a new published id and no responses or destination, as Drive's "Make a copy" does.
    const copy = new FormModel(newFileId, `${this.publishedId.slice(0, -6)}${newFileId.slice(-6)}`, this.title, this.published);
    Object.assign(copy, {
      description: this.description,
      acceptingResponses: this.acceptingResponses,
      customClosedFormMessage: this.customClosedFormMessage,
      confirmationMessage: this.confirmationMessage,
      collectEmail: this.collectEmail,
      limitOneResponsePerUser: this.limitOneResponsePerUser,
      allowResponseEdits: this.allowResponseEdits,
      progressBar: this.progressBar,
      showLinkToRespondAgain: this.showLinkToRespondAgain,
    });
    copy.items = this.items.map((i) => ({ ...i, choices: i.choices.slice(), rows: i.rows.slice(), columns: i.columns.slice() }));
    return copy;
  }
}
