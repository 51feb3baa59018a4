/** Import partners from a CSV (pasted or uploaded) or another sheet: map columns, preview errors, import. */
import type { ImportPreview } from '../../domain/contracts';
import type { View } from './mount';
import { clear, el } from '../dom';
import { runAction } from '../action';

export async function mountImport(view: View): Promise<void> {
  view.container.append(view.heading('Importer des partenaires'));
  const sheets = await view.call('listImportableSheets');
  const text = el('textarea', {
    attrs: { id: 'import-csv', rows: '6', placeholder: 'Collez ici un CSV (séparateur ; , ou tabulation), en-têtes en première ligne' },
  });
  const file = el('input', { attrs: { type: 'file', accept: '.csv,text/csv,text/plain', 'aria-label': 'Fichier CSV' } });
  const sheet = el('select', { attrs: { 'aria-label': 'Ou une feuille du classeur' } }, [
    el('option', { text: '— ou une feuille du classeur —', attrs: { value: '' } }),
    ...sheets.map((s) => el('option', { text: s, attrs: { value: s } })),
  ]);
  const previewButton = el('button', {
    className: 'primary',
    text: 'Aperçu',
    attrs: { type: 'button', 'data-action': 'preview', 'data-endpoint': 'previewImport' },
  });
  const result = el('div', { attrs: { id: 'import-preview' } });
  view.container.append(text, file, sheet, previewButton, result);

  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (f) text.value = await f.text();
  });
  const source = () => (sheet.value ? { sheetName: sheet.value } : { csv: text.value });
  let mapping: Record<string, string> | undefined;
  const preview = () =>
    void runAction(previewButton, async () => {
      // The previous preview, result or error must not stay on screen as if it answered this request.
      clear(result);
      const p = await view.call('previewImport', source(), mapping);
      mapping = p.mapping;
      renderPreview(
        result,
        p,
        (m) => {
          mapping = m;
          preview();
        },
        (go) =>
          void runAction(
            go,
            async () => {
              // An error left by an earlier preview no longer applies.
              const previewStatus = previewButton.nextElementSibling;
              if (previewStatus?.classList.contains('action-status')) previewStatus.textContent = '';
              const r = await view.call('importPartners', source(), mapping!);
              clear(result);
              result.append(
                el('p', { className: 'success', text: `${r.created} partenaire(s) importé(s), ${r.skippedDuplicates} doublon(s) ignoré(s).` }),
                r.errors.length
                  ? el(
                      'ul',
                      { className: 'plain errors' },
                      r.errors.map((e) => el('li', { text: e })),
                    )
                  : document.createTextNode(''),
              );
            },
            { busy: 'Import en cours…' },
          ),
      );
    });
  previewButton.addEventListener('click', () => {
    mapping = undefined;
    preview();
  });
}

function renderPreview(box: HTMLElement, p: ImportPreview, remap: (m: Record<string, string>) => void, run: (button: HTMLButtonElement) => void): void {
  clear(box);
  const table = el('table', { className: 'mapping' });
  for (const h of p.headers) {
    const s = el('select', { attrs: { 'aria-label': `Colonne « ${h} »` } }, [
      el('option', { text: '(ignorer)', attrs: { value: '' } }),
      ...p.fields.map((f) => el('option', { text: f.header + (f.required ? ' *' : ''), attrs: { value: f.key } })),
    ]);
    s.value = p.mapping[h] ?? '';
    s.addEventListener('change', () => remap({ ...p.mapping, [h]: s.value }));
    table.appendChild(el('tr', {}, [el('td', { text: h }), el('td', {}, [s])]));
  }
  const problems = p.rows.filter((r) => r.errors.length || r.duplicateOf);
  const ready = p.rows.filter((r) => !r.errors.length && !r.duplicateOf);
  const go = el('button', {
    className: 'primary',
    text: `Importer ${p.valid} ligne(s)`,
    attrs: { type: 'button', 'data-action': 'import', 'data-endpoint': 'importPartners' },
  });
  go.disabled = p.valid === 0;
  go.addEventListener('click', () => run(go));
  box.append(
    el('h3', { text: 'Correspondance des colonnes' }),
    table,
    el('p', { text: `${p.total} ligne(s) lue(s), ${p.valid} prête(s) à importer.` }),
    readyRows(ready, p),
    el(
      'ul',
      { className: 'plain errors' },
      problems
        .slice(0, 50)
        .map((r) => el('li', { text: `Ligne ${r.line} : ${[...r.errors, r.duplicateOf ? `doublon de ${r.duplicateOf}` : ''].filter(Boolean).join(' ; ')}` })),
    ),
    go,
  );
}

const SHOWN_READY = 20;

/** The first rows that will be created, as Pacte will read them (mapped fields only), with how many there are in all. */
function readyRows(ready: ImportPreview['rows'], p: ImportPreview): HTMLElement {
  const fields = p.fields.filter((f) => Object.values(p.mapping).includes(f.key));
  const shown = ready.slice(0, SHOWN_READY);
  return el('section', { attrs: { 'data-testid': 'import-ready' } }, [
    el('h3', { text: `Lignes à importer (${shown.length} premières sur ${p.valid})` }),
    el('table', { className: 'import-rows' }, [
      el('tr', {}, [el('th', { text: 'Ligne' }), ...fields.map((f) => el('th', { text: f.header }))]),
      ...shown.map((r) => el('tr', {}, [el('td', { text: String(r.line) }), ...fields.map((f) => el('td', { text: r.values[f.key] ?? '' }))])),
    ]),
  ]);
}
