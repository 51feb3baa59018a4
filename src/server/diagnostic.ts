/** Menu « Diagnostic » (app/diagnostic.ts): admin only; on a fresh workbook (frame/ownership.ts) anyone, as « Initialiser ». */
import { runDiagnostic as diagnose } from '../app/diagnostic';
import { serve } from './frame/endpoint';

export const runDiagnostic = serve('runDiagnostic', ({ ports }) => diagnose(ports));
