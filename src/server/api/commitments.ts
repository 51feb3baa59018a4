/** Sidebar API: commitments after the signature (src/app/commitments.ts). */
import * as commitments from '../../app/commitments';
import { COMMITMENT_PAGE, COMPLIANCE_TOP } from '../../domain/contracts/paging';
import { serve } from '../frame/endpoint';

export const addCommitment = serve('addCommitment', ({ ports }, input, recurrence) => commitments.addCommitment(ports.store, input, recurrence));
export const markCommitmentDone = serve('markCommitmentDone', ({ ports, role }, id, done) =>
  commitments.markCommitmentDone(ports.store, role, id, { doneOn: done.doneOn, proof: done.proof ?? '' }),
);
export const cancelCommitment = serve('cancelCommitment', ({ ports }, id, reason) => commitments.cancelCommitment(ports.store, id, reason));
export const listCommitments = serve('listCommitments', ({ ports }, q) =>
  commitments.listCommitments(ports.store, { by: q.by, key: q.key, window: q.window, offset: q.offset ?? 0, limit: q.limit ?? COMMITMENT_PAGE }),
);
export const commitmentCompliance = serve('commitmentCompliance', ({ ports }, period) =>
  commitments.commitmentCompliance(ports.store, period ?? {}, COMPLIANCE_TOP),
);
export const refreshCommitmentBoard = serve('refreshCommitmentBoard', ({ ports, settings }) => commitments.refreshCommitmentBoard(ports.store, settings.rates));
