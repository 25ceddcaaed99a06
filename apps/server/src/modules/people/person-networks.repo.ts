import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { networkMembers, networks } from '../networks/network.table.ts';

/** The networks a person belongs to in person (network membership through organisations shows on those). */
export async function networksOfPerson(db: Queryable, userId: string) {
  return db
    .select({ slug: networks.slug, names: networks.names, role: networkMembers.role })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(eq(networkMembers.userId, userId))
    .orderBy(networks.slug);
}
