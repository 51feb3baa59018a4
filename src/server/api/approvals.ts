/**
 * Approval circuit of conventions: submission, decisions by the role holders in the order of
 * Paramètres › Circuit de validation, notices sent once (use cases in app/approvals).
 */
import { getApprovalCircuit as circuitOf } from '../../app/approvals/circuit';
import { submitForValidation as submit } from '../../app/approvals/submit';
import { decideValidation as decide, skipOptionalStep as skip } from '../../app/approvals/decide';
import { serve } from '../frame/endpoint';

/** Circuit, decision right and signatures of one convention (for the sidebar's approval tab). */
export const getApprovalCircuit = serve('getApprovalCircuit', ({ ports, settings, role }, id) => circuitOf(ports.store, settings, role, id));

export const submitForValidation = serve('submitForValidation', ({ ports, settings, role }, id) => submit(ports, settings, role, id));

export const decideValidation = serve('decideValidation', ({ ports, settings, role }, id, v, choice, comment) =>
  decide(ports, settings, role, id, v, choice, comment),
);

export const skipOptionalStep = serve('skipOptionalStep', ({ ports, settings, role }, id, v, comment) => skip(ports, settings, role, id, v, comment));
