/** Sidebar API: each party's signature of a convention, and the signed PDF uploaded later. */
import { recordSignature as record, uploadSignedPdf as upload } from '../../app/conventions/signatures';
import { serve } from '../frame/endpoint';

export const recordSignature = serve('recordSignature', ({ ports, settings, role }, id, input) => record(ports, settings, role, id, input));
export const uploadSignedPdf = serve('uploadSignedPdf', ({ ports, settings, role }, id, party, file) => upload(ports, settings, role, id, party, file));
