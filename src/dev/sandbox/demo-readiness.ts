/**
 * The demo's readiness: one self-assessment answered by the DAF and finished (scores, risk and its
 * gap plan), and the checklist of institutional documents with one expired (the tax certificate),
 * one expiring within the month and one missing (the organigramme), through Pacte's own API.
 */
import type { LoadedScript } from '../load-script';
import { QUESTIONS } from '../../domain/readiness/grid';
import { STANDARD_DOCUMENTS } from '../../domain/readiness/documents';
import { DEMO_USERS } from './demo-data';

/** The answers that are not « Oui », with what the DAF noted. */
const GAPS: Record<string, { answer: string; evidence: string }> = {
  'GOU-5': { answer: 'Non', evidence: 'Pas de politique écrite' },
  'FIN-1': { answer: 'Partiellement', evidence: 'Audit 2024 fait, 2025 en cours de contractualisation' },
  'FIN-3': { answer: 'Partiellement', evidence: 'Tableur, logiciel prévu en 2026' },
  'PAS-4': { answer: 'Non', evidence: '' },
  'RH-4': { answer: 'Partiellement', evidence: 'Feuilles de temps pour deux projets sur cinq' },
  'PRO-3': { answer: 'Non', evidence: 'Dernière formation en 2023' },
  'PRO-4': { answer: 'Non', evidence: '' },
  'PRG-5': { answer: 'Sans objet', evidence: 'Rapport biennal' },
};

const DOCUMENTS: Record<string, { issuedOn?: string; expiresOn?: string } | null> = {
  'Attestation fiscale': { issuedOn: '2025-01-31', expiresOn: '2026-01-31' },
  'Récépissé de déclaration': { issuedOn: '2016-04-02', expiresOn: '2026-04-02' },
  Organigramme: null,
};

export function seedReadiness(loaded: LoadedScript): void {
  const { call } = loaded;
  const user = DEMO_USERS.daf;
  const id = call('startAssessment', [null], { user }).assessment!.id;
  const answers = QUESTIONS.map((q) => ({ code: q.code, ...(GAPS[q.code] ?? { answer: 'Oui', evidence: '' }) }));
  call('saveAssessmentAnswers', [id, answers], { user });
  call('finishAssessment', [id], { user });
  for (const document of STANDARD_DOCUMENTS) {
    const dates = DOCUMENTS[document];
    if (dates === null) continue;
    const slug = document.toLowerCase().replace(/[^a-z]+/g, '-');
    call('saveInstitutionalDocument', [{ document, fileUrl: `https://drive.google.com/file/d/demo-${slug}/view`, ...dates }], { user });
  }
}
