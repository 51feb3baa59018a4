/**
 * The short help beside each view's heading: a « ? » button that opens what the view is for and its
 * usual steps, closed by default (the sidebar is narrow). The texts are the « Aide » dialog's own
 * (domain/help/view-help.ts): one source for both.
 */
import { HELP_VIEWS, PAGE_VIEWS, VIEW_HELP, type HelpView } from '../domain/help/view-help';
import { el } from './dom';

/** Panels made so far: each its own id (a view may draw a second heading, a form's). */
let panels = 0;

export const isHelpView = (name: string): name is HelpView => ([...HELP_VIEWS, ...PAGE_VIEWS] as readonly string[]).includes(name);

/** The heading row (the h2 and its « ? ») followed by the help panel, hidden until asked for. */
export function headingWithHelp(heading: HTMLHeadingElement, view: HelpView): DocumentFragment {
  const help = VIEW_HELP[view];
  const id = `view-help-${++panels}`;
  const panel = el('div', { className: 'view-help', attrs: { id, hidden: '', 'data-testid': 'view-help' } }, [
    el('p', { text: help.summary }),
    el(
      'ul',
      {},
      help.steps.map((step) => el('li', { text: step })),
    ),
  ]);
  const toggle = el('button', {
    className: 'help-toggle',
    text: '?',
    title: `Aide : ${help.title}`,
    attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': id, 'aria-label': `Aide : ${help.title}`, 'data-action': 'view-help' },
  });
  toggle.addEventListener('click', () => {
    panel.hidden = !panel.hidden;
    toggle.setAttribute('aria-expanded', String(!panel.hidden));
  });
  const fragment = document.createDocumentFragment();
  fragment.append(el('div', { className: 'view-heading' }, [heading, toggle]), panel);
  return fragment;
}
