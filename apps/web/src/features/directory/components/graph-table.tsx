import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { countryName } from '../../../lib/format.ts';
import { formatList } from '../../../lib/theme-choices.ts';
import type { EcosystemGraph } from '../api/ecosystem-graph.ts';
import { nodePath } from './graph-view.tsx';

/** The same graph as a table: each node with what it is connected to. For screen readers and for reading. */
export function GraphTable({ graph }: { graph: EcosystemGraph }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const names = new Map(graph.nodes.map((node) => [node.id, pickText(node.names, language)]));
  const connections = new Map<string, string[]>();
  for (const edge of graph.edges) {
    const label = (id: string) =>
      edge.kind === 'joint_work'
        ? t('graph.jointWorkWith', { name: names.get(id) ?? id, count: edge.weight })
        : (names.get(id) ?? id);
    connections.set(edge.source, [...(connections.get(edge.source) ?? []), label(edge.target)]);
    connections.set(edge.target, [...(connections.get(edge.target) ?? []), label(edge.source)]);
  }
  return (
    <TableWrap label={t('graph.tableTitle')}>
      <table className="table">
        <caption>{t('graph.tableTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common.name')}</th>
            <th scope="col">{t('graph.kind')}</th>
            <th scope="col">{t('directory.country')}</th>
            <th scope="col">{t('graph.connections')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.nodes.map((node) => (
            <tr key={node.id}>
              <th scope="row">
                <Link to={nodePath(node)}>{names.get(node.id)}</Link>
              </th>
              <td>
                {node.kind === 'network' && node.networkKind
                  ? t(`networkKinds.${node.networkKind}`)
                  : t('graph.organisation')}
              </td>
              <td>{node.country ? countryName(node.country, language) : ''}</td>
              <td>{formatList(connections.get(node.id) ?? [], language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
