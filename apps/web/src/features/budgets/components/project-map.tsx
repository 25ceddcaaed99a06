import { pickText } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import type { BudgetResults } from '../api/budgets.ts';

const WIDTH = 600;
const HEIGHT = 400;
const MARGIN = 40;

type Located = BudgetResults['projects'][number] & { latitude: number; longitude: number };

/**
 * An SVG map of project locations (no tiles can be fetched): an equirectangular projection of the points'
 * bounding box, longitudes scaled by the cosine of the middle latitude so distances look right. Each point is
 * labelled with its project number; the table below says the same for people who cannot see the map.
 */
export function ProjectMap({ results }: { results: BudgetResults }) {
  const { t, i18n } = useTranslation();
  const located = results.projects.filter(
    (project): project is Located => project.latitude !== null && project.longitude !== null,
  );
  if (located.length === 0) return <p>{t('budgets.results.noLocations')}</p>;
  const lats = located.map((project) => project.latitude);
  const lons = located.map((project) => project.longitude);
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const stretch = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const spanX = Math.max((east - west) * stretch, 1e-6);
  const spanY = Math.max(north - south, 1e-6);
  const scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (HEIGHT - 2 * MARGIN) / spanY);
  const x = (lon: number) => MARGIN + (lon - west) * stretch * scale;
  const y = (lat: number) => HEIGHT - MARGIN - (lat - south) * scale;
  // Labels of points close together would overlap: move each one down until it is clear of those placed before.
  const placed: { x: number; y: number }[] = [];
  const labels = located.map((project) => {
    const at = { x: x(project.longitude) + 12, y: y(project.latitude) + 5 };
    while (placed.some((other) => Math.abs(other.x - at.x) < 24 && Math.abs(other.y - at.y) < 16)) at.y += 16;
    placed.push(at);
    return at;
  });
  return (
    <>
      <svg
        className="budget-map"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="budget-map-title"
      >
        <title id="budget-map-title">{t('budgets.results.mapAlt')}</title>
        {located.map((project, index) => (
          <g key={project.id}>
            <circle
              cx={x(project.longitude)}
              cy={y(project.latitude)}
              r={project.funded ? 9 : 7}
              className={project.funded ? 'funded' : 'unfunded'}
            />
            <text x={labels[index]?.x} y={labels[index]?.y}>
              {project.number}
            </text>
          </g>
        ))}
      </svg>
      <TableWrap label={t('budgets.results.mapAlt')}>
        <table>
          <caption>{t('budgets.results.mapAlt')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('budgets.projects.number')}</th>
              <th scope="col">{t('budgets.propose.projectTitle')}</th>
              <th scope="col">{t('budgets.results.latitude')}</th>
              <th scope="col">{t('budgets.results.longitude')}</th>
              <th scope="col">{t('budgets.results.funded')}</th>
            </tr>
          </thead>
          <tbody>
            {located.map((project) => (
              <tr key={project.id}>
                <td>{project.number}</td>
                <th scope="row">{pickText(project.titles, i18n.language)}</th>
                <td>{project.latitude.toLocaleString(i18n.language)}</td>
                <td>{project.longitude.toLocaleString(i18n.language)}</td>
                <td>{project.funded ? t('budgets.results.yes') : t('budgets.results.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
