import { describe, expect, it } from 'vitest';
import { GRAPH_SIZE, layoutGraph } from './graph-layout.ts';

const nodes = [
  { id: 'o2', isNetwork: false, name: 'Umeå' },
  { id: 'n1', isNetwork: true, name: 'Kvarken' },
  { id: 'o1', isNetwork: false, name: 'Vaasa' },
  { id: 'n2', isNetwork: true, name: 'Agile Nations' },
  { id: 'o3', isNetwork: false, name: 'Camden' },
];
const edges = [
  { source: 'o1', target: 'n1' },
  { source: 'o2', target: 'n1' },
  { source: 'o3', target: 'n2' },
];

describe('layoutGraph', () => {
  it('draws the same graph the same way whatever the input order', () => {
    expect(layoutGraph([...nodes].reverse(), [...edges].reverse())).toEqual(layoutGraph(nodes, edges));
  });

  it('orders networks by name first, then organisations grouped by their network', () => {
    expect(layoutGraph(nodes, edges).map((node) => node.id)).toEqual(['n2', 'n1', 'o3', 'o2', 'o1']);
  });

  it('keeps every node inside the drawing', () => {
    for (const node of layoutGraph(nodes, edges)) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(GRAPH_SIZE);
      expect(node.y).toBeGreaterThanOrEqual(0);
      expect(node.y).toBeLessThanOrEqual(GRAPH_SIZE);
    }
  });

  it('puts a lone network in the centre', () => {
    const [network] = layoutGraph([{ id: 'n', isNetwork: true, name: 'Solo' }], []);
    expect(network).toEqual({ id: 'n', x: GRAPH_SIZE / 2, y: GRAPH_SIZE / 2 });
  });
});
