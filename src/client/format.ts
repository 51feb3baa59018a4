/** Client-side display helpers, sharing the domain's French formatting. */
export { formatDateFr, formatMoney, formatNumberFr } from '../domain/format/french';
export { foldText } from '../domain/records/normalise';
