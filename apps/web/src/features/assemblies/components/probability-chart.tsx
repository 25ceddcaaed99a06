import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { percent } from './labels.ts';
import { BINS, histogram } from './probability-histogram.ts';

/**
 * The distribution of selection probabilities as an SVG bar chart, described for screen readers, with the same
 * figures in a table beside it (WCAG 1.1.1: a text alternative for the chart).
 */
export function ProbabilityChart({ probabilities, id }: { probabilities: readonly number[]; id: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const bins = histogram(probabilities);
  const most = Math.max(...bins.map((bin) => bin.count), 1);
  const width = 400;
  const height = 160;
  const barWidth = width / BINS;
  return (
    <figure>
      <svg
        className="probability-chart"
        viewBox={`0 0 ${width} ${height + 20}`}
        role="img"
        aria-labelledby={`${id}-title`}
      >
        <title id={`${id}-title`}>{t('assemblies.chartCaption', { count: probabilities.length })}</title>
        {bins.map((bin, i) => {
          const barHeight = (bin.count / most) * height;
          return (
            <g key={bin.from}>
              <rect
                className="bar"
                x={i * barWidth + 2}
                y={height - barHeight}
                width={barWidth - 4}
                height={barHeight}
              />
              <text x={i * barWidth + barWidth / 2} y={height + 14} textAnchor="middle">
                {percent(bin.to, locale)}
              </text>
            </g>
          );
        })}
        <line className="axis" x1={0} y1={height} x2={width} y2={height} />
      </svg>
      <figcaption id={`${id}-caption`}>
        {t('assemblies.chartCaption', { count: probabilities.length })}
      </figcaption>
      <TableWrap label={t('assemblies.chartTable')}>
        <table className="table">
          <caption>{t('assemblies.chartTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('assemblies.probabilityRange')}</th>
              <th scope="col">{t('assemblies.volunteerCount')}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.from}>
                <td>
                  {percent(bin.from, locale)} – {percent(bin.to, locale)}
                </td>
                <td>{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}
