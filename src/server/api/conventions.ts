/**
 * Sidebar API: conventions from templates — generation of a version, list and detail, the
 * minutes attached to a convention, an admin's retry of one of its e-mails (src/app/conventions).
 */
import { generateConvention as generate } from '../../app/conventions/generate';
import { conventionDetail, listConventions as list, retryMail as retry } from '../../app/conventions/read';
import { attachMinutes as attach } from '../../app/conventions/minutes';
import * as clauses from '../../app/conventions/clauses';
import { serve } from '../frame/endpoint';

export const retryMail = serve('retryMail', ({ ports, settings, role }, id, mailId) => retry(ports, settings, role, id, mailId));
export const listConventions = serve('listConventions', ({ ports, settings, role }) => list(ports.store, settings, role));
export const getConvention = serve('getConvention', ({ ports, settings, role }, id) => conventionDetail(ports, settings, role, id));
export const generateConvention = serve('generateConvention', ({ ports, settings, role }, draft) => generate(ports, settings, role, draft));
export const attachMinutes = serve('attachMinutes', ({ ports, settings }, id, input) => attach(ports, settings, id, input));
export const confirmClauseCommitments = serve('confirmClauseCommitments', ({ ports, settings, role }, id, keys) =>
  clauses.confirmClauseCommitments(ports, settings, role, id, keys),
);
export const dismissClauseProposal = serve('dismissClauseProposal', ({ ports, settings, role }, id, key) =>
  clauses.dismissClauseProposal(ports, settings, role, id, key),
);
