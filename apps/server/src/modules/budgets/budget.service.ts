import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { type Actor, signedIn } from '../../lib/actor.ts';
import { conflict, forbidden, invalid, notFound, versionConflict } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { lockSpace, requireSpaceOfKind, type SpaceAccess } from '../spaces/space.access.ts';
import type { SpacePermissions } from '../spaces/space.policy.ts';
import type {
  FEASIBILITIES,
  projectEditIn,
  projectIn,
  reviewIn,
  settingsIn,
  withdrawIn,
} from './budget.dto.ts';
import {
  type BudgetSettings,
  currentPhase,
  potOf,
  proposalsOpen,
  settingsProblems,
  votingOpen,
} from './budget.model.ts';
import {
  countsOf,
  deliveryUpdateRows,
  findProject,
  findResults,
  findSettings,
  initiativeSlugs,
  nextProjectNumber,
  projectRows,
  updateProjectAtVersion,
} from './budget.repo.ts';
import { budgetProjects, budgetSettings } from './budget.table.ts';

type SettingsIn = import('zod').infer<typeof settingsIn>;
type ProjectIn = import('zod').infer<typeof projectIn>;
type ReviewIn = import('zod').infer<typeof reviewIn>;
type ProjectEditIn = import('zod').infer<typeof projectEditIn>;
type WithdrawIn = import('zod').infer<typeof withdrawIn>;

/** A budget space and the actor's rights in it; 404 for a space of another kind, as if it had no budget. */
export async function requireBudget(
  db: Database,
  slug: string,
  actor: Actor | null,
  permission: keyof SpacePermissions = 'view',
): Promise<SpaceAccess> {
  return requireSpaceOfKind(db, slug, actor, 'budget', 'Budget', permission);
}

export async function budgetView(db: Database, actor: Actor | null, slug: string, now = new Date()) {
  const access = await requireBudget(db, slug, actor);
  const { settings, version } = await findSettings(db, access.space.id);
  const counts = await countsOf(db, access.space.id);
  const results = await findResults(db, access.space.id);
  const manage = access.permissions.manage;
  return {
    settings,
    version,
    pot: potOf(settings),
    phase: currentPhase(settings, now),
    projectCount: counts.projects,
    ballotCount: counts.ballots,
    results: results ? (results.publishedAt ? 'published' : 'computed') : 'none',
    can: {
      manage,
      propose: access.permissions.participate && (manage || proposalsOpen(settings, now)),
      vote: access.permissions.participate && actor?.emailVerified === true && votingOpen(settings, now),
    },
  } as const;
}

/** Managers edit the whole settings document at once; a stale version answers 409. */
export async function updateSettings(db: Database, actor: Actor | null, slug: string, input: SettingsIn) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const { version, ...settings } = input;
  const next: BudgetSettings = settings;
  const problems = settingsProblems(next);
  if (problems.length > 0) throw invalid('Some budget settings do not fit together.', problems);
  const spaceId = access.space.id;
  await db.transaction(async (tx) => {
    const current = await findSettings(tx, spaceId);
    if (current.version !== version) throw versionConflict('This budget', current.version);
    const stored =
      'stored' in current
        ? await tx
            .insert(budgetSettings)
            .values({ spaceId, settings: next, version: 2 })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(budgetSettings)
            .set({ settings: next, version: version + 1, updatedAt: new Date() })
            .where(and(eq(budgetSettings.spaceId, spaceId), eq(budgetSettings.version, version)))
            .returning();
    if (stored.length === 0) throw versionConflict('This budget', version + 1);
    await recordAudit(tx, {
      actor,
      action: 'budget.settings_updated',
      entityType: 'budget',
      entityId: spaceId,
      spaceId,
      before: current.settings,
      after: next,
    });
  });
  return budgetView(db, actor, slug);
}

