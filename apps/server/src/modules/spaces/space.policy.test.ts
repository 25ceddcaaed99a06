import { describe, expect, it } from 'vitest';
import type { Actor } from '../../lib/actor.ts';
import { type SpaceAccessFacts, spacePermissions } from './space.policy.ts';

const person: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  email: 'person@example.org',
  displayName: 'A person',
  platformRole: 'member',
  emailVerified: true,
  via: 'session',
  scopes: new Set(),
};
const admin: Actor = { ...person, platformRole: 'admin' };
const facts = (over: Partial<SpaceAccessFacts>): SpaceAccessFacts => ({
  visibility: 'members',
  actor: person,
  memberRole: null,
  administersAnOwner: false,
  inOwnerNetwork: false,
  ...over,
});

describe('who may take part in a space', () => {
  it('lets any signed-in person take part in a public or signed-in-only space, no membership needed', () => {
    expect(spacePermissions(facts({ visibility: 'public' })).participate).toBe(true);
    expect(spacePermissions(facts({ visibility: 'signed_in' })).participate).toBe(true);
  });

  it('never lets an anonymous reader take part, even in a public space', () => {
    const anonymous = spacePermissions(facts({ visibility: 'public', actor: null }));
    expect(anonymous.view).toBe(true);
    expect(anonymous.participate).toBe(false);
  });

  it('in a narrower space, lets contributors take part and leaves viewers and outsiders observing', () => {
    expect(spacePermissions(facts({ memberRole: 'contribute' })).participate).toBe(true);
    expect(spacePermissions(facts({ memberRole: 'manage' })).participate).toBe(true);
    expect(spacePermissions(facts({ memberRole: 'view' })).participate).toBe(false);
    expect(spacePermissions(facts({ visibility: 'network', inOwnerNetwork: true })).participate).toBe(false);
    expect(spacePermissions(facts({})).participate).toBe(false);
  });

  it('lets owner administrators take part, and platform admins only look at a members-only space', () => {
    expect(spacePermissions(facts({ administersAnOwner: true })).participate).toBe(true);
    const moderating = spacePermissions(facts({ actor: admin }));
    expect(moderating.view).toBe(true);
    expect(moderating.participate).toBe(false);
  });
});
