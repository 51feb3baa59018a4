/** The plan that makes a folder's user permissions match Paramètres › Rôles. */
import { planSharing, teamFingerprint } from '../../src/domain/sharing/folder-sharing';

const perm = (email: string, role: string) => ({ id: `id-${email}`, email, role });

describe('planSharing', () => {
  const current = [perm('dir@org.ml', 'owner'), perm('awa@org.ml', 'writer'), perm('moussa@org.ml', 'writer'), perm('ca@org.ml', 'reader')];

  it('adds newcomers, changes changed roles, removes people without a role', () => {
    const plan = planSharing(current, { editors: ['Awa@org.ml', 'dg@org.ml'], viewers: ['moussa@org.ml'] }, []);
    expect(plan).toEqual({
      add: [{ email: 'dg@org.ml', role: 'writer' }],
      change: [{ id: 'id-moussa@org.ml', email: 'moussa@org.ml', role: 'reader' }],
      remove: [{ id: 'id-ca@org.ml', email: 'ca@org.ml' }],
    });
  });

  it('never touches the owner nor the untouchable caller, and plans nothing when all matches', () => {
    expect(planSharing(current, { editors: [], viewers: [] }, ['MOUSSA@org.ml']).remove.map((r) => r.email)).toEqual(['awa@org.ml', 'ca@org.ml']);
    expect(planSharing(current, { editors: ['awa@org.ml', 'moussa@org.ml'], viewers: ['ca@org.ml'] }, [])).toEqual({ add: [], change: [], remove: [] });
  });

  it('gives the stronger role to a person listed twice; the fingerprint ignores order and case', () => {
    expect(planSharing([], { editors: ['a@org.ml'], viewers: ['a@org.ml'] }, []).add).toEqual([{ email: 'a@org.ml', role: 'writer' }]);
    expect(teamFingerprint({ editors: ['B@org.ml', 'a@org.ml'], viewers: [] })).toBe(teamFingerprint({ editors: ['a@org.ml', 'b@org.ml'], viewers: [] }));
  });
});
