import type { NetworkKind } from '@crossgov/shared';
import type { z } from 'zod';
import type { Database } from '../../db/database.ts';
import { membershipsForGraph } from '../networks/network.service.ts';
import { organisationSummariesByIds } from '../organisations/organisation.service.ts';
import { jointWorkBetween } from '../spaces/space.service.ts';
import type { graphOut } from './directory.dto.ts';

type Graph = z.infer<typeof graphOut>;

/**
 * The ecosystem as a graph: networks and their member organisations as nodes, memberships and joint work
 * (co-owned public spaces) as edges. Bounded by `limit` memberships; `truncated` says when there was more.
 */
export async function ecosystemGraph(
  db: Database,
  filter: { network?: string | undefined; country?: string | undefined; limit: number },
): Promise<Graph> {
  const { rows, truncated } = await membershipsForGraph(db, filter);
  const organisationIds = rows.flatMap((row) => (row.organisationId ? [row.organisationId] : []));
  const [organisations, jointWork] = await Promise.all([
    organisationSummariesByIds(db, organisationIds),
    jointWorkBetween(db, [...new Set(organisationIds)]),
  ]);
  const nodes = new Map<string, Graph['nodes'][number]>();
  const edges: Graph['edges'] = [];
  for (const { network, organisationId } of rows) {
    nodes.set(network.id, {
      id: network.id,
      kind: 'network',
      slug: network.slug,
      names: network.names,
      country: null,
      networkKind: network.kind as NetworkKind,
    });
    const organisation = organisationId ? organisations.get(organisationId) : undefined;
    if (!organisation) continue;
    nodes.set(organisation.id, {
      id: organisation.id,
      kind: 'organisation',
      slug: organisation.slug,
      names: organisation.names,
      country: organisation.country,
      networkKind: null,
    });
    edges.push({ source: organisation.id, target: network.id, kind: 'member_of', weight: 1 });
  }
  for (const pair of jointWork)
    edges.push({ source: pair.a, target: pair.b, kind: 'joint_work', weight: pair.spaces });
  return { nodes: [...nodes.values()], edges, truncated };
}
