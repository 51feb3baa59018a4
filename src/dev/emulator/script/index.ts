/** Installs ScriptApp, LockService, PropertiesService, CacheService, Session, Utilities, HtmlService, Logger. */
import type { World } from '../core/world';

export function installScriptServices(world: World): Record<string, unknown> {
  void world;
  return {};
}
