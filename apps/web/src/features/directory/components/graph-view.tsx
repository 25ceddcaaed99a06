import { pickText } from '@crossgov/shared';
import { type KeyboardEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { countryName } from '../../../lib/format.ts';
import type { EcosystemGraph, GraphNode } from '../api/ecosystem-graph.ts';
import { GRAPH_SIZE, layoutGraph } from './graph-layout.ts';

export function nodePath(node: GraphNode): string {
  return node.kind === 'network' ? `/networks/${node.slug}` : `/organisations/${node.slug}`;
}

/**
 * The ecosystem drawn as an SVG. One Tab stop: the arrow keys move between nodes in layout order (networks,
 * then their members), Home and End jump to the ends, Enter opens the node's page.
 */
export function GraphView({ graph }: { graph: EcosystemGraph }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const language = i18n.language;
  const [active, setActive] = useState(0);
  const nodeRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const byId = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph.nodes]);
  const placed = useMemo(
    () =>
      layoutGraph(
        graph.nodes.map((node) => ({
          id: node.id,
          isNetwork: node.kind === 'network',
          name: pickText(node.names, 'en'),
        })),
        graph.edges,
      ),
    [graph],
  );
  const position = new Map(placed.map((node) => [node.id, node]));
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const current = Math.min(active, placed.length - 1);

  const move = (event: KeyboardEvent, index: number) => {
    const last = placed.length - 1;
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (next === null) return;
    event.preventDefault();
    setActive(next);
    nodeRefs.current[next]?.focus();
  };

  return (
    // biome-ignore lint/a11y/useSemanticElements: an SVG drawing cannot be a fieldset; the group names it.
    <svg
      className="graph"
      viewBox={`0 0 ${GRAPH_SIZE} ${GRAPH_SIZE}`}
      role="group"
      aria-label={t('graph.drawing', { nodes: graph.nodes.length, edges: graph.edges.length })}
    >
      <g>
        {graph.edges.map((edge) => {
          const from = position.get(edge.source);
          const to = position.get(edge.target);
          if (!from || !to) return null;
          return (
            <line
              key={`${edge.source}-${edge.target}-${edge.kind}`}
              x1={from.x}
              y1={from.y}
              x2={to.x}
              y2={to.y}
              className={`graph-edge graph-edge-${edge.kind}`}
              strokeWidth={Math.min(6, edge.weight)}
            />
          );
        })}
      </g>
      {placed.map((place, index) => {
        const node = byId.get(place.id);
        if (!node) return null;
        const name = pickText(node.names, language);
        const description =
          node.kind === 'network'
            ? t('graph.networkNode', {
                name,
                kind: node.networkKind ? t(`networkKinds.${node.networkKind}`) : '',
                count: degree.get(node.id) ?? 0,
              })
            : t('graph.organisationNode', {
                name,
                country: node.country ? countryName(node.country, language) : '',
                count: degree.get(node.id) ?? 0,
              });
        const path = nodePath(node);
        return (
          <a
            key={node.id}
            ref={(element) => {
              nodeRefs.current[index] = element;
            }}
            href={path}
            className={`graph-node graph-node-${node.kind}`}
            tabIndex={index === current ? 0 : -1}
            aria-label={description}
            onFocus={() => setActive(index)}
            onKeyDown={(event) => move(event, index)}
            onClick={(event) => {
              event.preventDefault();
              void navigate(path);
            }}
          >
            <circle cx={place.x} cy={place.y} r={node.kind === 'network' ? 18 : 9} />
            <text x={place.x} y={place.y + (node.kind === 'network' ? 34 : 22)} textAnchor="middle">
              {name}
            </text>
          </a>
        );
      })}
    </svg>
  );
}
