import { randomBytes } from 'node:crypto';
import { pickText, type QuotaCategory, type VolunteerStatus } from '@crossgov/shared';
import { parseCsv } from '@crossgov/sortition';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Database, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, type FieldProblem, invalid, notFound } from '../../lib/errors.ts';
import { iso } from '../../lib/schemas.ts';
import { newSecret, sha256 } from '../../lib/tokens.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { enqueueMail } from '../mail/mail.service.ts';
import { mailIn, mailLanguage } from '../mail/mail-catalogue.ts';
import type { myRegistrationOut, volunteerOut, volunteerPageOut } from './assembly.dto.ts';
import { findAssembly, lockAssembly, recruitmentOpen, requireAssemblySpace } from './assembly.service.ts';
import { assemblies, assemblyVolunteers } from './assembly.table.ts';
import { erasedConflict } from './assembly-retention.rules.ts';

type VolunteerRow = typeof assemblyVolunteers.$inferSelect;

/** An opaque id for the published lottery: says nothing about the person. */
export function newPublicId(): string {
  return `v-${randomBytes(6).toString('hex')}`;
}

/**
 * The household key is derived from the address or postcode and stored hashed with the space's id: two
 * volunteers at one address match, and the address itself is never kept.
 */
export function householdHash(spaceId: string, household: string): string | null {
  const normalised = household
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return normalised === '' ? null : sha256(`${spaceId}|${normalised}`);
}

function checkFeatures(
  categories: readonly QuotaCategory[],
  features: Record<string, string>,
  field: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const category of categories) {
    const value = features[category.key];
    if (value === undefined || value === '')
      problems.push({ field: `${field}.${category.key}`, message: 'required' });
    else if (!category.features.some((feature) => feature.key === value))
      problems.push({ field: `${field}.${category.key}`, message: `"${value}" is not one of the choices` });
  }
  for (const key of Object.keys(features))
    if (!categories.some((category) => category.key === key))
      problems.push({ field: `${field}.${key}`, message: 'not asked by this assembly' });
  return problems;
}

/**
 * Reads the erasure mark again under a share lock, inside the transaction that adds volunteers: an erasure
 * committing meanwhile (the retention sweep of another process) either waits for this insert and erases it
 * too, or is seen here and refuses it.
 */
async function requireNotErased(tx: Queryable, spaceId: string) {
  const [current] = await tx
    .select({ personalDataErasedAt: assemblies.personalDataErasedAt })
    .from(assemblies)
    .where(eq(assemblies.spaceId, spaceId))
    .for('share');
  if (current?.personalDataErasedAt) throw erasedConflict(current);
}

export interface RegistrationInput {
  name: string;
  email: string;
  household: string;
  features: Record<string, string>;
  consent: boolean;
  language: string;
}

/**
 * Anyone who may view the assembly registers, signed in or not, while recruitment is open: exactly the
 * features the quotas need, name, e-mail and household key, with explicit consent. A private link to see or
 * delete the registration is e-mailed; the audit log records that someone registered, never who.
 */
export async function register(
  db: Database,
  actor: Actor | null,
  slug: string,
  input: RegistrationInput,
  publicUrl: string,
): Promise<{ registered: true }> {
  const access = await requireAssemblySpace(db, slug, actor);
  const assembly = await findAssembly(db, access);
  if (assembly.personalDataErasedAt) throw erasedConflict(assembly);
  if (!recruitmentOpen(assembly)) throw conflict('Recruitment for this assembly is not open.');
  const problems = checkFeatures(assembly.categories, input.features, 'body.features');
  if (!input.consent) problems.push({ field: 'body.consent', message: 'consent is required to register' });
  if (!assembly.languages.includes(input.language))
    problems.push({ field: 'body.language', message: 'not a language of this assembly' });
  if (problems.length > 0) throw invalid('The registration is incomplete.', problems);
  const token = newSecret('asm_');
  await db.transaction(async (tx) => {
    await requireNotErased(tx, access.space.id);
    const [row] = await tx
      .insert(assemblyVolunteers)
      .values({
        spaceId: access.space.id,
        publicId: newPublicId(),
        name: input.name,
        email: input.email.toLowerCase(),
        householdHash: householdHash(access.space.id, input.household),
        features: input.features,
        source: 'registration',
        language: input.language,
        consentAt: new Date(),
        accessTokenHash: sha256(token),
      })
      .returning({ id: assemblyVolunteers.id });
    if (!row) throw new Error('insert returned nothing');
    // In the language they registered in; if mail is not written in it, the assembly's first language that is.
    const language = mailLanguage(input.language, ...assembly.languages);
    await enqueueMail(tx, {
      to: input.email,
      ...mailIn(language, 'volunteerRegistered', {
        assembly: pickText(access.space.titles, language),
        link: `${publicUrl}/assemblies/${slug}/registration/${token}`,
      }),
    });
    await recordAudit(tx, {
      actor,
      action: 'assembly.volunteer_registered',
      entityType: 'assembly_volunteer',
      entityId: row.id,
      spaceId: access.space.id,
    });
  });
  return { registered: true };
}

