import type { CheckedParamsOf } from '../../src/domain/contracts/api';

/** The smallest convention a user could generate: a partnership agreement without commitments. */
export function bareConventionDraft(partnerId: string) {
  return {
    partnerId,
    type: 'Convention de partenariat',
    startDate: '2026-03-01',
    endDate: '2027-02-28',
    amount: 1000000,
    purpose: 'former des jeunes',
    commitments: [],
  };
}

type Draft = CheckedParamsOf<'generateConvention'>[0];

/** A partnership agreement of 1 500 000 FCFA with two commitments: the partner's first payment and our interim report. */
export function conventionWithCommitments(partnerId: string, over: Partial<Draft> = {}): Draft {
  return {
    partnerId,
    type: 'Convention de partenariat',
    startDate: '2026-03-01',
    endDate: '2027-02-28',
    amount: 1500000,
    purpose: 'former 500 jeunes leaders',
    commitments: [
      { kind: 'Versement', label: 'Première tranche', due: '2026-04-15', party: 'Partenaire', amount: 750000 },
      { kind: 'Rapport', label: 'Rapport intermédiaire', due: '2026-09-30', party: 'Nous' },
    ],
    ...over,
  };
}
