/** What the feed import needs of the web: a page's status and text. Throws a French message when nothing answers. */
export interface WebPort {
  get(url: string): { status: number; text: string };
}