export async function listBudgetProjects(db: Database, actor: Actor | null, slug: string) {
  const access = await requireBudget(db, slug, actor);
  const spaceId = access.space.id;
  const [rows, updates, initiatives] = [
    await projectRows(db, spaceId),
    await deliveryUpdateRows(db, spaceId),
    await initiativeSlugs(db, spaceId),
  ];
  return {
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      titles: row.titles,
      descriptions: row.descriptions,
      cost: row.cost,
      category: row.category,
      latitude: row.latitude,
      longitude: row.longitude,
      jurisdiction: row.jurisdiction,
      feasibility: row.feasibility as (typeof FEASIBILITIES)[number],
      feasibilityReason: row.feasibilityReason,
      proposedByMe: actor !== null && row.proposedBy === actor.userId,
      deliveryStatus: row.deliveryStatus as 'planned' | 'in_progress' | 'delivered' | 'cancelled' | null,
      deliveryUpdates: updates
        .filter((update) => update.projectId === row.id)
        .map((update) => ({
          id: update.id,
          status: update.status as 'planned' | 'in_progress' | 'delivered' | 'cancelled',
          note: update.note,
          happenedOn: update.happenedOn,
        })),
      initiative: initiatives.find((entry) => entry.projectId === row.id) ?? null,
      version: row.version,
      createdAt: iso(row.createdAt),
    })),
  };
}

/** A project must serve a host jurisdiction, and a location has both coordinates or none. */
function checkProjectInput(settings: BudgetSettings, input: ProjectIn): void {
  if (!settings.hosts.some((host) => host.jurisdiction === input.jurisdiction))
    throw invalid('The project must serve a host jurisdiction.', [
      { field: 'body.jurisdiction', message: 'not one of the host jurisdictions' },
    ]);
  if (((input.latitude ?? null) === null) !== ((input.longitude ?? null) === null))
    throw invalid('A location needs both a latitude and a longitude.', [
      { field: input.latitude == null ? 'body.latitude' : 'body.longitude', message: 'give both or neither' },
    ]);
}

/**
 * Residents (anyone signed in who can see the space) propose during the proposals phase; managers at any time.
 * The project must serve one of the host jurisdictions.
 */
