/**
 * The circuit's e-mails through the « Envois » sent-log (app/mail/notices.ts): each at most once,
 * a message that could not leave now told to the caller in the detail's notice.
 */
import type { ConventionDetail } from '../../domain/contracts';
import type { Settings } from '../../domain/settings/settings';
import type { AppliedStep } from '../../domain/conventions/approval-circuit';
import { authorNotice, awaitedNotice, type ApprovalNotice, type CircuitEnd } from '../../domain/conventions/approval-notices';
import { sendOnce, type SendResult } from '../mail/notices';
import type { Ports } from '../ports';
import type { ConventionWork } from './work';

const subjectOf = (ports: Ports, w: ConventionWork) => ({ record: w.record, partnerName: w.partnerName, workbookUrl: ports.mail.workbookUrl() });

function send(ports: Ports, notice: ApprovalNotice | null): SendResult | null {
  return notice ? sendOnce(ports, notice.key, notice) : null;
}

/** Tells the holders of the awaited step's role; once per (convention, version, step). */
export function notifyAwaited(ports: Ports, w: ConventionWork, step: AppliedStep, settings: Settings): SendResult | null {
  return send(ports, awaitedNotice(subjectOf(ports, w), step, settings));
}

/** Tells the author (who submitted the version) the outcome of the circuit; once per outcome. */
export function notifyAuthor(ports: Ports, w: ConventionWork, submittedBy: string, outcome: CircuitEnd, comment: string): SendResult | null {
  return send(ports, authorNotice(subjectOf(ports, w), submittedBy, outcome, ports.store.user, comment));
}

/** The detail, with what the caller must know of e-mails that did not leave now. */
export function withNotice(detail: ConventionDetail, results: readonly (SendResult | null)[]): ConventionDetail {
  const notices = results.filter((r): r is SendResult => r !== null && r.notice !== '').map((r) => r.notice);
  return notices.length ? { ...detail, notice: notices.join(' ') } : detail;
}
