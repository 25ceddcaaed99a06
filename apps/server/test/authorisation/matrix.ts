import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { budgetSettingsBody, projectBody } from '../budget-factories.ts';
import { organisationBody, spaceBody } from '../factories.ts';
import { ASSEMBLY_MATRIX } from './assembly-matrix.ts';
import type { Role, World } from './world.ts';

/** 'ok' is any 2xx; a number is the exact status expected. */
export type Outcome = 'ok' | 401 | 403 | 404 | 409 | 410 | 422 | 503;

export interface MatrixEntry {
  request: (world: World, role: Role) => Omit<InjectOptions, 'headers'>;
  /** With an API token. */
  expect: Record<Role, Outcome>;
  /** From a signed-in browser (session cookie and CSRF header), where that differs. */
  expectFromBrowser?: Record<Role, Outcome>;
}

const all = (outcome: Outcome): Record<Role, Outcome> => ({
  anonymous: outcome,
  outsider: outcome,
  member: outcome,
  manager: outcome,
  admin: outcome,
});
const signedIn: Record<Role, Outcome> = { ...all('ok'), anonymous: 401 };
const orgAdminOnly: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 'ok',
  admin: 403,
};
const platformAdminOnly: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 403,
  admin: 'ok',
};
const spaceManageOnly: Record<Role, Outcome> = {
  anonymous: 404,
  outsider: 404,
  member: 403,
  manager: 'ok',
  admin: 403,
};
const spaceViewers: Record<Role, Outcome> = {
  anonymous: 404,
  outsider: 404,
  member: 'ok',
  manager: 'ok',
  admin: 'ok',
};
/** A token may not mint tokens: only a person in a browser may. */
const sessionOnly: Record<Role, Outcome> = { ...all(403), anonymous: 401 };
const signedInButUnprocessable: Record<Role, Outcome> = { ...all(422), anonymous: 401 };
const signedInNotFound: Record<Role, Outcome> = { ...all(404), anonymous: 401 };

const org = (w: World) => `/api/organisations/${w.orgA.slug}`;
const space = (w: World) => `/api/spaces/${w.space.slug}`;
const network = (w: World) => `/api/networks/${w.network.slug}`;
const consultation = (w: World) => `/api/spaces/${w.consultation.slug}/consultation`;
const consultationIdea = (w: World) => `${consultation(w)}/ideas/${w.consultation.ideaId}`;
const contribution = (w: World) => `${consultation(w)}/contributions/${w.consultation.ideaId}`;
/** A public consultation: anyone reads, anyone signed in takes part, its managers manage. */
const consultationManagers: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 'ok',
  admin: 403,
};
const en = (text: string) => ({ en: { text, provenance: 'original' } });
const cohort = (w: World) => `/api/pairing-cohorts/${w.cohort.id}`;
const conversation = (w: World) => `/api/spaces/${w.conversation.slug}/conversation`;
/**
 * Taking part in a members-only conversation: signed in (401 first), then the space must be visible (404), then
 * the contribute right: the platform admin may look at it (to moderate) but not take part.
 */
const conversationParticipants: Record<Role, Outcome> = { ...spaceViewers, anonymous: 401, admin: 403 };
const budget = (w: World) => `/api/spaces/${w.budget.slug}/budgets`;
/** A public budget: everyone sees it, only its managers run it. */
const budgetManageOnly: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 'ok',
  admin: 403,
};
/** A manager's action that the budget's state refuses (voting still open, no published results). */
const budgetManagerConflict: Record<Role, Outcome> = { ...budgetManageOnly, manager: 409 };
const TINY_PB =
  'META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;500\nVOTES\nvoter_id;vote\n1;1\n';

const networkCoordinatorOnly: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 'ok',
  admin: 403,
};

/**
 * Every API route and what each role gets. The test fails when a route is missing here, so a new route
 * cannot ship without a decision on who may call it.
 */
