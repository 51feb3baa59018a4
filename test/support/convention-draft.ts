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
