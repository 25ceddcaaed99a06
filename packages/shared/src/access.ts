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
export const SPACE_KINDS = ['workspace'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export function spaceRoleRank(role: SpaceRole): number {
  return SPACE_ROLES.length - SPACE_ROLES.indexOf(role);
}