export const MATRIX: Record<string, MatrixEntry> = {
  'GET /api/spaces/:slug/budgets/settings': {
    request: (w) => ({ method: 'GET', url: `${budget(w)}/settings` }),
    expect: all('ok'),
  },
  'PUT /api/spaces/:slug/budgets/settings': {
    request: (w) => ({
      method: 'PUT',
      url: `${budget(w)}/settings`,
      payload: { ...budgetSettingsBody(), version: w.budget.version },
    }),
    expect: budgetManageOnly,
  },
  'GET /api/spaces/:slug/budgets/projects': {
    request: (w) => ({ method: 'GET', url: `${budget(w)}/projects` }),
    expect: all('ok'),
  },
  'POST /api/spaces/:slug/budgets/projects': {
    request: (w) => ({ method: 'POST', url: `${budget(w)}/projects`, payload: projectBody(1000) }),
    expect: signedIn,
  },
  'PUT /api/spaces/:slug/budgets/projects/:id': {
    request: (w) => ({
      method: 'PUT',
      url: `${budget(w)}/projects/${w.budget.projectId}`,
      payload: { ...projectBody(900), version: w.budget.projectVersion },
    }),
    // Only the proposer (the manager, before review) or managers (before voting): voting is open in the world.
    expect: budgetManagerConflict,
  },
  'POST /api/spaces/:slug/budgets/projects/:id/withdraw': {
    request: (w) => ({
      method: 'POST',
      url: `${budget(w)}/projects/${w.budget.projectId}/withdraw`,
      payload: { version: w.budget.projectVersion },
    }),
    // Only its proposer (the manager) may withdraw it, and it has been reviewed already.
    expect: budgetManagerConflict,
  },
  'POST /api/spaces/:slug/budgets/projects/:id/review': {
    request: (w) => ({
      method: 'POST',
      url: `${budget(w)}/projects/${w.budget.projectId}/review`,
      payload: { feasibility: 'feasible', version: w.budget.projectVersion },
    }),
    expect: budgetManageOnly,
  },
  'POST /api/spaces/:slug/budgets/projects/:id/delivery': {
    request: (w) => ({
      method: 'POST',
      url: `${budget(w)}/projects/${w.budget.projectId}/delivery`,
      payload: { status: 'planned', note: 'Tender published', happenedOn: '2026-11-01' },
    }),
    expect: budgetManagerConflict,
  },
  'POST /api/spaces/:slug/budgets/projects/:id/initiative': {
    request: (w) => ({ method: 'POST', url: `${budget(w)}/projects/${w.budget.projectId}/initiative` }),
    expect: budgetManagerConflict,
  },
  'GET /api/spaces/:slug/budgets/ballot': {
    request: (w) => ({ method: 'GET', url: `${budget(w)}/ballot` }),
    expect: signedIn,
  },
  'PUT /api/spaces/:slug/budgets/ballot': {
    request: (w) => ({
      method: 'PUT',
      url: `${budget(w)}/ballot`,
      payload: { residence: 'SE', projectIds: [w.budget.projectId] },
    }),
    expect: signedIn,
  },
  'GET /api/spaces/:slug/budgets/results': {
    request: (w) => ({ method: 'GET', url: `${budget(w)}/results` }),
    expect: all(404),
  },
  'POST /api/spaces/:slug/budgets/results': {
    request: (w) => ({ method: 'POST', url: `${budget(w)}/results` }),
    expect: budgetManagerConflict,
  },
  'POST /api/spaces/:slug/budgets/results/publish': {
    request: (w) => ({ method: 'POST', url: `${budget(w)}/results/publish` }),
    expect: budgetManagerConflict,
  },
  'GET /api/spaces/:slug/budgets/export': {
    request: (w) => ({ method: 'GET', url: `${budget(w)}/export` }),
    expect: budgetManageOnly,
  },
  'POST /api/spaces/:slug/budgets/import': {
    request: (w) => ({ method: 'POST', url: `${budget(w)}/import`, payload: { pb: TINY_PB } }),
    expect: budgetManageOnly,
  },
  'GET /api/health': { request: () => ({ method: 'GET', url: '/api/health' }), expect: all('ok') },
  'GET /api/openapi.json': {
    request: () => ({ method: 'GET', url: '/api/openapi.json' }),
    expect: all('ok'),
  },

  'GET /api/organisations': {
    request: () => ({ method: 'GET', url: '/api/organisations?q=org' }),
    expect: all('ok'),
  },
  'POST /api/organisations': {
    request: () => ({ method: 'POST', url: '/api/organisations', payload: organisationBody() }),
    expect: signedIn,
  },
  'GET /api/organisations/:slug': { request: (w) => ({ method: 'GET', url: org(w) }), expect: all('ok') },
  'PATCH /api/organisations/:slug': {
    request: (w) => ({ method: 'PATCH', url: org(w), payload: { website: null, version: 1 } }),
    expect: orgAdminOnly,
  },
  'POST /api/organisations/:slug/verification': {
    request: (w) => ({ method: 'POST', url: `${org(w)}/verification`, payload: { verified: true } }),
    expect: platformAdminOnly,
  },
  'GET /api/me/organisations': {
    request: () => ({ method: 'GET', url: '/api/me/organisations' }),
    expect: signedIn,
  },
  'GET /api/organisations/:slug/members': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/members` }),
    expect: signedIn,
  },
  'PATCH /api/organisations/:slug/members/:userId': {
    request: (w) => ({
      method: 'PATCH',
      url: `${org(w)}/members/${w.users.member.id}`,
      payload: { role: 'admin', version: 1 },
    }),
    expect: orgAdminOnly,
  },
  'DELETE /api/organisations/:slug/members/:userId': {
    request: (w) => ({ method: 'DELETE', url: `${org(w)}/members/${w.users.extra.id}` }),
    expect: orgAdminOnly,
  },
  'GET /api/organisations/:slug/invitations': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/invitations` }),
    expect: orgAdminOnly,
  },
  'POST /api/organisations/:slug/invitations': {
    request: (w) => ({
      method: 'POST',
      url: `${org(w)}/invitations`,
      payload: { email: 'new@example.org', role: 'member' },
    }),
    expect: orgAdminOnly,
  },
  'DELETE /api/organisations/:slug/invitations/:id': {
    request: (w) => ({ method: 'DELETE', url: `${org(w)}/invitations/${w.orgInvitationId}` }),
    expect: orgAdminOnly,
  },
  'POST /api/invitations/organisation/accept': {
    request: () => ({
      method: 'POST',
      url: '/api/invitations/organisation/accept',
      payload: { token: 'not-a-real-token-at-all' },
    }),
    expect: { ...all(410), anonymous: 401 },
  },
  'GET /api/organisations/:slug/join-requests': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/join-requests` }),
    expect: orgAdminOnly,
  },
  'POST /api/organisations/:slug/join-requests': {
    request: (w) => ({ method: 'POST', url: `${org(w)}/join-requests`, payload: {} }),
    expect: { anonymous: 401, outsider: 'ok', member: 409, manager: 409, admin: 'ok' },
  },
  'POST /api/organisations/:slug/join-requests/:id/decision': {
    request: (w) => ({
      method: 'POST',
      url: `${org(w)}/join-requests/${w.joinRequestId}/decision`,
      payload: { approve: true },
    }),
    expect: orgAdminOnly,
  },
  'GET /api/organisations/:slug/owner-requests': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/owner-requests` }),
    expect: orgAdminOnly,
  },

  'GET /api/spaces': { request: () => ({ method: 'GET', url: '/api/spaces' }), expect: all('ok') },
  'POST /api/spaces': {
    request: (w) => ({ method: 'POST', url: '/api/spaces', payload: spaceBody([w.orgA.id]) }),
    expect: { anonymous: 401, outsider: 403, member: 403, manager: 'ok', admin: 403 },
  },
  'GET /api/spaces/:slug/consultation': {
    request: (w) => ({ method: 'GET', url: consultation(w) }),
    expect: all('ok'),
  },
  'PUT /api/spaces/:slug/consultation': {
    request: (w) => ({
      method: 'PUT',
      url: consultation(w),
      payload: {
        question: en('Matrix question'),
        opensAt: null,
        closesAt: null,
        preModeration: false,
        version: 1,
      },
    }),
    expect: consultationManagers,
  },
  'GET /api/spaces/:slug/consultation/scoreboard': {
    request: (w) => ({ method: 'GET', url: `${consultation(w)}/scoreboard` }),
    expect: all('ok'),
  },
  'GET /api/spaces/:slug/consultation/export.csv': {
    request: (w) => ({ method: 'GET', url: `${consultation(w)}/export.csv` }),
    expect: consultationManagers,
  },
  'GET /api/spaces/:slug/consultation/ideas': {
    request: (w) => ({ method: 'GET', url: `${consultation(w)}/ideas` }),
    expect: all('ok'),
  },
  'POST /api/spaces/:slug/consultation/ideas': {
    request: (w) => ({
      method: 'POST',
      url: `${consultation(w)}/ideas`,
      payload: { title: 'Another idea', body: 'Another idea for the matrix test.', language: 'en' },
    }),
    expect: signedIn,
  },
  'GET /api/spaces/:slug/consultation/ideas/:id': {
    request: (w) => ({ method: 'GET', url: consultationIdea(w) }),
    expect: all('ok'),
  },
  // Only the idea's author (the member) may edit or withdraw it; a stale version keeps the world unchanged.
  'PATCH /api/spaces/:slug/consultation/ideas/:id': {
    request: (w) => ({
      method: 'PATCH',
      url: consultationIdea(w),
      payload: { title: 'Matrix idea, edited', body: 'An idea to test who may edit it.', version: 999 },
    }),
    expect: { ...all(404), anonymous: 401, member: 409 },
  },
  'POST /api/spaces/:slug/consultation/ideas/:id/withdrawal': {
    request: (w) => ({ method: 'POST', url: `${consultationIdea(w)}/withdrawal`, payload: { version: 999 } }),
    expect: { ...all(404), anonymous: 401, member: 409 },
  },
  'GET /api/spaces/:slug/consultation/ideas/:id/comments': {
    request: (w) => ({ method: 'GET', url: `${consultationIdea(w)}/comments?limit=5` }),
    expect: all('ok'),
  },
  'POST /api/spaces/:slug/consultation/ideas/:id/comments': {
    request: (w) => ({
      method: 'POST',
      url: `${consultationIdea(w)}/comments`,
      payload: { body: 'A comment', language: 'en' },
    }),
    expect: signedIn,
  },
  // Only the comment's author (the member) may edit it; everyone else who may take part is refused.
  'PATCH /api/spaces/:slug/consultation/ideas/:id/comments/:commentId': {
    request: (w) => ({
      method: 'PATCH',
      url: `${consultationIdea(w)}/comments/${w.consultation.commentId}`,
      payload: { body: 'A comment, edited', version: 999 },
    }),
    expect: { ...all(403), anonymous: 401, member: 409 },
  },
  'PUT /api/spaces/:slug/consultation/ideas/:id/support': {
    request: (w) => ({ method: 'PUT', url: `${consultationIdea(w)}/support` }),
    expect: signedIn,
  },
  'DELETE /api/spaces/:slug/consultation/ideas/:id/support': {
    request: (w) => ({ method: 'DELETE', url: `${consultationIdea(w)}/support` }),
    expect: signedIn,
  },
  'POST /api/spaces/:slug/consultation/ideas/:id/answers': {
    // The manager's answer bumps the idea to version 2; the request always sends the version read first.
    request: (w) => ({
      method: 'POST',
      url: `${consultationIdea(w)}/answers`,
      payload: { status: 'under_review', reason: en('We are looking at it.'), version: 1 },
    }),
    expect: consultationManagers,
  },
  'POST /api/spaces/:slug/consultation/contributions/:id/machine-translations': {
    // No translation service in the test app: signed-in people get past the rules to the missing service.
    request: (w) => ({
      method: 'POST',
      url: `${contribution(w)}/machine-translations`,
      payload: { language: 'fi' },
    }),
    expect: { ...all(503), anonymous: 401 },
  },
  'POST /api/spaces/:slug/consultation/contributions/:id/translations': {
    request: (w, role) => ({
      method: 'POST',
      url: `${contribution(w)}/translations`,
      payload: { language: 'fi', title: `Idea (${role})`, body: 'Idea testata varten.' },
    }),
    expect: signedIn,
  },
  'POST /api/spaces/:slug/consultation/translations/:id/official': {
    request: (w) => ({
      method: 'POST',
      url: `${consultation(w)}/translations/${w.consultation.translationId}/official`,
    }),
    expect: consultationManagers,
  },
  'POST /api/spaces/:slug/consultation/contributions/:id/flags': {
    request: (w) => ({ method: 'POST', url: `${contribution(w)}/flags`, payload: { reason: 'Off topic' } }),
    expect: signedIn,
  },
  'GET /api/spaces/:slug/consultation/moderation': {
    request: (w) => ({ method: 'GET', url: `${consultation(w)}/moderation` }),
    expect: consultationManagers,
  },
  'POST /api/spaces/:slug/consultation/contributions/:id/moderation': {
    request: (w) => ({
      method: 'POST',
      url: `${contribution(w)}/moderation`,
      payload: { action: 'hide', reason: 'Matrix test' },
    }),
    expect: consultationManagers,
  },
  'GET /api/spaces/:slug': { request: (w) => ({ method: 'GET', url: space(w) }), expect: spaceViewers },
  'PATCH /api/spaces/:slug': {
    request: (w) => ({ method: 'PATCH', url: space(w), payload: { visibility: 'members', version: 1 } }),
    expect: spaceManageOnly,
  },
  'GET /api/spaces/:slug/conversation': {
    request: (w) => ({ method: 'GET', url: conversation(w) }),
    expect: spaceViewers,
  },
  'PATCH /api/spaces/:slug/conversation': {
    request: (w) => ({ method: 'PATCH', url: conversation(w), payload: { preModeration: true, version: 1 } }),
    expect: spaceManageOnly,
  },
  'GET /api/spaces/:slug/conversation/statements': {
    request: (w) => ({ method: 'GET', url: `${conversation(w)}/statements` }),
    expect: spaceViewers,
  },
  'POST /api/spaces/:slug/conversation/statements': {
    request: (w, role) => ({
      method: 'POST',
      url: `${conversation(w)}/statements`,
      payload: { text: `A statement by the ${role}`, language: 'en' },
    }),
    expect: conversationParticipants,
  },
  'POST /api/spaces/:slug/conversation/statements/:statementId/moderation': {
    request: (w) => ({
      method: 'POST',
      url: `${conversation(w)}/statements/0/moderation`,
      payload: { status: 'rejected', reason: 'Off topic', version: 1 },
    }),
    expect: spaceManageOnly,
  },
  'GET /api/spaces/:slug/conversation/next': {
    request: (w) => ({ method: 'GET', url: `${conversation(w)}/next` }),
    expect: conversationParticipants,
  },
  'POST /api/spaces/:slug/conversation/votes': {
    request: (w) => ({
      method: 'POST',
      url: `${conversation(w)}/votes`,
      payload: { statementId: 0, vote: 1 },
    }),
    expect: conversationParticipants,
  },
  'PUT /api/spaces/:slug/conversation/me/country': {
    request: (w) => ({ method: 'PUT', url: `${conversation(w)}/me/country`, payload: { country: 'EE' } }),
    // The member's directory profile already gives a country (FI), so they are not asked again.
    expect: { ...conversationParticipants, member: 409 },
  },
  'GET /api/spaces/:slug/conversation/results': {
    request: (w) => ({ method: 'GET', url: `${conversation(w)}/results` }),
    expect: spaceViewers,
  },
  'GET /api/spaces/:slug/conversation/results/version': {
    request: (w) => ({ method: 'GET', url: `${conversation(w)}/results/version` }),
    expect: spaceViewers,
  },
  'GET /api/spaces/:slug/conversation/export/:file': {
    request: (w) => ({ method: 'GET', url: `${conversation(w)}/export/votes.csv` }),
    expect: spaceManageOnly,
  },
  'POST /api/spaces/:slug/conversation/import': {
    request: (w) => ({
      method: 'POST',
      url: `/api/spaces/${w.emptyConversation.slug}/conversation/import`,
      payload: {
        comments: 'comment-id,moderated,comment-body\n0,1,Hourly ferries\n',
        votes: 'timestamp,comment-id,voter-id,vote\n1,0,0,1\n',
        language: 'en',
      },
    }),
    // The member is not in this members-only conversation, so it does not exist for them.
    expect: { ...spaceManageOnly, member: 404 },
  },
  'GET /api/spaces/:slug/owner-requests': {
    request: (w) => ({ method: 'GET', url: `${space(w)}/owner-requests` }),
    expect: spaceManageOnly,
  },
  'POST /api/spaces/:slug/owner-requests': {
    request: (w) => ({
      method: 'POST',
      url: `${space(w)}/owner-requests`,
      payload: { organisationId: w.orgC.id },
    }),
    expect: { ...spaceManageOnly, anonymous: 401 },
  },
  'POST /api/spaces/:slug/owner-requests/:id/decision': {
    request: (w) => ({
      method: 'POST',
      url: `${space(w)}/owner-requests/${w.ownerRequestId}/decision`,
      payload: { accept: true },
    }),
    expect: platformAdminOnly,
  },
  'DELETE /api/spaces/:slug/owners/:organisationId': {
    request: (w) => ({ method: 'DELETE', url: `${space(w)}/owners/${w.orgD.id}` }),
    expect: spaceManageOnly,
  },
  'GET /api/spaces/:slug/members': {
    request: (w) => ({ method: 'GET', url: `${space(w)}/members` }),
    expect: spaceViewers,
  },
  'PATCH /api/spaces/:slug/members/:userId': {
    request: (w) => ({
      method: 'PATCH',
      url: `${space(w)}/members/${w.users.member.id}`,
      payload: { role: 'edit', version: 1 },
    }),
    expect: spaceManageOnly,
  },
  'DELETE /api/spaces/:slug/members/:userId': {
    request: (w) => ({ method: 'DELETE', url: `${space(w)}/members/${w.users.extra.id}` }),
    expect: { ...spaceManageOnly, anonymous: 401 },
  },
  'GET /api/spaces/:slug/invitations': {
    request: (w) => ({ method: 'GET', url: `${space(w)}/invitations` }),
    expect: spaceManageOnly,
  },
  'POST /api/spaces/:slug/invitations': {
    request: (w) => ({
      method: 'POST',
      url: `${space(w)}/invitations`,
      payload: { email: 'x@example.org', role: 'view' },
    }),
    expect: spaceManageOnly,
  },
  'DELETE /api/spaces/:slug/invitations/:id': {
    request: (w) => ({ method: 'DELETE', url: `${space(w)}/invitations/${w.spaceInvitationId}` }),
    expect: spaceManageOnly,
  },
  'POST /api/invitations/space/accept': {
    request: () => ({
      method: 'POST',
      url: '/api/invitations/space/accept',
      payload: { token: 'not-a-real-token-at-all' },
    }),
    expect: { ...all(410), anonymous: 401 },
  },
  'GET /api/me/invitations': {
    request: () => ({ method: 'GET', url: '/api/me/invitations' }),
    expect: signedIn,
  },
  'POST /api/me/invitations/:kind/:id/accept': {
    request: (w) => ({
      method: 'POST',
      url: `/api/me/invitations/organisation/${w.orgInvitationForNobodyId}/accept`,
    }),
    expect: { ...all(403), anonymous: 401 },
  },
  'GET /api/audit': { request: () => ({ method: 'GET', url: '/api/audit' }), expect: platformAdminOnly },
  'GET /api/audit/verify': {
    request: () => ({ method: 'GET', url: '/api/audit/verify' }),
    expect: platformAdminOnly,
  },
  'GET /api/spaces/:slug/audit': {
    request: (w) => ({ method: 'GET', url: `${space(w)}/audit` }),
    expect: spaceManageOnly,
  },

  'GET /api/session': { request: () => ({ method: 'GET', url: '/api/session' }), expect: all('ok') },
  'POST /api/auth/signup': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/signup',
      payload: {
        email: `matrix.${randomUUID()}@example.org`,
        password: 'a long enough password',
        displayName: 'M',
      },
    }),
    expect: all('ok'),
  },
  'POST /api/auth/login': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'nobody@example.org', password: 'wrong' },
    }),
    expect: all(401),
  },
  'POST /api/auth/logout': {
    request: () => ({ method: 'POST', url: '/api/auth/logout' }),
    expect: all('ok'),
  },
  'POST /api/auth/verify-email': {
    request: () => ({ method: 'POST', url: '/api/auth/verify-email', payload: { token: 'x'.repeat(43) } }),
    expect: all(422),
  },
  'POST /api/auth/resend-verification': {
    request: () => ({ method: 'POST', url: '/api/auth/resend-verification' }),
    expect: signedIn,
  },
  'POST /api/auth/password-reset/request': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/password-reset/request',
      payload: { email: 'nobody@example.org' },
    }),
    expect: all('ok'),
  },
  'POST /api/auth/password-reset/confirm': {
    request: () => ({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token: 'x'.repeat(43), password: 'a long enough password' },
    }),
    expect: all(422),
  },
  'GET /api/me': { request: () => ({ method: 'GET', url: '/api/me' }), expect: signedIn },
  'PATCH /api/me': {
    request: () => ({ method: 'PATCH', url: '/api/me', payload: { language: 'fr', version: 1 } }),
    expect: signedIn,
  },
  'POST /api/me/password': {
    // Matrix users have no password, so a signed-in caller reaches the check and fails it.
    request: () => ({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: 'not set', newPassword: 'a long enough password' },
    }),
    expect: signedInButUnprocessable,
  },
  'GET /api/me/tokens': { request: () => ({ method: 'GET', url: '/api/me/tokens' }), expect: signedIn },
  'POST /api/me/tokens': {
    request: () => ({ method: 'POST', url: '/api/me/tokens', payload: { name: 'matrix', scopes: ['read'] } }),
    expect: sessionOnly,
    expectFromBrowser: signedIn,
  },
  'DELETE /api/me/tokens/:id': {
    request: () => ({ method: 'DELETE', url: `/api/me/tokens/${randomUUID()}` }),
    expect: signedInNotFound,
  },
  'GET /api/admin/users': {
    request: () => ({ method: 'GET', url: '/api/admin/users' }),
    expect: platformAdminOnly,
  },
  'PATCH /api/admin/users/:id': {
    request: (w) => ({
      method: 'PATCH',
      url: `/api/admin/users/${w.users.extra.id}`,
      payload: { platformRole: 'member', version: 1 },
    }),
    expect: platformAdminOnly,
  },
  'GET /api/admin/outbox': {
    request: () => ({ method: 'GET', url: '/api/admin/outbox' }),
    expect: platformAdminOnly,
  },
  // The matrix app has no OIDC configuration: both answer 404 problem+json to everyone.
  'GET /api/auth/oidc/start': {
    request: () => ({ method: 'GET', url: '/api/auth/oidc/start' }),
    expect: all(404),
  },
  'GET /api/auth/oidc/callback': {
    request: () => ({ method: 'GET', url: '/api/auth/oidc/callback' }),
    expect: all(404),
  },

  'GET /api/people': { request: () => ({ method: 'GET', url: '/api/people?q=member' }), expect: all('ok') },
  'GET /api/people/:userId': {
    request: (w) => ({ method: 'GET', url: `/api/people/${w.users.member.id}` }),
    expect: all('ok'),
  },
  'GET /api/me/profile': {
    request: () => ({ method: 'GET', url: '/api/me/profile' }),
    expect: { anonymous: 401, outsider: 404, member: 'ok', manager: 404, admin: 404 },
  },
  'PUT /api/me/profile': {
    request: () => ({ method: 'PUT', url: '/api/me/profile', payload: { languages: ['en'] } }),
    // The member has a profile already: an edit without the version read is refused, never applied blindly.
    expect: { anonymous: 401, outsider: 'ok', member: 409, manager: 'ok', admin: 'ok' },
  },

  'GET /api/networks': { request: () => ({ method: 'GET', url: '/api/networks' }), expect: all('ok') },
  'POST /api/networks': {
    request: () => ({
      method: 'POST',
      url: '/api/networks',
      payload: {
        slug: `net-${randomUUID().slice(0, 8)}`,
        names: { en: { text: 'A network' } },
        kind: 'city_network',
      },
    }),
    expect: signedIn,
  },
  'GET /api/networks/:slug': {
    request: (w) => ({ method: 'GET', url: network(w) }),
    expect: all('ok'),
  },
  'PATCH /api/networks/:slug': {
    request: (w) => ({
      method: 'PATCH',
      url: network(w),
      payload: { tags: ['water'], version: w.network.version },
    }),
    expect: networkCoordinatorOnly,
  },
  'GET /api/organisations/:slug/networks': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/networks` }),
    expect: all('ok'),
  },
  'GET /api/networks/:slug/members': {
    request: (w) => ({ method: 'GET', url: `${network(w)}/members` }),
    expect: all('ok'),
  },
  'POST /api/networks/:slug/join': {
    request: (w) => ({ method: 'POST', url: `${network(w)}/join`, payload: {} }),
    // The manager coordinates it in person already.
    expect: { anonymous: 401, outsider: 'ok', member: 'ok', manager: 409, admin: 'ok' },
  },
  'GET /api/networks/:slug/join-requests': {
    request: (w) => ({ method: 'GET', url: `${network(w)}/join-requests` }),
    expect: networkCoordinatorOnly,
  },
  'POST /api/networks/:slug/join-requests/:id/decision': {
    request: (w) => ({
      method: 'POST',
      url: `${network(w)}/join-requests/${w.networkRequestId}/decision`,
      payload: { approve: false },
    }),
    expect: networkCoordinatorOnly,
  },
  'PATCH /api/networks/:slug/members/:id': {
    request: (w) => ({
      method: 'PATCH',
      url: `${network(w)}/members/${w.networkOrgMemberId}`,
      payload: { role: 'coordinator', version: 1 },
    }),
    expect: networkCoordinatorOnly,
  },
  'DELETE /api/networks/:slug/members/:id': {
    request: (w) => ({ method: 'DELETE', url: `${network(w)}/members/${w.networkPersonMemberId}` }),
    // Once the manager has removed the member, there is nothing left for the admin to remove.
    expect: { ...networkCoordinatorOnly, admin: 404 },
  },

  'POST /api/directory/find-partners': {
    request: () => ({
      method: 'POST',
      url: '/api/directory/find-partners',
      payload: { problem: 'water supply in border towns', country: 'FI' },
    }),
    expect: all('ok'),
  },
  'GET /api/jurisdictions': {
    request: () => ({ method: 'GET', url: '/api/jurisdictions?q=vaasa' }),
    expect: all('ok'),
  },
  'GET /api/jurisdictions/:code': {
    request: () => ({ method: 'GET', url: '/api/jurisdictions/FI?language=sv' }),
    expect: all('ok'),
  },
  'GET /api/directory/graph': {
    request: () => ({ method: 'GET', url: '/api/directory/graph' }),
    expect: all('ok'),
  },

  'GET /api/organisations/:slug/pairing-cohorts': {
    request: (w) => ({ method: 'GET', url: `${org(w)}/pairing-cohorts` }),
    expect: orgAdminOnly,
  },
  'POST /api/organisations/:slug/pairing-cohorts': {
    request: (w) => ({
      method: 'POST',
      url: `${org(w)}/pairing-cohorts`,
      payload: { name: 'Cohort', country: 'FI', cohort: [w.users.member.id], pool: [w.users.extra.id] },
    }),
    expect: orgAdminOnly,
  },
  'GET /api/pairing-cohorts/:id': {
    request: (w) => ({ method: 'GET', url: cohort(w) }),
    expect: orgAdminOnly,
  },
  'PUT /api/pairing-cohorts/:id/participants': {
    request: (w) => ({
      method: 'PUT',
      url: `${cohort(w)}/participants`,
      payload: { cohort: [w.users.member.id], pool: [w.users.extra.id], version: w.cohort.version },
    }),
    expect: orgAdminOnly,
  },
  'POST /api/pairing-cohorts/:id/proposal': {
    request: (w) => ({
      method: 'POST',
      url: `${cohort(w)}/proposal`,
      payload: { version: w.cohort.version },
    }),
    expect: orgAdminOnly,
  },
  'PUT /api/pairing-cohorts/:id/pairs': {
    request: (w) => ({
      method: 'PUT',
      url: `${cohort(w)}/pairs`,
      payload: {
        pairs: [{ personId: w.users.member.id, counterpartId: w.users.extra.id }],
        version: w.cohort.version,
      },
    }),
    expect: orgAdminOnly,
  },
  'POST /api/pairing-cohorts/:id/confirmation': {
    request: (w) => ({
      method: 'POST',
      url: `${cohort(w)}/confirmation`,
      payload: { version: w.cohort.version },
    }),
    expect: orgAdminOnly,
  },
  ...ASSEMBLY_MATRIX,
};
