import type {
  Multilingual,
  OrganisationRole,
  OrganisationType,
  Provenance,
  SpaceRole,
  SpaceVisibility,
} from '@crossgov/shared';

/**
 * The demo world shown by `crossgov serve --demo`. The organisations are real public bodies named in the
 * domain notes (shared/domain); every row is flagged is_demo, the people are fictional, and the workspaces
 * say in their descriptions that they are illustrations, not the bodies' own work.
 */

export const DEMO_EMAIL_DOMAIN = 'demo.crossgov.org';
export const DEMO_ADMIN_EMAIL = `admin@${DEMO_EMAIL_DOMAIN}`;
export const DEMO_LOGIN_EMAIL = `demo@${DEMO_EMAIL_DOMAIN}`;
export const DEMO_LOGIN_PASSWORD = 'crossgov-demo';

type Text = [language: string, text: string, provenance: Provenance];

export function texts(...entries: Text[]): Multilingual {
  return Object.fromEntries(entries.map(([language, text, provenance]) => [language, { text, provenance }]));
}

export interface DemoOrganisation {
  slug: string;
  names: Multilingual;
  type: OrganisationType;
  country: string;
  website: string | null;
  verified: boolean;
}

export interface DemoPerson {
  email: string;
  displayName: string;
  language: string;
  platformRole: 'admin' | 'member';
  memberships: { organisation: string; role: OrganisationRole }[];
}

export interface DemoSpace {
  slug: string;
  titles: Multilingual;
  descriptions: Multilingual;
  visibility: SpaceVisibility;
  /** Owner organisation slugs; the first is where the space was started. */
  owners: string[];
  members: { email: string; role: SpaceRole; organisation: string | null }[];
}

const person = (
  local: string,
  displayName: string,
  language: string,
  memberships: DemoPerson['memberships'],
  platformRole: DemoPerson['platformRole'] = 'member',
): DemoPerson => ({
  email: `${local}@${DEMO_EMAIL_DOMAIN}`,
  displayName,
  language,
  platformRole,
  memberships,
});

/** Fictional people; none of them stands for a real employee of the bodies named. */
export const DEMO_PEOPLE: DemoPerson[] = [
  person('admin', 'Demo Administrator', 'en', [], 'admin'),
  person('demo', 'Demo Visitor', 'en', [{ organisation: 'kvarken-council', role: 'admin' }]),
  person('johanna.nystrom', 'Johanna Nyström', 'sv', [{ organisation: 'kvarken-council', role: 'owner' }]),
  person('linnea.holmstrom', 'Linnea Holmström', 'sv', [{ organisation: 'umea-kommun', role: 'owner' }]),
  person('erik.lindqvist', 'Erik Lindqvist', 'sv', [{ organisation: 'region-vasterbotten', role: 'owner' }]),
  person('aino.virtanen', 'Aino Virtanen', 'fi', [{ organisation: 'vaasa', role: 'owner' }]),
  person('mikko.niemi', 'Mikko Niemi', 'fi', [
    { organisation: 'ostrobothnia', role: 'owner' },
    { organisation: 'kvarken-council', role: 'member' },
  ]),
  person('fiona.armstrong', 'Fiona Armstrong', 'en', [
    { organisation: 'scottish-borders-council', role: 'owner' },
    { organisation: 'borderlands-partnership', role: 'owner' },
  ]),
  person('callum.maxwell', 'Callum Maxwell', 'en', [
    { organisation: 'dumfries-and-galloway-council', role: 'owner' },
  ]),
  person('rachel.dodd', 'Rachel Dodd', 'en', [
    { organisation: 'northumberland-county-council', role: 'owner' },
  ]),
  person('tom.graham', 'Tom Graham', 'en', [
    { organisation: 'cumberland-council', role: 'owner' },
    { organisation: 'borderlands-partnership', role: 'member' },
  ]),
  person('maya.chen', 'Maya Chen', 'en', [
    { organisation: 'global-innovation-collaborative', role: 'owner' },
  ]),
  person('ville.korhonen', 'Ville Korhonen', 'fi', [{ organisation: 'helsinki', role: 'owner' }]),
  person('camille.gagnon', 'Camille Gagnon', 'fr', [{ organisation: 'montreal', role: 'owner' }]),
  person('sophie.tremblay', 'Sophie Tremblay', 'fr', [
    { organisation: 'canadian-space-agency', role: 'owner' },
  ]),
  person('marcus.reed', 'Marcus Reed', 'en', [{ organisation: 'nasa', role: 'owner' }]),
  person('amina.almansoori', 'Amina Al Mansoori', 'ar', [
    { organisation: 'uae-government-accelerators', role: 'owner' },
  ]),
  person('khalid.alsuwaidi', 'Khalid Al Suwaidi', 'ar', [{ organisation: 'mbrcgi', role: 'owner' }]),
  person('claire.dubois', 'Claire Dubois', 'fr', [{ organisation: 'oecd-opsi', role: 'owner' }]),
  person('priya.shah', 'Priya Shah', 'en', [{ organisation: 'loti', role: 'owner' }]),
  person('daniel.okafor', 'Daniel Okafor', 'en', [{ organisation: 'camden', role: 'owner' }]),
  person('grace.mensah', 'Grace Mensah', 'en', [{ organisation: 'hackney', role: 'owner' }]),
];
