/**
 * Apps Script enums (ScriptApp.AuthMode, Ui.Button…). Google's enum values print as their
 * names and compare by identity; the emulator uses the name strings, which behave the same
 * for `==`, `===`, `String(x)` and `x.toString()`, and match the event objects tests build
 * (`{ authMode: 'FULL' }`).
 */
export function makeEnum<T>(...names: string[]): T {
  const e: Record<string, string> = {};
  for (const n of names) e[n] = n;
  return Object.freeze(e) as unknown as T;
}
