/** Errors as Apps Script raises them: user code sees `Exception: <message>` in logs; `message` is Google's text. */
export class AppsScriptException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** The check every Apps Script method does on its arguments. */
export function invalidArgument(name: string): AppsScriptException {
  return new AppsScriptException(`Invalid argument: ${name}`);
}
