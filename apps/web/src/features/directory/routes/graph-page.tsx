import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ComboBoxInput } from '../../../components/ui/combo-box-input.tsx';
import { EmptyState, LoadError, Loading } from '../../../components/ui/query-status.tsx';
import { useCountryChoices } from '../../../lib/country-choices.ts';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { useEcosystemGraph, useNetworkChoices } from '../api/ecosystem-graph.ts';
import { GraphTable } from '../components/graph-table.tsx';
import { GraphView } from '../components/graph-view.tsx';

export function GraphPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('graph.title'));
  const [params, setParams] = useSearchParams();
  const filter = { network: params.get('network'), country: params.get('country') };
  const graph = useEcosystemGraph(filter);
  const networks = useNetworkChoices();
  const countryChoices = useCountryChoices();
  const networkChoices = (networks.data?.items ?? []).map((network) => ({
    id: network.slug,
    label: pickText(network.names, i18n.language),
  }));
  const update = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <h1>{t('graph.title')}</h1>
      <p className="lead">{t('graph.intro')}</p>
      <search className="filters" aria-label={t('graph.filters')}>
        <ComboBoxInput
          label={t('graph.network')}
          choices={networkChoices}
          value={filter.network}
          onChange={(value) => update('network', value)}
          emptyText={t('directory.noNetworks')}
        />
        <ComboBoxInput
          label={t('directory.country')}
          choices={countryChoices}
          value={filter.country}
          onChange={(value) => update('country', value)}
          emptyText={t('organisations.noCountryMatch')}
        />
      </search>
      {graph.isPending && <Loading />}
      {graph.isError && <LoadError error={graph.error} />}
      {graph.data &&
        (graph.data.nodes.length === 0 ? (
          <EmptyState>{t('graph.empty')}</EmptyState>
        ) : (
          <>
            <p className="muted">{t('graph.keyboardHelp')}</p>
            {graph.data.truncated && <p className="notice">{t('graph.truncated')}</p>}
            <div className="graph-frame">
              <GraphView graph={graph.data} />
            </div>
            <h2>{t('graph.tableTitle')}</h2>
            <GraphTable graph={graph.data} />
          </>
        ))}
    </>
  );
}
