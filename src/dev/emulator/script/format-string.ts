/** Utilities.formatString / Logger.log(format, ...): sprintf-like %s, %d, %i, %f (%.2f), %%. */
export function formatString(template: string, ...args: unknown[]): string {
  let next = 0;
  return template.replace(/%(-?)(\d*)(?:\.(\d+))?([sdif%])/g, (match, left: string, width: string, precision: string | undefined, conv: string) => {
    if (conv === '%') return '%';
    if (next >= args.length) return match;
    const arg = args[next++];
    let s: string;
    if (conv === 's') s = String(arg);
    else if (conv === 'd' || conv === 'i') s = String(Math.trunc(Number(arg)));
    else s = precision !== undefined ? Number(arg).toFixed(Number(precision)) : String(Number(arg));
    const w = Number(width || 0);
    return left ? s.padEnd(w) : s.padStart(w);
  });
}
