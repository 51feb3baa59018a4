/** The approval tab of a convention: circuit, decision right and signatures. */
import type { ConventionDetail } from '../../domain/contracts';
import type { Role, Settings } from '../../domain/settings/settings';
import type { Store } from '../../store/store';
import { openWork, workDetail } from './work';

export function getApprovalCircuit(store: Store, settings: Settings, role: Role, id: string): ConventionDetail {
  return workDetail(store, openWork(store, id), settings, role);
}
