/** The small controls the sidebar's forms are built from: a labelled field, a named select, a named input. */
import { el } from './dom';

export function labelled(label: string, control: HTMLElement): HTMLElement {
  return el('label', { className: 'field' }, [el('span', { className: 'label', text: label }), control]);
}

export function select(name: string, options: readonly (readonly [string, string])[]): HTMLSelectElement {
  return el(
    'select',
    { attrs: { name } },
    options.map(([value, text]) => el('option', { text, attrs: { value } })),
  );
}

export function input(name: string, type: string, value = ''): HTMLInputElement {
  const i = el('input', { attrs: { name, type } });
  i.value = value;
  return i;
}
