/**
 * A form generated from a table's schema: French labels from the headers, dropdowns for
 * vocabularies, and the domain's own validation before anything is sent to the server.
 */
import type { FieldSpec, TableSpec, CellData } from '../domain/schema/field';
import { validateRecord } from '../domain/records/validate';
import type { ErrorField } from '../domain/contracts/field-errors';
import { el } from './dom';

export interface RecordForm {
  element: HTMLElement;
  /** Raw values as typed (nothing is lost if validation fails). */
  values(): Record<string, string>;
  /** Validated values, or null after showing each error next to its field. */
  validated(label?: string): Record<string, CellData> | null;
  showErrors(errors: readonly { field: string; message: string }[]): void;
}

/** A field drawn by its own control (a partner picker): its element, the input errors mark, its value. */
export interface FieldWidget {
  element: HTMLElement;
  input: HTMLElement;
  value(): string;
}

const INPUT_TYPE: Partial<Record<FieldSpec['type'], string>> = {
  date: 'date',
  email: 'email',
  url: 'url',
  phone: 'tel',
  number: 'text',
  money: 'text',
  score: 'number',
  percent: 'number',
  integer: 'number',
};

export function recordForm(
  spec: TableSpec,
  keys: readonly string[],
  initial: Record<string, CellData> = {},
  opts: { choices?: Record<string, readonly string[]>; widgets?: Record<string, FieldWidget>; idSuffix?: string } = {},
): RecordForm {
  const fields = keys.map((k) => spec.fields.find((f) => f.key === k)!).filter(Boolean);
  const inputs = new Map<string, { value: string; setAttribute(name: string, value: string): void }>();
  const messages = new Map<string, HTMLElement>();
  // The sheet and field keys let a server's refusal find the field it names (showServerErrors).
  const form = el('div', { className: 'record-form', attrs: { 'data-sheet': spec.sheetName } });
  for (const f of fields) {
    // A form repeated on one page (contact 2, engagement 3) needs its own IDs, or its labels name contact 1's fields.
    const id = `f-${spec.key}-${f.key}${opts.idSuffix ?? ''}`;
    const value = initial[f.key] === null || initial[f.key] === undefined ? '' : String(initial[f.key]);
    const widget = opts.widgets?.[f.key];
    if (widget) {
      const message = el('div', { className: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
      messages.set(f.key, message);
      widget.input.setAttribute('aria-describedby', `${id}-error`);
      widget.input.setAttribute('data-field', f.key);
      inputs.set(f.key, {
        get value() {
          return widget.value();
        },
        setAttribute: (n, v) => widget.input.setAttribute(n, v),
      });
      form.appendChild(
        el('div', { className: 'field' }, [
          el('label', { className: 'label', text: f.header + (f.required ? ' *' : ''), attrs: { for: widget.input.id } }),
          widget.element,
          message,
        ]),
      );
      continue;
    }
    let input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const values = opts.choices?.[f.key] ?? (f.type === 'enum' || f.type === 'currency' ? f.values : f.type === 'boolean' ? ['Oui', 'Non'] : undefined);
    if (values) {
      const select = el('select', { attrs: { id, name: f.key } });
      select.appendChild(el('option', { text: '—', attrs: { value: '' } }));
      for (const v of values) select.appendChild(el('option', { text: f.type === 'currency' && v === 'XOF' ? 'FCFA (XOF)' : v, attrs: { value: v } }));
      select.value = f.type === 'boolean' && typeof initial[f.key] === 'boolean' ? (initial[f.key] ? 'Oui' : 'Non') : value;
      input = select;
    } else if (f.type === 'longtext') {
      input = el('textarea', { attrs: { id, name: f.key, rows: '3' } });
      input.value = value;
    } else {
      input = el('input', { attrs: { id, name: f.key, type: INPUT_TYPE[f.type] ?? 'text' } });
      if (f.min !== undefined && input.type === 'number') input.setAttribute('min', String(f.min));
      if (f.max !== undefined && input.type === 'number') input.setAttribute('max', String(f.max));
      input.value = value;
    }
    inputs.set(f.key, input);
    const message = el('div', { className: 'field-error', attrs: { id: `${id}-error`, 'aria-live': 'polite' } });
    messages.set(f.key, message);
    input.setAttribute('aria-describedby', `${id}-error`);
    input.setAttribute('data-field', f.key);
    form.appendChild(
      el('label', { className: 'field', attrs: { for: id } }, [el('span', { className: 'label', text: f.header + (f.required ? ' *' : '') }), input, message]),
    );
  }

  const values = () => Object.fromEntries([...inputs].map(([k, i]) => [k, i.value]));
  const showErrors = (errors: readonly { field: string; message: string }[]) => {
    for (const [k, m] of messages) {
      const e = errors.find((x) => x.field === k);
      m.textContent = e ? e.message : '';
      inputs.get(k)!.setAttribute('aria-invalid', String(Boolean(e)));
    }
  };
  return {
    element: form,
    values,
    showErrors,
    validated(label) {
      const { record, errors } = validateRecord(spec, values(), null);
      const relevant = errors.filter((e) => inputs.has(e.field));
      showErrors(relevant.map((e) => ({ field: e.field, message: label ? e.message.replace(spec.sheetName, label) : shortMessage(e.message) })));
      return relevant.length ? null : Object.fromEntries(Object.entries(record as Record<string, CellData>).filter(([k]) => inputs.has(k)));
    },
  };
}

/** "Partenaires, colonne « Nom » : ce champ est obligatoire." → "Ce champ est obligatoire." next to the field. */
function shortMessage(message: string): string {
  const at = message.indexOf(' : ');
  const text = at < 0 ? message : message.slice(at + 3);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Shows each problem a server's refusal names beside its field in `scope`'s record forms (marked
 * aria-invalid, its message in the field's description): the form of the field's sheet, the Nth of
 * them for a record at position N among those sent. Returns the problems no field shown here takes.
 */
export function showServerErrors(scope: Element, fields: readonly ErrorField[]): ErrorField[] {
  const unplaced: ErrorField[] = [];
  for (const error of fields) {
    const forms = [...scope.querySelectorAll(`.record-form[data-sheet="${CSS.escape(error.sheet)}"]`)];
    const chosen = error.positions?.length ? error.positions.map((p) => forms[p - 1]) : forms.length === 1 ? forms : [];
    const inputs = chosen.map((form) => form?.querySelector<HTMLElement>(`[data-field="${CSS.escape(error.field)}"]`));
    if (!inputs.length || inputs.some((i) => !i)) {
      unplaced.push(error);
      continue;
    }
    inputs.forEach((input, i) => {
      input!.setAttribute('aria-invalid', 'true');
      // Within its own form: forms repeated in a view (contacts) repeat their ids.
      const description = input!.getAttribute('aria-describedby');
      const message = description ? chosen[i]!.querySelector(`[id="${CSS.escape(description)}"]`) : null;
      if (message) message.textContent = shortMessage(error.message);
    });
  }
  return unplaced;
}
