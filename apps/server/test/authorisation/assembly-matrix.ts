import { TEST_CATEGORIES, testQuotas } from '../assembly-fixtures.ts';
import type { MatrixEntry, Outcome } from './matrix.ts';
import type { Role, World } from './world.ts';

const all = (outcome: Outcome): Record<Role, Outcome> => ({
  anonymous: outcome,
  outsider: outcome,
  member: outcome,
  manager: outcome,
  admin: outcome,
});
/** The world's assembly is public: everyone sees it, only its managers run it. */
const assemblyManagers: Record<Role, Outcome> = {
  anonymous: 401,
  outsider: 403,
  member: 403,
  manager: 'ok',
  admin: 403,
};
const url = (w: World, path = '') => `/api/spaces/${w.assembly.slug}/assembly${path}`;
const text = (value: string) => ({ en: { text: value, provenance: 'original' } });

export const ASSEMBLY_MATRIX: Record<string, MatrixEntry> = {
  'GET /api/spaces/:slug/assembly': { request: (w) => ({ method: 'GET', url: url(w) }), expect: all('ok') },
  'PATCH /api/spaces/:slug/assembly': {
    request: (w) => ({ method: 'PATCH', url: url(w), payload: { panelSize: 6, version: 4 } }),
    expect: assemblyManagers,
  },
  'PUT /api/spaces/:slug/assembly/quotas': {
    request: (w) => ({
      method: 'PUT',
      url: url(w, '/quotas'),
      payload: { categories: TEST_CATEGORIES, quotas: testQuotas(1, 5), version: 4 },
    }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/quotas/check': {
    request: (w) => ({
      method: 'POST',
      url: url(w, '/quotas/check'),
      payload: { categories: TEST_CATEGORIES, quotas: testQuotas(1, 5), panelSize: 6 },
    }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/registrations': {
    request: (w, role) => ({
      method: 'POST',
      url: url(w, '/registrations'),
      payload: {
        name: `Matrix ${role}`,
        email: `${role}.volunteer@example.org`,
        household: '65100 Vaasa',
        features: { gender: 'woman', country: 'fi' },
        consent: true,
        language: 'en',
      },
    }),
    // Public participation: anyone, signed in or not, may volunteer.
    expect: all('ok'),
  },
  'GET /api/spaces/:slug/assembly/my-registration/:token': {
    request: (w) => ({ method: 'GET', url: url(w, '/my-registration/asm_not-a-real-token') }),
    expect: all(404),
  },
  'DELETE /api/spaces/:slug/assembly/my-registration/:token': {
    request: (w) => ({ method: 'DELETE', url: url(w, '/my-registration/asm_not-a-real-token') }),
    expect: all(404),
  },
  'GET /api/spaces/:slug/assembly/volunteers': {
    request: (w) => ({ method: 'GET', url: url(w, '/volunteers') }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/volunteers/import': {
    request: (w) => ({
      method: 'POST',
      url: url(w, '/volunteers/import'),
      payload: { csv: 'gender,country\nwoman,se\n' },
    }),
    expect: assemblyManagers,
  },
  'DELETE /api/spaces/:slug/assembly/volunteers/:id': {
    request: (w) => ({ method: 'DELETE', url: url(w, `/volunteers/${w.assembly.volunteerId}`) }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/personal-data/erase': {
    request: (w) => ({ method: 'POST', url: url(w, '/personal-data/erase') }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/runs': {
    request: (w) => ({
      method: 'POST',
      url: url(w, '/runs'),
      payload: { algorithm: 'maximin', lotterySize: 10 },
    }),
    expect: assemblyManagers,
  },
  'GET /api/spaces/:slug/assembly/runs': {
    request: (w) => ({ method: 'GET', url: url(w, '/runs') }),
    expect: assemblyManagers,
  },
  'GET /api/spaces/:slug/assembly/runs/:id': {
    request: (w) => ({ method: 'GET', url: url(w, `/runs/${w.assembly.runId}`) }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/runs/:id/publish': {
    request: (w) => ({ method: 'POST', url: url(w, `/runs/${w.assembly.runId}/publish`), payload: {} }),
    expect: assemblyManagers,
  },
  'GET /api/spaces/:slug/assembly/lottery': {
    request: (w) => ({ method: 'GET', url: url(w, '/lottery') }),
    expect: all('ok'),
  },
  'POST /api/spaces/:slug/assembly/lottery/verify': {
    // A seed that does not match the commitment: refused, naming the seed, for everyone alike.
    request: (w) => ({ method: 'POST', url: url(w, '/lottery/verify'), payload: { seed: 'ab'.repeat(32) } }),
    expect: all(422),
  },
  'POST /api/spaces/:slug/assembly/draw': {
    request: (w) => ({ method: 'POST', url: url(w, '/draw'), payload: {} }),
    expect: assemblyManagers,
  },
  'POST /api/spaces/:slug/assembly/replacements': {
    // Before the draw there is no panel to replace anyone on.
    request: (w) => ({
      method: 'POST',
      url: url(w, '/replacements'),
      payload: { dropoutIds: [w.assembly.volunteerId] },
    }),
    expect: { ...assemblyManagers, manager: 409 },
  },
  'POST /api/spaces/:slug/assembly/recommendations': {
    request: (w) => ({
      method: 'POST',
      url: url(w, '/recommendations'),
      payload: { titles: text('T'), texts: text('Text'), votesFor: 3, votesAgainst: 1, votesAbstain: 0 },
    }),
    expect: assemblyManagers,
  },
  'PATCH /api/spaces/:slug/assembly/recommendations/:id': {
    request: (w) => ({
      method: 'PATCH',
      url: url(w, `/recommendations/${w.assembly.recommendationId}`),
      payload: { votesFor: 4, version: 1 },
    }),
    expect: assemblyManagers,
  },
  'PUT /api/spaces/:slug/assembly/recommendations/:id/responses/:organisationId': {
    // Answered for organisation A: its owner (the manager) may; its plain member may not.
    request: (w) => ({
      method: 'PUT',
      url: url(w, `/recommendations/${w.assembly.recommendationId}/responses/${w.orgA.id}`),
      payload: { stance: 'accepted', reasons: text('Agreed by the council.') },
    }),
    expect: assemblyManagers,
  },
};
