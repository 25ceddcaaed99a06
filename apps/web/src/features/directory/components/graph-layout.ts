/** A node to place: its id, whether it is a network, and a name to order by. */
export interface LayoutInput {
  id: string;
  isNetwork: boolean;
  name: string;
}

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export const GRAPH_SIZE = 800;
const CENTRE = GRAPH_SIZE / 2;
const INNER_RADIUS = 170;
const OUTER_RADIUS = 340;

function onCircle(index: number, count: number, radius: number): { x: number; y: number } {
  // Starts at the top and goes clockwise; a lone node sits in the centre.
  if (count === 1 && radius === INNER_RADIUS) return { x: CENTRE, y: CENTRE };
  const angle = (2 * Math.PI * index) / count - Math.PI / 2;
  return { x: CENTRE + radius * Math.cos(angle), y: CENTRE + radius * Math.sin(angle) };
}

/**
 * A deterministic two-ring layout: networks on the inner ring in name order, organisations on the outer ring
 * grouped by the first (by ring order) network they belong to, so each network's members sit together. The
 * same graph always draws the same way, and the order doubles as the keyboard order.
 */
export function layoutGraph(nodes: LayoutInput[], edges: { source: string; target: string }[]): PlacedNode[] {
  const byName = (a: LayoutInput, b: LayoutInput) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const networks = nodes.filter((node) => node.isNetwork).sort(byName);
  const ringIndex = new Map(networks.map((network, index) => [network.id, index]));
  const firstNetwork = new Map<string, number>();
  for (const edge of edges) {
    const index = ringIndex.get(edge.target);
    if (index === undefined) continue;
    const known = firstNetwork.get(edge.source);
    if (known === undefined || index < known) firstNetwork.set(edge.source, index);
  }
  const organisations = nodes
    .filter((node) => !node.isNetwork)
    .sort((a, b) => {
      const group = (firstNetwork.get(a.id) ?? networks.length) - (firstNetwork.get(b.id) ?? networks.length);
      return group || byName(a, b);
    });
  return [
    ...networks.map((node, index) => ({ id: node.id, ...onCircle(index, networks.length, INNER_RADIUS) })),
    ...organisations.map((node, index) => ({
      id: node.id,
      ...onCircle(index, organisations.length, networks.length === 0 ? INNER_RADIUS : OUTER_RADIUS),
    })),
  ];
}
