/** Logger: the execution log that Logger.getLog() returns (console is left to the host). */
import { Emulated } from '../core/emulated';
import type { ApiSubset } from '../core/api-subset';
import type { World } from '../core/world';
import { formatString } from './format-string';

export class LoggerState {
  lines: string[] = [];
}

export function loggerState(world: World): LoggerState {
  return world.state('script.logger', () => new LoggerState());
}

export class Logger extends Emulated implements ApiSubset<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'> {
  constructor(private readonly world: World) {
    super('Logger', world.log);
  }

  /** Logger.log(data) or Logger.log(format, ...values) with %s / %d placeholders. */
  log(format: string, ...values: unknown[]): Logger {
    const text = values.length > 0 ? formatString(String(format), ...values) : String(format);
    loggerState(this.world).lines.push(text);
    return this;
  }

  getLog(): string {
    return loggerState(this.world)
      .lines.map((l) => l + '\n')
      .join('');
  }

  clear(): void {
    loggerState(this.world).lines = [];
  }
}
