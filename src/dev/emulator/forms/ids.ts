/** Google-looking identifiers for forms, items and responses, drawn from the world's seeded randomness. */
import type { World } from '../core/world';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function chars(world: World, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(world.random() * 64)];
  return s;
}

/** Published form ids start with `1FAIpQLS` and are 56 characters long. */
export function newPublishedId(world: World): string {
  return `1FAIpQLS${chars(world, 48)}`;
}

/** Item and entry ids are positive 31-bit integers (e.g. 1958421517). */
export function newItemNumber(world: World): number {
  return 100000000 + Math.floor(world.random() * 2047483647);
}

/** Response ids look like `2_ABaOnud…`. */
export function newResponseId(world: World): string {
  return `2_ABaOnu${chars(world, 64)}`;
}