async function findByToken(db: Queryable, spaceId: string, token: string) {
  const [row] = await db
    .select()
    .from(assemblyVolunteers)
    .where(
      and(eq(assemblyVolunteers.spaceId, spaceId), eq(assemblyVolunteers.accessTokenHash, sha256(token))),
    );
  if (!row) throw notFound('Registration');
  return row;
}

export async function myRegistration(
  db: Database,
  slug: string,
  token: string,
): Promise<z.infer<typeof myRegistrationOut>> {
  // The private link is the credential: it works without signing in, even when the space is not public.
  const access = await requireAssemblySpaceForLink(db, slug);
  const row = await findByToken(db, access.id, token);
  return {
    assembly: slug,
    // A row found by its token was not erased (erasure removes the token), so it has a name.
    name: row.name ?? '',
    email: row.email,
    features: row.features,
    status: row.status as VolunteerStatus,
    createdAt: iso(row.createdAt),
  };
}

async function requireAssemblySpaceForLink(db: Database, slug: string) {
  const result = await db.execute(sql`select id from spaces where slug = ${slug} and kind = 'assembly'`);
  const [space] = (result as unknown as { rows: { id: string }[] }).rows;
  if (!space) throw notFound(`Assembly "${slug}"`);
  return space;
}

/** Deleted on request: the row and its personal data go; the audit log never held them. */
export async function deleteMyRegistration(db: Database, slug: string, token: string): Promise<void> {
  const space = await requireAssemblySpaceForLink(db, slug);
  await db.transaction(async (tx) => {
    const row = await findByToken(tx, space.id, token);
    await tx
      .delete(assemblyVolunteers)
      .where(and(eq(assemblyVolunteers.spaceId, space.id), eq(assemblyVolunteers.id, row.id)));
    await recordAudit(tx, {
      actor: null,
      action: 'assembly.volunteer_deleted',
      entityType: 'assembly_volunteer',
      entityId: row.id,
      spaceId: space.id,
    });
  });
}

export async function deleteVolunteer(db: Database, actor: Actor | null, slug: string, id: string) {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  await db.transaction(async (tx) => {
    await lockAssembly(tx, access, actor);
    const deleted = await tx
      .delete(assemblyVolunteers)
      .where(and(eq(assemblyVolunteers.spaceId, access.space.id), eq(assemblyVolunteers.id, id)))
      .returning({ id: assemblyVolunteers.id });
    if (deleted.length === 0) throw notFound('Volunteer');
    await recordAudit(tx, {
      actor,
      action: 'assembly.volunteer_deleted',
      entityType: 'assembly_volunteer',
      entityId: id,
      spaceId: access.space.id,
    });
  });
}

function toVolunteer(
  row: VolunteerRow,
  households: Map<string, number>,
  emails: Map<string, number>,
): z.infer<typeof volunteerOut> {
  return {
    id: row.id,
    publicId: row.publicId,
    name: row.name,
    email: row.email,
    features: row.features,
    source: row.source as 'registration' | 'import' | 'demo',
    externalId: row.externalId,
    status: row.status as VolunteerStatus,
    householdSize: row.householdHash ? (households.get(row.householdHash) ?? 1) : 1,
    duplicateEmail: row.email ? (emails.get(row.email) ?? 0) > 1 : false,
    createdAt: iso(row.createdAt),
  };
}

