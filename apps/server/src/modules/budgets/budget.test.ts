import { computeBudget, parsePb } from '@crossgov/budgeting';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  budgetSettingsBody,
  closeVoting,
  createBudget,
  projectBody,
} from '../../../test/budget-factories.ts';
import {
  as,
  createOrganisation,
  createSpace,
  createTestUser,
  type TestUser,
} from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { users } from '../accounts/account.table.ts';
import { auditLog } from '../audit/audit.table.ts';

describe('participatory budgets', () => {
  let t: TestApp;
  let manager: TestUser;
  let voters: TestUser[];
  let orgIds: string[];
  beforeAll(async () => {
    t = await createTestApp();
    manager = await createTestUser(t.database.db, { name: 'Budget manager' });
    voters = [];
    for (let index = 0; index < 5; index++)
      voters.push(await createTestUser(t.database.db, { name: `Voter ${index}` }));
    const orgA = await createOrganisation(t.app, manager, { country: 'SE' });
    const orgB = await createOrganisation(t.app, manager, { country: 'FI' });
    orgIds = [orgA.id, orgB.id];
  });
  afterAll(() => t.close());

  const vote = (user: TestUser, url: string, payload: object) =>
    as(t.app, user)({ method: 'PUT', url: `${url}/ballot`, payload });

  it('answers 404 for a space of another kind', async () => {
    const workspace = await createSpace(t.app, manager, orgIds, { visibility: 'public' });
    const response = await as(
      t.app,
      manager,
    )({ method: 'GET', url: `/api/spaces/${workspace.slug}/budgets/settings` });
    expect(response.statusCode).toBe(404);
  });

  it('sums the converted pledges into the pot, per host', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const view = (await as(t.app, null)({ method: 'GET', url: `${budget.url}/settings` })).json();
    expect(view.pot.total).toBe(199_000);
    expect(view.pot.hosts.map((host: { converted: number }) => host.converted)).toEqual([99_000, 100_000]);
    expect(view.phase).toBe('voting');
  });

  it('refuses a stale settings version with 409 and phases out of order naming the field', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const stale = await as(
      t.app,
      manager,
    )({
      method: 'PUT',
      url: `${budget.url}/settings`,
      payload: { ...budgetSettingsBody(), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const disordered = await as(
      t.app,
      manager,
    )({
      method: 'PUT',
      url: `${budget.url}/settings`,
      payload: {
        ...budgetSettingsBody({
          phases: { ...budgetSettingsBody().phases, votingOpen: at(30), votingClose: at(10) },
        }),
        version: 2,
      },
    });
    expect(disordered.statusCode).toBe(422);
    expect(disordered.json().errors ?? disordered.json().fields ?? disordered.body).toBeTruthy();
    expect(disordered.body).toContain('body.phases.votingClose');
  });

  it('lets a resident who is not a member propose during the proposals phase, naming a bad field', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const [resident] = voters as [TestUser];
    const proposed = await as(
      t.app,
      resident,
    )({
      method: 'POST',
      url: `${budget.url}/projects`,
      payload: projectBody(5000),
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json().feasibility).toBe('pending');
    const wrongHost = await as(
      t.app,
      resident,
    )({
      method: 'POST',
      url: `${budget.url}/projects`,
      payload: projectBody(5000, { jurisdiction: 'NO' }),
    });
    expect(wrongHost.statusCode).toBe(422);
    expect(wrongHost.body).toContain('body.jurisdiction');
    const noCost = await as(
      t.app,
      resident,
    )({
      method: 'POST',
      url: `${budget.url}/projects`,
      payload: projectBody(0),
    });
    expect(noCost.statusCode).toBe(400);
    expect(noCost.body).toContain('cost');
  });

  it('refuses residents’ proposals outside the proposals phase but not the managers’', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    await closeVoting(t.app, manager, budget.url);
    const [resident] = voters as [TestUser];
    const late = await as(
      t.app,
      resident,
    )({ method: 'POST', url: `${budget.url}/projects`, payload: projectBody(10) });
    expect(late.statusCode).toBe(403);
    const byManager = await as(
      t.app,
      manager,
    )({ method: 'POST', url: `${budget.url}/projects`, payload: projectBody(10) });
    expect(byManager.statusCode).toBe(201);
  });

  it('requires a public reason for a project that is not feasible, and keeps it off the ballot', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const project = (
      await as(t.app, manager)({ method: 'POST', url: `${budget.url}/projects`, payload: projectBody(1000) })
    ).json();
    const review = (payload: object) =>
      as(t.app, manager)({ method: 'POST', url: `${budget.url}/projects/${project.id}/review`, payload });
    const noReason = await review({ feasibility: 'not_feasible', version: project.version });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.body).toContain('body.reason');
    const refused = await review({
      feasibility: 'not_feasible',
      reason: 'Private land',
      version: project.version,
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json().feasibilityReason).toBe('Private land');
    expect((await review({ feasibility: 'feasible', version: project.version })).statusCode).toBe(409);
    const ballot = await vote(voters[0] as TestUser, budget.url, {
      residence: 'SE',
      projectIds: [project.id],
    });
    expect(ballot.statusCode).toBe(422);
    expect(ballot.body).toContain('body.projectIds.0');
  });

  describe('editing and withdrawing a project', () => {
    /** Proposals open, voting not yet open (so managers may still edit). */
    const beforeVoting = {
      phases: {
        proposalsOpen: at(-48),
        proposalsClose: at(5),
        reviewClose: at(8),
        votingOpen: at(10),
        votingClose: at(24),
        resultsOn: at(48),
      },
    };
    const call = (user: TestUser | null, method: 'PUT' | 'POST', url: string, payload: object) =>
      as(t.app, user)({ method, url, payload });

    it('lets the proposer edit their pending project, versioned, audited, naming a bad field', async () => {
      const budget = await createBudget(t.app, manager, orgIds, [], beforeVoting);
      const [resident, other] = voters as [TestUser, TestUser];
      const project = (await call(resident, 'POST', `${budget.url}/projects`, projectBody(5000))).json();
      const url = `${budget.url}/projects/${project.id}`;
      const edited = await call(resident, 'PUT', url, {
        ...projectBody(7000, { category: 'culture', jurisdiction: 'FI', latitude: null, longitude: null }),
        titles: { fi: { text: 'Uusi nimi', provenance: 'original' } },
        version: project.version,
      });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({
        cost: 7000,
        category: 'culture',
        jurisdiction: 'FI',
        latitude: null,
        version: project.version + 1,
      });
      expect(edited.json().titles.fi.text).toBe('Uusi nimi');
      const stale = await call(resident, 'PUT', url, { ...projectBody(8000), version: project.version });
      expect(stale.statusCode).toBe(409);
      const wrongHost = await call(resident, 'PUT', url, {
        ...projectBody(8000, { jurisdiction: 'NO' }),
        version: project.version + 1,
      });
      expect(wrongHost.statusCode).toBe(422);
      expect(wrongHost.body).toContain('body.jurisdiction');
      const byOther = await call(other, 'PUT', url, { ...projectBody(1), version: project.version + 1 });
      expect(byOther.statusCode).toBe(403);
      expect((await call(null, 'PUT', url, { ...projectBody(1), version: 2 })).statusCode).toBe(401);
      const listed = (await as(t.app, null)({ method: 'GET', url: `${budget.url}/projects` })).json();
      expect(listed.items[0]).toMatchObject({ cost: 7000, jurisdiction: 'FI' });
      const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, project.id));
      const edit = entries.find((entry) => entry.action === 'budget.project_edited');
      expect(edit?.before).toMatchObject({ cost: 5000, jurisdiction: 'SE' });
      expect(edit?.after).toMatchObject({ cost: 7000, jurisdiction: 'FI' });
    });

    it('stops the proposer once the project is reviewed, and managers once voting opens', async () => {
      const budget = await createBudget(t.app, manager, orgIds, [], beforeVoting);
      const [resident] = voters as [TestUser];
      const project = (await call(resident, 'POST', `${budget.url}/projects`, projectBody(5000))).json();
      const url = `${budget.url}/projects/${project.id}`;
      const reviewed = (
        await call(manager, 'POST', `${url}/review`, { feasibility: 'feasible', version: project.version })
      ).json();
      const late = await call(resident, 'PUT', url, { ...projectBody(6000), version: reviewed.version });
      expect(late.statusCode).toBe(409);
      expect(late.body).toContain('reviewed');
      const lateWithdraw = await call(resident, 'POST', `${url}/withdraw`, { version: reviewed.version });
      expect(lateWithdraw.statusCode).toBe(409);
      expect(lateWithdraw.body).toContain('reviewed');
      const byManager = await call(manager, 'PUT', url, { ...projectBody(6500), version: reviewed.version });
      expect(byManager.statusCode).toBe(200);
      expect(byManager.json()).toMatchObject({ cost: 6500, feasibility: 'feasible' });
      // Voting open in the default settings: managers may no longer edit.
      const voting = await createBudget(t.app, manager, orgIds, [1000]);
      const [onBallot] = voting.projects;
      if (!onBallot) throw new Error('no project');
      const refused = await call(manager, 'PUT', `${voting.url}/projects/${onBallot.id}`, {
        ...projectBody(2000),
        version: onBallot.version,
      });
      expect(refused.statusCode).toBe(409);
      expect(refused.body).toContain('Voting has opened');
      const listed = (await as(t.app, null)({ method: 'GET', url: `${voting.url}/projects` })).json();
      expect(listed.items[0].cost).toBe(1000);
    });

    it('lets only the proposer withdraw a pending project, which then stays off the ballot and review', async () => {
      const budget = await createBudget(t.app, manager, orgIds, []);
      const [resident, other] = voters as [TestUser, TestUser];
      const project = (await call(resident, 'POST', `${budget.url}/projects`, projectBody(5000))).json();
      const url = `${budget.url}/projects/${project.id}`;
      expect((await call(other, 'POST', `${url}/withdraw`, { version: project.version })).statusCode).toBe(
        403,
      );
      expect((await call(manager, 'POST', `${url}/withdraw`, { version: project.version })).statusCode).toBe(
        403,
      );
      expect((await call(resident, 'POST', `${url}/withdraw`, { version: 99 })).statusCode).toBe(409);
      const withdrawn = await call(resident, 'POST', `${url}/withdraw`, { version: project.version });
      expect(withdrawn.statusCode).toBe(200);
      expect(withdrawn.json()).toMatchObject({ feasibility: 'withdrawn', version: project.version + 1 });
      const again = await call(resident, 'POST', `${url}/withdraw`, { version: project.version + 1 });
      expect(again.statusCode).toBe(409);
      const edit = await call(resident, 'PUT', url, { ...projectBody(1), version: project.version + 1 });
      expect(edit.statusCode).toBe(409);
      const review = await call(manager, 'POST', `${url}/review`, {
        feasibility: 'feasible',
        version: project.version + 1,
      });
      expect(review.statusCode).toBe(409);
      const ballot = await vote(voters[2] as TestUser, budget.url, {
        residence: 'SE',
        projectIds: [project.id],
      });
      expect(ballot.statusCode).toBe(422);
      const next = (await call(resident, 'POST', `${budget.url}/projects`, projectBody(10))).json();
      expect(next.number).toBe(project.number + 1);
      const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, project.id));
      expect(entries.map((entry) => entry.action)).toContain('budget.project_withdrawn');
    });
  });

  it('checks eligibility: a verified e-mail and a residence in a host jurisdiction or one of its subdivisions', async () => {
    const budget = await createBudget(t.app, manager, orgIds, [1000]);
    const project = { id: budget.projects[0]?.id ?? '' };
    const unverified = await createTestUser(t.database.db, { name: 'Unverified' });
    await t.database.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, unverified.id));
    expect(
      (await vote(unverified, budget.url, { residence: 'SE', projectIds: [project.id] })).statusCode,
    ).toBe(403);
    const abroad = await vote(voters[1] as TestUser, budget.url, {
      residence: 'NO',
      projectIds: [project.id],
    });
    expect(abroad.statusCode).toBe(422);
    expect(abroad.body).toContain('body.residence');
    const county = await vote(voters[1] as TestUser, budget.url, {
      residence: 'SE-AC',
      projectIds: [project.id],
    });
    expect(county.statusCode).toBe(200);
    expect(county.json().ballot.residence).toBe('SE-AC');
  });

  it('keeps one ballot per person, replaced until the deadline and refused after it', async () => {
    const budget = await createBudget(t.app, manager, orgIds, [1000, 2000]);
    const first = { id: budget.projects[0]?.id ?? '' };
    const second = { id: budget.projects[1]?.id ?? '' };
    const voter = voters[2] as TestUser;
    expect((await vote(voter, budget.url, { residence: 'FI', projectIds: [first.id] })).statusCode).toBe(200);
    expect((await vote(voter, budget.url, { residence: 'FI', projectIds: [second.id] })).statusCode).toBe(
      200,
    );
    const view = (await as(t.app, voter)({ method: 'GET', url: `${budget.url}/settings` })).json();
    expect(view.ballotCount).toBe(1);
    const mine = (await as(t.app, voter)({ method: 'GET', url: `${budget.url}/ballot` })).json();
    expect(mine.ballot.projectIds).toEqual([second.id]);
    await closeVoting(t.app, manager, budget.url);
    expect((await vote(voter, budget.url, { residence: 'FI', projectIds: [first.id] })).statusCode).toBe(403);
  });

  it('refuses an approval basket that costs more than the budget', async () => {
    const budget = await createBudget(t.app, manager, orgIds, [150_000, 60_000]);
    const ids = budget.projects.map((project) => project.id);
    const over = await vote(voters[0] as TestUser, budget.url, { residence: 'SE', projectIds: ids });
    expect(over.statusCode).toBe(422);
    expect(over.body).toContain('more than the budget of 199000');
  });

  it('validates cumulative points, ranks and a single choice against the method', async () => {
    const cumulative = await createBudget(t.app, manager, orgIds, [100, 200, 300], {
      method: { type: 'cumulative', totalPoints: 10, maxPerProject: 6 },
    });
    const ids = cumulative.projects.map((project) => project.id);
    const voter = voters[3] as TestUser;
    const tooMany = await vote(voter, cumulative.url, {
      residence: 'FI',
      projectIds: ids,
      points: [6, 3, 2],
    });
    expect(tooMany.statusCode).toBe(422);
    expect(tooMany.body).toContain('11 points given, at most 10');
    const overOne = await vote(voter, cumulative.url, {
      residence: 'FI',
      projectIds: ids,
      points: [7, 1, 1],
    });
    expect(overOne.body).toContain('body.points.0');
    expect(
      (await vote(voter, cumulative.url, { residence: 'FI', projectIds: ids, points: [6, 3, 1] })).statusCode,
    ).toBe(200);

    const ranking = await createBudget(t.app, manager, orgIds, [100, 200, 300], {
      method: { type: 'ranking', maxRanks: 2 },
    });
    const rankIds = ranking.projects.map((project) => project.id);
    expect((await vote(voter, ranking.url, { residence: 'FI', projectIds: rankIds })).statusCode).toBe(422);
    expect(
      (await vote(voter, ranking.url, { residence: 'FI', projectIds: rankIds.slice(0, 2) })).statusCode,
    ).toBe(200);

    const single = await createBudget(t.app, manager, orgIds, [100, 200], { method: { type: 'choose-one' } });
    const singleIds = single.projects.map((project) => project.id);
    const two = await vote(voter, single.url, { residence: 'FI', projectIds: singleIds });
    expect(two.body).toContain('choose exactly one project');
    expect((await vote(voter, single.url, { residence: 'FI', projectIds: [singleIds[1]] })).statusCode).toBe(
      200,
    );
  });

  describe('results', () => {
    let budget: Awaited<ReturnType<typeof createBudget>>;
    beforeAll(async () => {
      // Sweden's voters all like the big project, Finland's the small ones: MES and greedy disagree.
      budget = await createBudget(t.app, manager, orgIds, [120_000, 70_000, 60_000, 50_000], {
        rule: { rule: 'mes', completion: 'none', satisfaction: 'cost' },
      });
      const [big, a, b, c] = budget.projects.map((project) => project.id) as [string, string, string, string];
      const ballots: [string, string[]][] = [
        ['SE', [big]],
        ['SE-AC', [big]],
        ['SE', [big]],
        ['FI', [b, c]],
        ['FI-15', [a, b, c]],
      ];
      for (const [index, [residence, projectIds]] of ballots.entries()) {
        const response = await vote(voters[index] as TestUser, budget.url, { residence, projectIds });
        expect(response.statusCode).toBe(200);
      }
    });

    it('cannot be computed before voting closes, and are hidden from the public until published', async () => {
      const early = await as(t.app, manager)({ method: 'POST', url: `${budget.url}/results` });
      expect(early.statusCode).toBe(409);
      await closeVoting(t.app, manager, budget.url);
      const computed = await as(t.app, manager)({ method: 'POST', url: `${budget.url}/results` });
      expect(computed.statusCode).toBe(200);
      expect((await as(t.app, null)({ method: 'GET', url: `${budget.url}/results` })).statusCode).toBe(404);
      const published = await as(t.app, manager)({ method: 'POST', url: `${budget.url}/results/publish` });
      expect(published.statusCode).toBe(200);
      expect((await as(t.app, null)({ method: 'GET', url: `${budget.url}/results` })).statusCode).toBe(200);
    });

    it('equal the engine’s outcome on the exported .pb file, with greedy, explanations and fairness', async () => {
      const results = (await as(t.app, null)({ method: 'GET', url: `${budget.url}/results` })).json();
      const exported = await as(t.app, manager)({ method: 'GET', url: `${budget.url}/export` });
      expect(exported.statusCode).toBe(200);
      const instance = parsePb(exported.body);
      expect(instance.ballots.map((ballot) => ballot.voterId)).toEqual(['1', '2', '3', '4', '5']);
      // Written in an order set by the ballots' content, not by when they were cast (cast as SE, SE-AC, SE, FI, FI-15).
      expect(instance.ballots.map((ballot) => ballot.fields.residence)).toEqual([
        'FI-15',
        'FI',
        'SE-AC',
        'SE',
        'SE',
      ]);
      const engine = computeBudget(instance, { rule: 'mes', completion: 'none', satisfaction: 'cost' });
      const greedy = computeBudget(instance, { rule: 'greedy' });
      const numberOf = new Map(
        results.projects.map((project: { id: string; number: number }) => [
          project.id,
          String(project.number),
        ]),
      );
      expect(results.selected.map((id: string) => numberOf.get(id))).toEqual(engine.selected);
      expect(results.greedySelected.map((id: string) => numberOf.get(id))).toEqual(greedy.selected);
      expect(results.selected).not.toEqual(results.greedySelected);
      expect(
        results.projects.every((project: { explanation: unknown }) => project.explanation !== null),
      ).toBe(true);
      const fairness = Object.fromEntries(
        results.fairness.map((row: { jurisdiction: string; contributed: number; voters: number }) => [
          row.jurisdiction,
          row,
        ]),
      );
      expect(fairness.SE.contributed).toBe(99_000);
      expect(fairness.FI.voters).toBe(2);
    });

    it('round-trips: the exported file imported into a new budget gives the same outcome', async () => {
      const exported = (await as(t.app, manager)({ method: 'GET', url: `${budget.url}/export` })).body;
      const replay = await createBudget(t.app, manager, orgIds, [], {
        rule: { rule: 'mes', completion: 'none', satisfaction: 'cost' },
      });
      const imported = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: `${replay.url}/import`,
        payload: { pb: exported },
      });
      expect(imported.statusCode).toBe(200);
      expect(imported.json()).toEqual({ projects: 4, ballots: 5 });
      await closeVoting(t.app, manager, replay.url);
      const replayed = (await as(t.app, manager)({ method: 'POST', url: `${replay.url}/results` })).json();
      const original = (await as(t.app, null)({ method: 'GET', url: `${budget.url}/results` })).json();
      const costs = (results: { selected: string[]; projects: { id: string; cost: number }[] }) =>
        results.selected.map((id) => results.projects.find((project) => project.id === id)?.cost);
      expect(costs(replayed)).toEqual(costs(original));
      expect(replayed.fairness).toEqual(original.fairness);
    });

    it('tracks the delivery of funded projects and turns one into a workspace', async () => {
      const results = (await as(t.app, null)({ method: 'GET', url: `${budget.url}/results` })).json();
      const [funded] = results.selected as [string];
      const unfunded = results.projects.find((project: { funded: boolean }) => !project.funded);
      const update = (id: string) =>
        as(
          t.app,
          manager,
        )({
          method: 'POST',
          url: `${budget.url}/projects/${id}/delivery`,
          payload: { status: 'in_progress', note: 'Work started', happenedOn: '2026-11-20' },
        });
      const done = await update(funded);
      expect(done.statusCode).toBe(200);
      expect(done.json().deliveryStatus).toBe('in_progress');
      expect(done.json().deliveryUpdates).toHaveLength(1);
      expect((await update(unfunded.id)).statusCode).toBe(409);
      const initiative = await as(
        t.app,
        manager,
      )({
        method: 'POST',
        url: `${budget.url}/projects/${funded}/initiative`,
      });
      expect(initiative.statusCode).toBe(200);
      const slug = initiative.json().initiative.slug;
      const space = (await as(t.app, manager)({ method: 'GET', url: `/api/spaces/${slug}` })).json();
      expect(space.kind).toBe('workspace');
      expect(space.owners.map((owner: { organisationId: string }) => owner.organisationId).sort()).toEqual(
        [...orgIds].sort(),
      );
    });
  });

  it('answers 422 naming the line of a malformed .pb file, and writes nothing', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const broken = 'META\nkey;value\nbudget;1000\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;abc\n';
    const response = await as(
      t.app,
      manager,
    )({ method: 'POST', url: `${budget.url}/import`, payload: { pb: broken } });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('line 7');
    const view = (await as(t.app, manager)({ method: 'GET', url: `${budget.url}/settings` })).json();
    expect(view.projectCount).toBe(0);
  });

  it('accepts or cleanly refuses any mangled .pb file, never half-writing one', async () => {
    const budget = await createBudget(t.app, manager, orgIds, []);
    const lines = [
      'META',
      'key;value',
      'budget;1000',
      'vote_type;approval',
      'vote_type;cumulative',
      'PROJECTS',
      'project_id;cost;name',
      '1;500;"Park; north"',
      '2;abc;x',
      '3;-4;y',
      'VOTES',
      'voter_id;vote;residence',
      '1;1;SE',
      '2;1,2;FI',
      '3;9;NO',
      '"unclosed;1',
      '',
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...lines), { minLength: 1, maxLength: 14 }),
        async (picked) => {
          const before = (await as(t.app, manager)({ method: 'GET', url: `${budget.url}/settings` })).json();
          const response = await as(
            t.app,
            manager,
          )({
            method: 'POST',
            url: `${budget.url}/import`,
            payload: { pb: picked.join('\n') },
          });
          // An empty file fails the body's schema (400 naming body.pb); anything else reaches the parser.
          expect(picked.join('\n') === '' ? [400] : [200, 422]).toContain(response.statusCode);
          const after = (await as(t.app, manager)({ method: 'GET', url: `${budget.url}/settings` })).json();
          if (response.statusCode !== 200) expect(after.projectCount).toBe(before.projectCount);
          else expect(after.projectCount).toBe(before.projectCount + response.json().projects);
        },
      ),
      { numRuns: 40 },
    );
  });
});
