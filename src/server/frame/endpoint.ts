/**
 * Turns a declaration of src/domain/contracts/api.ts into the top-level function Code.js exports:
 * the caller is checked first (a refused caller learns nothing from the arguments and nothing is
 * written), then every argument against its schema, then the request runs in its frame (read,
 * or write under the lock with rollback and a request ID).
 */
import {
  API,
  takesRequestId,
  type Api,
  type Callers,
  type Endpoint,
  type CheckedParamsOf,
  type EndpointName,
  type ParamsOf,
  type ResultOf,
} from '../../domain/contracts/api';
import { ArgumentError, type Arg } from '../../domain/contracts/args';
import { namingFields } from './error-fields';
import { currentContext_, inFrench_, locked_, read_, type Request } from './request';
import { triggerOrAdminContext_ } from './trigger-guard';
import { requireAdminOrFresh_ } from './ownership';
import type { Ports, PublicPorts } from '../../app/ports';
import { portsFor, publicPorts } from './ports';

/** What a user's request hands its handler: the use cases' ports, the caller's role and the settings read for it. */
export type UserFrame = Pick<Request, 'ports' | 'role' | 'settings'>;

/**
 * What the function receives besides its arguments, by kind of caller. Never the store context:
 * handlers reach Google only through the ports, so the server holds no Apps Script code.
 */
export type FrameOf<K extends EndpointName> = Api[K]['callers'] extends { roles: readonly unknown[] }
  ? UserFrame
  : Api[K]['callers'] extends { triggerOrAdmin: true } | { adminOrFresh: string }
    ? { ports: Ports }
    : { ports: PublicPorts };

const userFrame = ({ ports, role, settings }: Request): UserFrame => ({ ports, role, settings });

export type Handler<K extends EndpointName> = (frame: FrameOf<K>, ...args: CheckedParamsOf<K>) => ResultOf<K>;

/** Checks the arguments against their schemas (a missing optional one is undefined); extra ones are refused. */
function checkArgs(name: string, args: readonly Arg<unknown>[], raw: readonly unknown[], extra = 0): unknown[] {
  if (raw.length > args.length + extra) {
    throw new ArgumentError(`${name} : trop d’arguments (${raw.length} reçus, au plus ${args.length + extra} attendus).`);
  }
  return args.map((arg, i) => arg.check(raw[i]));
}

/** The top-level function for `name`, running `handler` once the caller and the arguments are checked. */
export function serve<K extends EndpointName>(name: K, handler: Handler<K>): (...args: ParamsOf<K>) => ResultOf<K> {
  const decl = API[name] as Endpoint;
  const callers: Callers = decl.callers;
  const run = handler as unknown as (frame: unknown, ...args: unknown[]) => ResultOf<K>;
  const requestArgs = takesRequestId(decl) ? 1 : 0;
  const parse = (raw: unknown[]) => inFrench_(() => checkArgs(name, decl.args, raw, requestArgs));
  return ((...raw: unknown[]) => {
    if ('roles' in callers) {
      const roles = callers.roles;
      if (decl.writes === 'read' || decl.writes === 'own') return namingFields(() => read_(roles, (req) => run(userFrame(req), ...parse(raw))));
      const requestId = requestArgs ? raw[decl.args.length] : undefined;
      return namingFields(() =>
        read_(roles, (req) => {
          const args = parse(raw);
          return locked_(req, () => run(userFrame(req), ...args), requestId);
        }),
      );
    }
    if ('triggerOrAdmin' in callers) {
      const ctx = inFrench_(() => triggerOrAdminContext_(raw[0]));
      return run({ ports: portsFor(ctx) }, ...parse(raw));
    }
    if ('adminOrFresh' in callers) {
      const ctx = inFrench_(() => {
        const c = currentContext_();
        requireAdminOrFresh_(c);
        return c;
      });
      return run({ ports: portsFor(ctx) }, ...parse(raw));
    }
    return run({ ports: publicPorts() }, ...parse(raw));
  }) as (...args: ParamsOf<K>) => ResultOf<K>;
}
