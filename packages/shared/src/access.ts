export const PLATFORM_ROLES = ['admin', 'member'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const ORGANISATION_ROLES = ['owner', 'admin', 'member'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const ORGANISATION_TYPES = [
  'national_government',
  'ministry_or_agency',
  'regional_or_local_government',
  'cross_border_body',
  'international_organisation',
  'public_bank_or_funder',
  'university_or_research',
  'ngo_or_civil_society',
  'company',
  'innovation_lab',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

/** Space roles, strongest first. Each role includes the rights of the roles after it. */
export const SPACE_ROLES = ['manage', 'edit', 'contribute', 'view'] as const;
export type SpaceRole = (typeof SPACE_ROLES)[number];

export const SPACE_VISIBILITIES = ['public', 'signed_in', 'network', 'members'] as const;
export type SpaceVisibility = (typeof SPACE_VISIBILITIES)[number];

/** Kinds of space. Feature issues add theirs (initiative, challenge, consultation, assembly, budget). */
/** What a space is for; each kind beyond the workspace adds its own module (assembly, budget, consultation, conversation). */
export const SPACE_KINDS = ['workspace', 'assembly', 'budget', 'consultation', 'conversation'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function spaceRoleRank(role: SpaceRole): number {
  return SPACE_ROLES.length - SPACE_ROLES.indexOf(role);
}

/** Kinds of network in the directory: communities of practice, mini-lateral groups of governments, city networks. */
export const NETWORK_KINDS = ['community_of_practice', 'minilateral_group', 'city_network'] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

/** Who can join a network: anyone at once, or by request approved by a coordinator. */
export const NETWORK_JOIN_POLICIES = ['open', 'approval'] as const;
export type NetworkJoinPolicy = (typeof NETWORK_JOIN_POLICIES)[number];

export const NETWORK_ROLES = ['coordinator', 'member'] as const;
export type NetworkRole = (typeof NETWORK_ROLES)[number];

/** A network has organisations and people as members. */
export const NETWORK_MEMBER_KINDS = ['organisation', 'person'] as const;
export type NetworkMemberKind = (typeof NETWORK_MEMBER_KINDS)[number];

/**
 * Who may see a part of a person's profile: everyone, signed-in users, or partners (people who share an
 * organisation or a network with them). The person always sees all of it.
 */
export const PROFILE_AUDIENCES = ['public', 'signed_in', 'partners'] as const;
export type ProfileAudience = (typeof PROFILE_AUDIENCES)[number];

/** The parts of a profile whose audience a person chooses. */
export const PROFILE_PARTS = ['about', 'expertise', 'memberships', 'contact'] as const;
export type ProfilePart = (typeof PROFILE_PARTS)[number];
export type ProfileVisibility = Record<ProfilePart, ProfileAudience>;

/** What a new profile shows, until its owner chooses. */
export const DEFAULT_PROFILE_VISIBILITY: ProfileVisibility = {
  about: 'public',
  expertise: 'public',
  memberships: 'signed_in',
  contact: 'partners',
};

export const PAIRING_COHORT_STATUSES = ['draft', 'proposed', 'confirmed'] as const;
export type PairingCohortStatus = (typeof PAIRING_COHORT_STATUSES)[number];
