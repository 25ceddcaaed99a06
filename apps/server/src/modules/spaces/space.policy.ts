import { type SpaceRole, type SpaceVisibility, spaceRoleRank } from '@crossgov/shared';
import type { Actor } from '../../lib/actor.ts';

export interface SpacePermissions {
  view: boolean;
  contribute: boolean;
  edit: boolean;
  manage: boolean;
  /**
   * Take part in the space's participation (vote, propose, submit ideas, add statements): a signed-in person
   * with the contribute right, or any signed-in person who may view a public or signed-in-only space. Members
   * with the view role of a narrower space observe. Each kind adds its own conditions (open phase, eligibility).
   */
  participate: boolean;
}

/** What the policy needs to know about one actor and one space; gathered by space.access.ts. */
export interface SpaceAccessFacts {
  visibility: SpaceVisibility;
  actor: Actor | null;
  /** The actor's own role in the space, if they are a member. */
  memberRole: SpaceRole | null;
  /** The actor is an owner or admin of one of the space's owner organisations. */
  administersAnOwner: boolean;
  /** The actor belongs (any role) to one of the space's owner organisations or, later, its networks. */
  inOwnerNetwork: boolean;
}

const NONE: SpacePermissions = {
  view: false,
  contribute: false,
  edit: false,
  manage: false,
  participate: false,
};

function fromRole(role: SpaceRole): SpacePermissions {
  const rank = spaceRoleRank(role);
  const contribute = rank >= spaceRoleRank('contribute');
  return {
    view: true,
    contribute,
    edit: rank >= spaceRoleRank('edit'),
    manage: rank >= spaceRoleRank('manage'),
    participate: contribute,
  };
}

function visibleWithoutMembership(facts: SpaceAccessFacts): boolean {
  switch (facts.visibility) {
    case 'public':
      return true;
    case 'signed_in':
      return facts.actor !== null;
    case 'network':
      return facts.inOwnerNetwork;
    case 'members':
      return false;
  }
}

/**
 * The one place that decides what anyone may do in a space. Default deny: every right must be granted by
 * membership, by co-ownership (the owner organisations' owners and admins manage their shared space), or,
 * for viewing only, by the space's visibility. Platform admins may view every space to moderate, not manage it.
 * (Read-only API tokens are stopped before any write by the auth plugin.)
 */
export function spacePermissions(facts: SpaceAccessFacts): SpacePermissions {
  const { actor } = facts;
  let granted = NONE;
  if (facts.administersAnOwner) granted = fromRole('manage');
  else if (facts.memberRole) granted = fromRole(facts.memberRole);
  const view = granted.view || visibleWithoutMembership(facts) || actor?.platformRole === 'admin';
  const openToAll = facts.visibility === 'public' || facts.visibility === 'signed_in';
  const participate = actor !== null && (granted.contribute || (view && openToAll));
  return { ...granted, view, participate };
}
