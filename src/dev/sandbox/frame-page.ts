/** The sandbox page: a Sheets-like grid of the active workbook on the left, the real sidebar on the right. */
import { escapeHtml } from './html';
import { DEMO_ROLE_OF } from './demo-data';

interface FramePageInput {
  title: string;
  sheetNames: string[];
  activeSheet: string;
  /** Display values of the active sheet (header row first). */
  rows: string[][];
  user: string;
  users: string[];
}

export function framePage(p: FramePageInput): string {
  const q = (params: Record<string, string>) => '?' + new URLSearchParams({ as: p.user, ...params }).toString();
  const tabs = p.sheetNames
    .map((n) => `<a class="tab${n === p.activeSheet ? ' active' : ''}" href="/${escapeHtml(q({ sheet: n }))}">${escapeHtml(n)}</a>`)
    .join('');
  const width = Math.max(1, ...p.rows.map((r) => r.length));
  const colName = (i: number): string => (i >= 26 ? colName(Math.floor(i / 26) - 1) : '') + String.fromCharCode(65 + (i % 26));
  const head = `<tr><th></th>${Array.from({ length: width }, (_, i) => `<th>${colName(i)}</th>`).join('')}</tr>`;
  const body = p.rows
    .slice(0, 200)
    .map(
      (r, i) =>
        `<tr${i === 0 ? ' class="header"' : ''}><th>${i + 1}</th>${Array.from({ length: width }, (_, c) => `<td>${escapeHtml(r[c] ?? '')}</td>`).join('')}</tr>`,
    )
    .join('');
  const option = (u: string) => {
    const role = DEMO_ROLE_OF.get(u);
    return `<option value="${escapeHtml(u)}"${u === p.user ? ' selected' : ''}>${escapeHtml(role ? `${u} (${role})` : u)}</option>`;
  };
  const users = [...new Set([...p.users, p.user])].map(option).join('');
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(p.title)} — Pacte (bac à sable)</title>
<style>
  body { margin: 0; font: 13px Roboto, Arial, sans-serif; display: grid; grid-template-rows: auto 1fr auto; grid-template-columns: 1fr 300px; height: 100vh; }
  header { grid-column: 1 / 3; display: flex; align-items: center; gap: 12px; padding: 8px 12px; border-bottom: 1px solid #dadce0; background: #f8f9fa; }
  header h1 { font-size: 18px; font-weight: 400; margin: 0; flex: 1; }
  .grid { overflow: auto; }
  table { border-collapse: collapse; }
  th, td { border: 1px solid #e2e3e3; padding: 2px 6px; white-space: nowrap; max-width: 220px; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #5f6368; font-weight: 400; position: sticky; top: 0; }
  tr.header td { font-weight: 600; background: #e8eef7; }
  aside { border-left: 1px solid #dadce0; display: flex; flex-direction: column; }
  aside .bar { padding: 10px 12px; font-size: 14px; border-bottom: 1px solid #dadce0; }
  aside iframe { border: 0; flex: 1; width: 300px; }
  nav { grid-column: 1 / 2; display: flex; gap: 2px; padding: 4px 8px; background: #f1f3f4; border-top: 1px solid #dadce0; overflow-x: auto; }
  .tab { padding: 4px 10px; color: #444; text-decoration: none; border-radius: 3px; }
  .tab.active { background: #fff; color: #188038; font-weight: 600; }
</style></head>
<body>
  <header><h1>${escapeHtml(p.title)}</h1>
    <form method="get"><input type="hidden" name="sheet" value="${escapeHtml(p.activeSheet)}">
      <label>Connecté·e en tant que <select name="as" onchange="this.form.submit()">${users}</select></label></form>
  </header>
  <div class="grid"><table>${head}${body}</table></div>
  <aside><div class="bar">Pacte</div><iframe title="Pacte" src="/sidebar${escapeHtml(q({}))}"></iframe></aside>
  <nav>${tabs}</nav>
</body></html>`;
}