export async function proposeProject(db: Database, anyActor: Actor | null, slug: string, input: ProjectIn) {
  const actor = signedIn(anyActor, 'Sign in to propose a project.');
  const access = await requireBudget(db, slug, actor, 'participate');
  const spaceId = access.space.id;
  const { settings } = await findSettings(db, spaceId);
  if (!access.permissions.manage && !proposalsOpen(settings, new Date()))
    throw forbidden('Projects can be proposed only while the proposals phase is open.');
  checkProjectInput(settings, input);
  const id = await db.transaction(async (tx) => {
    // Serialises numbering: two proposals at the same moment must not get the same public number.
    await lockSpace(tx, spaceId);
    const [row] = await tx
      .insert(budgetProjects)
      .values({
        spaceId,
        number: await nextProjectNumber(tx, spaceId),
        titles: input.titles,
        descriptions: input.descriptions,
        cost: input.cost,
        category: input.category ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        jurisdiction: input.jurisdiction,
        proposedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, {
      actor,
      action: 'budget.project_proposed',
      entityType: 'budget_project',
      entityId: row.id,
      spaceId,
      after: row,
    });
    return row.id;
  });
  const { items } = await listBudgetProjects(db, actor, slug);
  const created = items.find((item) => item.id === id);
  if (!created) throw new Error('project vanished');
  return created;
}

/** Feasibility review by managers; a not-feasible project needs a public reason. */
export async function reviewProject(
  db: Database,
  actor: Actor | null,
  slug: string,
  projectId: string,
  input: ReviewIn,
) {
  const access = await requireBudget(db, slug, actor, 'manage');
  const spaceId = access.space.id;
  const reason = input.reason?.trim() || null;
  if (input.feasibility === 'not_feasible' && !reason)
    throw invalid('Say publicly why the project is not feasible.', [
      { field: 'body.reason', message: 'required when not feasible' },
    ]);
  await db.transaction(async (tx) => {
    const current = await findProject(tx, spaceId, projectId);
    if (!current) throw notFound('Project');
    if (current.feasibility === 'withdrawn')
      throw conflict('This project was withdrawn by its proposer; it cannot be reviewed.');
    const row = await updateProjectAtVersion(tx, spaceId, projectId, input.version, {
      feasibility: input.feasibility,
      feasibilityReason: reason,
    });
    if (!row) throw versionConflict('This project', current.version);
    await recordAudit(tx, {
      actor,
      action: 'budget.project_reviewed',
      entityType: 'budget_project',
      entityId: row.id,
      spaceId,
      before: { feasibility: current.feasibility, reason: current.feasibilityReason },
      after: { feasibility: row.feasibility, reason: row.feasibilityReason },
    });
  });
  const { items } = await listBudgetProjects(db, actor, slug);
  const reviewed = items.find((item) => item.id === projectId);
  if (!reviewed) throw notFound('Project');
  return reviewed;
}

async function projectOut(db: Database, actor: Actor | null, slug: string, projectId: string) {
  const { items } = await listBudgetProjects(db, actor, slug);
  const project = items.find((item) => item.id === projectId);
  if (!project) throw notFound('Project');
  return project;
}

/**
 * Editing a project's text, cost, category, location and jurisdiction. Its proposer may edit it until it has been
 * reviewed; managers may edit any project until voting opens. Anyone else: 403. Versioned and audited.
 */
export async function editProject(
  db: Database,
  anyActor: Actor | null,
  slug: string,
  projectId: string,
  input: ProjectEditIn,
  now = new Date(),
) {
  const actor = signedIn(anyActor, 'Sign in to edit a project.');
  const access = await requireBudget(db, slug, actor);
  const spaceId = access.space.id;
  const { version, ...fields } = input;
  const { settings } = await findSettings(db, spaceId);
  await db.transaction(async (tx) => {
    const current = await findProject(tx, spaceId, projectId);
    if (!current) throw notFound('Project');
    const manager = access.permissions.manage;
    const proposer = current.proposedBy === actor.userId;
    if (!manager && !proposer)
      throw forbidden('Only the proposer or the budget managers can edit this project.');
    if (current.feasibility === 'withdrawn')
      throw conflict('This project was withdrawn; it cannot be edited.');
    const votingStarted = settings.phases.votingOpen !== null && now >= new Date(settings.phases.votingOpen);
    const mayEdit = (manager && !votingStarted) || (proposer && current.feasibility === 'pending');
    if (!mayEdit)
      throw conflict(
        manager
          ? 'Voting has opened: projects can no longer be edited.'
          : 'This project has been reviewed: it can no longer be edited by its proposer.',
      );
    checkProjectInput(settings, fields);
    const row = await updateProjectAtVersion(tx, spaceId, projectId, version, {
      titles: fields.titles,
      descriptions: fields.descriptions,
      cost: fields.cost,
      category: fields.category ?? null,
      latitude: fields.latitude ?? null,
      longitude: fields.longitude ?? null,
      jurisdiction: fields.jurisdiction,
    });
    if (!row) throw versionConflict('This project', current.version);
    const editable = ({
      titles,
      descriptions,
      cost,
      category,
      latitude,
      longitude,
      jurisdiction,
    }: typeof row) => ({
      titles,
      descriptions,
      cost,
      category,
      latitude,
      longitude,
      jurisdiction,
    });
    await recordAudit(tx, {
      actor,
      action: 'budget.project_edited',
      entityType: 'budget_project',
      entityId: row.id,
      spaceId,
      before: editable(current),
      after: editable(row),
    });
  });
  return projectOut(db, actor, slug, projectId);
}

/**
 * The proposer withdraws their project before it has been reviewed: it stays listed as withdrawn (its number is
 * never reused) and never reaches the ballot. Versioned and audited.
 */
export async function withdrawProject(
  db: Database,
  anyActor: Actor | null,
  slug: string,
  projectId: string,
  input: WithdrawIn,
) {
  const actor = signedIn(anyActor, 'Sign in to withdraw a project.');
  const access = await requireBudget(db, slug, actor);
  const spaceId = access.space.id;
  await db.transaction(async (tx) => {
    const current = await findProject(tx, spaceId, projectId);
    if (!current) throw notFound('Project');
    if (current.proposedBy !== actor.userId) throw forbidden('Only the proposer can withdraw this project.');
    if (current.feasibility === 'withdrawn') throw conflict('This project has already been withdrawn.');
    if (current.feasibility !== 'pending')
      throw conflict('This project has been reviewed: it can no longer be withdrawn.');
    const row = await updateProjectAtVersion(tx, spaceId, projectId, input.version, {
      feasibility: 'withdrawn',
    });
    if (!row) throw versionConflict('This project', current.version);
    await recordAudit(tx, {
      actor,
      action: 'budget.project_withdrawn',
      entityType: 'budget_project',
      entityId: row.id,
      spaceId,
      before: { feasibility: current.feasibility },
      after: { feasibility: row.feasibility },
    });
  });
  return projectOut(db, actor, slug, projectId);
}
