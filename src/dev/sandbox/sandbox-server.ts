/**
 * The local sandbox: serves the real build/dist/Sidebar.html in a Sheets-like frame, with
 * google.script.run bridged to the real Code.js running on the emulator and demo data.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDemoWorkbook, type DemoWorkbook } from './demo-workbook';
import { DEMO_USERS } from './demo-data';
import { framePage } from './frame-page';
import { GOOGLE_SCRIPT_SHIM } from './google-script-shim';

export interface Sandbox {
  url: string;
  workbook: DemoWorkbook;
  close(): Promise<void>;
}

const USERS = Object.values(DEMO_USERS) as string[];

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (data += c));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' });
  res.end(body);
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  dist?: string;
  partners?: readonly Record<string, unknown>[];
  /** Added before every google.script.run call runs: Apps Script answers in one to a few seconds, not instantly. */
  latencyMs?: number;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function startSandbox(opts: SandboxOptions = {}): Promise<Sandbox> {
  const workbook = createDemoWorkbook({ dist: opts.dist, partners: opts.partners, full: !opts.partners });
  const { world, context } = workbook;

  const userOf = (url: URL): string => {
    // Any address may be tried (e.g. a stranger, to see Pacte refuse them); demo users by default.
    const as = url.searchParams.get('as');
    return as !== null && (as === '' || /^[^\s@]+@[^\s@]+$/.test(as)) ? as : DEMO_USERS.chargee;
  };

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        // The page stands for Sheets' own UI, not Pacte's code: outside the script's scopes.
        const page = world.inspect(() => {
          const ss = SpreadsheetApp.openById(workbook.spreadsheetId);
          const names = ss.getSheets().map((s) => s.getName());
          const active = names.includes(url.searchParams.get('sheet') ?? '') ? url.searchParams.get('sheet')! : 'Partenaires';
          const rows = ss.getSheetByName(active)!.getDataRange().getDisplayValues();
          return framePage({ title: ss.getName(), sheetNames: names, activeSheet: active, rows, user: userOf(url), users: USERS });
        });
        return send(res, 200, 'text/html', page);
      }
      if (req.method === 'GET' && url.pathname === '/sidebar') {
        const html = world.projectFiles.get('Sidebar')!;
        // The user comes from the query string and lands inside <script>: no "<" may close it, and
        // replacement functions keep a "$'" in it from being read as a replace pattern.
        const user = JSON.stringify(userOf(url)).replace(/</g, '\\u003c');
        const shim = GOOGLE_SCRIPT_SHIM.replace(
          "'/run/' + encodeURIComponent(name)",
          () => `'/run/' + encodeURIComponent(name) + '?as=' + encodeURIComponent(${user})`,
        );
        return send(
          res,
          200,
          'text/html',
          html.replace('<head>', () => `<head>\n${shim}`),
        );
      }
      const run = /^\/run\/([A-Za-z0-9]+)$/.exec(url.pathname);
      if (req.method === 'POST' && run) {
        const name = run[1];
        const fn = context[name];
        if (typeof fn !== 'function') return send(res, 404, 'application/json', JSON.stringify({ ok: false, error: `Script function not found: ${name}` }));
        const { args = [] } = JSON.parse((await readBody(req)) || '{}') as { args?: unknown[] };
        if (opts.latencyMs) await delay(opts.latencyMs);
        try {
          const value = world.run(() => (fn as (...a: unknown[]) => unknown)(...args), { user: userOf(url), cause: `google.script.run:${name}` });
          // google.script.run passes plain JSON only (Dates and functions do not survive).
          return send(res, 200, 'application/json', JSON.stringify({ ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) }));
        } catch (e) {
          return send(res, 200, 'application/json', JSON.stringify({ ok: false, error: (e as Error).message }));
        }
      }
      send(res, 404, 'text/plain', 'Not found');
    } catch (e) {
      send(res, 500, 'text/plain', (e as Error).stack ?? String(e));
    }
  });

  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    workbook,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
