/** The outgoing e-mail (Envois) as a convention's page needs it: what is left to send, an admin's retry. */
import type { PendingMail } from '../../domain/contracts';
import type { MailStatus } from '../../domain/conventions/approval-tables';

export interface MailPort {
  /** Messages still « en attente » or in « échec ». */
  pending(): PendingMail[];
  /** An administrator's manual retry of a failed message; its status afterwards. */
  retryFailed(mailId: string): MailStatus;
}
