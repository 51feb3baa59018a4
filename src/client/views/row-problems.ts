/** The note under a row a user typed wrong in the sheet: what is wrong and where, the rest of the view working. */
import { el } from '../dom';

export function problemsNote(problems: readonly string[] | undefined): HTMLElement | null {
  if (!problems?.length) return null;
  return el('p', { className: 'warning', attrs: { 'data-testid': 'row-problems' }, text: `À corriger dans la feuille : ${problems.join(' ')}` });
}