function tally(values: (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Managers only: the pool with its personal data, duplicates (same e-mail) and shared households flagged. */
export async function listVolunteers(
  db: Database,
  actor: Actor | null,
  slug: string,
  query: { offset: number; limit: number; status?: VolunteerStatus | undefined; q?: string | undefined },
): Promise<z.infer<typeof volunteerPageOut>> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  const rows = await db
    .select()
    .from(assemblyVolunteers)
    .where(eq(assemblyVolunteers.spaceId, access.space.id))
    .orderBy(asc(assemblyVolunteers.createdAt), asc(assemblyVolunteers.publicId));
  const households = tally(rows.map((row) => row.householdHash));
  const emails = tally(rows.map((row) => row.email));
  const needle = query.q?.toLowerCase() ?? '';
  const matches = (row: (typeof rows)[number]) =>
    [row.name, row.email, row.publicId].some((value) => value?.toLowerCase().includes(needle));
  const filtered = rows.filter(
    (row) => (!query.status || row.status === query.status) && (needle === '' || matches(row)),
  );
  return {
    items: filtered
      .slice(query.offset, query.offset + query.limit)
      .map((row) => toVolunteer(row, households, emails)),
    total: filtered.length,
    duplicateEmails: rows.filter((row) => row.email && (emails.get(row.email) ?? 0) > 1).length,
    sharedHouseholds: [...households.values()].filter((count) => count > 1).length,
  };
}

const OPTIONAL_COLUMNS = ['id', 'name', 'email', 'household'] as const;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Imports a pool CSV: one column per quota category (its key), optional id, name, email and household.
 * All or nothing: any bad row refuses the whole file, each problem naming its line and column.
 */
export async function importPool(
  db: Database,
  actor: Actor | null,
  slug: string,
  csv: string,
): Promise<{ imported: number }> {
  const access = await requireAssemblySpace(db, slug, actor, 'manage');
  const assembly = await findAssembly(db, access);
  if (assembly.personalDataErasedAt) throw erasedConflict(assembly);
  if (assembly.categories.length === 0) throw conflict('Set the quota categories before importing a pool.');
  let rows: ReturnType<typeof parseCsv>;
  try {
    rows = parseCsv(csv);
  } catch (error) {
    const line = typeof error === 'object' && error && 'line' in error ? String(error.line) : '?';
    throw invalid('The file is not valid CSV.', [
      { field: `body.csv.line${line}`, message: error instanceof Error ? error.message : 'bad CSV' },
    ]);
  }
  const [header, ...data] = rows;
  if (!header) throw invalid('The file is empty.', [{ field: 'body.csv', message: 'no header row' }]);
  const columns = header.cells.map((cell) => cell.trim());
  const problems: FieldProblem[] = [];
  for (const category of assembly.categories)
    if (!columns.includes(category.key))
      problems.push({ field: 'body.csv.line1', message: `column "${category.key}" is missing` });
  for (const column of columns)
    if (
      !assembly.categories.some((c) => c.key === column) &&
      !(OPTIONAL_COLUMNS as readonly string[]).includes(column)
    )
      problems.push({
        field: 'body.csv.line1',
        message: `column "${column}" is not a category of this assembly`,
      });
  if (problems.length > 0) throw invalid('The header does not match the quota categories.', problems);
  if (data.length === 0)
    throw invalid('The file has no volunteers.', [{ field: 'body.csv', message: 'no rows' }]);
  if (data.length > 20_000)
    throw invalid('The file is too large.', [{ field: 'body.csv', message: 'at most 20,000 rows' }]);
  const cell = (cells: string[], name: string) => {
    const index = columns.indexOf(name);
    return index < 0 ? '' : (cells[index] ?? '').trim();
  };
  const values = data.map((row) => {
    const features = Object.fromEntries(assembly.categories.map((c) => [c.key, cell(row.cells, c.key)]));
    for (const problem of checkFeatures(assembly.categories, features, `body.csv.line${row.line}`))
      problems.push({
        ...problem,
        message: `line ${row.line}, column "${problem.field.split('.').at(-1)}": ${problem.message}`,
      });
    const email = cell(row.cells, 'email').toLowerCase();
    if (email && !EMAIL.test(email))
      problems.push({
        field: `body.csv.line${row.line}.email`,
        message: `line ${row.line}: "${email}" is not an e-mail address`,
      });
    const externalId = cell(row.cells, 'id');
    return {
      spaceId: access.space.id,
      publicId: newPublicId(),
      name: cell(row.cells, 'name') || externalId || `Line ${row.line}`,
      email: email || null,
      householdHash: householdHash(access.space.id, cell(row.cells, 'household')),
      features,
      source: 'import',
      externalId: externalId || null,
    };
  });
  if (problems.length > 0)
    throw invalid(`${problems.length} problem(s) in the file; nothing was imported.`, problems.slice(0, 50));
  await db.transaction(async (tx) => {
    await lockAssembly(tx, access, actor);
    await requireNotErased(tx, access.space.id);
    for (let start = 0; start < values.length; start += 500)
      await tx.insert(assemblyVolunteers).values(values.slice(start, start + 500));
    await recordAudit(tx, {
      actor,
      action: 'assembly.pool_imported',
      entityType: 'assembly',
      entityId: access.space.id,
      spaceId: access.space.id,
      after: { imported: values.length },
    });
  });
  return { imported: values.length };
}
