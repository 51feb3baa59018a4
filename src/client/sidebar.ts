/** Sidebar entry: loads partners from the server and wires the search box. */
import { callServer } from './server-api';
import { renderPartnerList } from './partner-list';
import type { PartnerSummary } from '../domain/partners/partner-summary';

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

function showError(message: string): void {
  const box = byId<HTMLDivElement>('error');
  box.textContent = message;
  box.hidden = false;
}

async function start(): Promise<void> {
  const list = byId<HTMLDivElement>('partners');
  const search = byId<HTMLInputElement>('search');
  let partners: PartnerSummary[] = [];
  const render = () => renderPartnerList(list, partners, search.value);
  search.addEventListener('input', render);
  try {
    partners = await callServer('listPartners');
    render();
  } catch (e) {
    showError((e as Error).message || String(e));
  } finally {
    byId<HTMLDivElement>('loading').hidden = true;
  }
}

document.addEventListener('DOMContentLoaded', () => void start());
