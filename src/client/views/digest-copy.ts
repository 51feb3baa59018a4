/**
 * « Copier pour WhatsApp »: the caller's digest (getMyDigest) as text to paste where many teams
 * follow up. The sidebar runs in a sandboxed iframe where the clipboard may be refused: the text is
 * then selected in its read-only box and the user told to press Ctrl+C.
 */
import type { MyDigest } from '../../domain/contracts';
import type { View } from './mount';
import { el } from '../dom';
import { runAction } from '../action';

/** « 1 en retard · 2 cette semaine · 0 dans 30 jours » */
const countsLine = ({ counts: c }: MyDigest) => `${c.late} en retard · ${c.week} cette semaine · ${c.month} dans 30 jours`;

export function digestCopy(view: View): HTMLElement {
  const open = el('button', {
    text: 'Copier pour WhatsApp',
    attrs: { type: 'button', 'data-action': 'whatsapp-digest', 'data-endpoint': 'getMyDigest', 'aria-expanded': 'false' },
  });
  const panel = el('div', { attrs: { 'data-testid': 'whatsapp-digest' } });
  panel.hidden = true;
  open.addEventListener(
    'click',
    () =>
      void runAction(
        open,
        async () => {
          const digest = await view.call('getMyDigest');
          panel.replaceChildren(...digestPanel(digest));
          panel.hidden = false;
          open.setAttribute('aria-expanded', 'true');
        },
        { busy: 'Préparation…' },
      ),
  );
  return el('section', { className: 'digest-copy' }, [open, panel]);
}

function digestPanel(digest: MyDigest): Node[] {
  if (!digest.text)
    return [el('p', { className: 'empty', text: 'Rien à signaler : aucun engagement ni évaluation en retard ou à échéance dans les 30 jours.' })];
  const box = el('textarea', { attrs: { readonly: '', rows: '10', 'aria-label': 'Texte pour WhatsApp', 'data-testid': 'whatsapp-text' } });
  box.value = digest.text;
  const status = el('p', { className: 'muted', attrs: { role: 'status', 'data-testid': 'copy-status' } });
  const copy = el('button', { className: 'primary', text: 'Copier', attrs: { type: 'button', 'data-action': 'copy-whatsapp' } });
  copy.addEventListener('click', () => void copyText(box, status));
  return [el('p', { className: 'count', text: countsLine(digest) }), box, copy, status];
}

async function copyText(box: HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  status.textContent = '';
  try {
    // navigator.clipboard is undefined outside a secure context; a refused permission rejects.
    await navigator.clipboard.writeText(box.value);
    status.textContent = 'Copié';
  } catch {
    box.focus();
    box.select();
    status.textContent = 'Texte sélectionné : faites Ctrl+C';
  }
}
