/**
 * What the user's role may do, shown and nothing else: any element naming the endpoint it calls
 * (`data-endpoint="savePartner"`, several separated by spaces: shown if one is allowed) is hidden
 * and disabled for a role that may not call it. The rule is the server's own (`mayCall` over the
 * declarations in domain/contracts/api.ts), less what the settings withhold from the role (the session
 * says which), so a button is never offered that the server would refuse.
 */
import { API, mayCall, type EndpointName } from '../domain/contracts/api';
import type { Session } from '../domain/contracts';

const isEndpoint = (name: string): name is EndpointName => Object.prototype.hasOwnProperty.call(API, name);

/** Whether the session's user may call one of the endpoints listed in `names` (space-separated). */
export function allows({ role, withheld }: Session, names: string): boolean {
  return names
    .split(/\s+/)
    .filter(Boolean)
    .some((n) => isEndpoint(n) && mayCall(n, role) && !withheld.includes(n));
}

function limit(el: Element, session: Session): void {
  for (const target of [el, ...el.querySelectorAll('[data-endpoint]')]) {
    const names = target.getAttribute('data-endpoint');
    if (names === null || allows(session, names)) continue;
    (target as HTMLElement).hidden = true;
    if ('disabled' in target) (target as HTMLButtonElement).disabled = true;
  }
}

/** Limits `root` now and whatever is added to it later (views draw after their calls answer). */
export function limitToRole(root: HTMLElement, session: Session): () => void {
  limit(root, session);
  const observer = new MutationObserver((changes) => {
    for (const change of changes) for (const node of change.addedNodes) if (node instanceof Element) limit(node, session);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => observer.disconnect();
}
