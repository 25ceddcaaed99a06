import { useTranslation } from 'react-i18next';
import type { Assembly, Feasibility } from '../api/assemblies.ts';
import { categoryLabel, featureLabel } from './labels.ts';

/** Which quotas clash, in words: the kind of clash, then each quota with its bounds. */
export function QuotaClashes({
  assembly,
  clashes,
}: {
  assembly: Pick<Assembly, 'categories'>;
  clashes: Feasibility['clashes'];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <div role="alert" className="problem-summary">
      <p className="problem-title">{t('assemblies.infeasible')}</p>
      <ul>
        {clashes.map((clash) => (
          <li key={`${clash.kind}-${clash.message}`}>
            {t(`assemblies.clash.${clash.kind}`)}{' '}
            {clash.quotas
              .map((quota) =>
                t('assemblies.quotaInWords', {
                  category: categoryLabel(assembly, quota.category, language),
                  feature: featureLabel(assembly, quota.category, quota.feature, language),
                  min: quota.min,
                  max: quota.max,
                }),
              )
              .join('; ')}
          </li>
        ))}
      </ul>
    </div>
  );
}
