import { useTranslation } from 'react-i18next';
import { TableWrap } from '../../../components/ui/table-wrap.tsx';
import { countryName } from '../../../lib/format.ts';
import type { OpinionMapData } from '../api/conversations.ts';

const WIDTH = 480;
const HEIGHT = 320;
const PAD = 16;
/** Colour and shape both mark a group, so the map does not rely on colour alone (WCAG 1.4.1). */
const GROUP_STYLES = [
  { colour: '#1f5fa8', shape: 'circle' },
  { colour: '#b3471d', shape: 'square' },
  { colour: '#2e7d32', shape: 'triangle' },
  { colour: '#6a3d9a', shape: 'diamond' },
  { colour: '#8a6d00', shape: 'cross' },
] as const;
const UNGROUPED = '#6b6b6b';

export const groupLetter = (id: number) => String.fromCharCode(65 + id);

function Marker({ x, y, group }: { x: number; y: number; group: number | null }) {
  const style = group === null ? undefined : GROUP_STYLES[group % GROUP_STYLES.length];
  const fill = style?.colour ?? UNGROUPED;
  switch (style?.shape) {
    case 'square':
      return <rect x={x - 3.5} y={y - 3.5} width={7} height={7} fill={fill} />;
    case 'triangle':
      return <polygon points={`${x},${y - 4.5} ${x - 4.5},${y + 3.5} ${x + 4.5},${y + 3.5}`} fill={fill} />;
    case 'diamond':
      return <polygon points={`${x},${y - 5} ${x - 5},${y} ${x},${y + 5} ${x + 5},${y}`} fill={fill} />;
    case 'cross':
      return (
        <path
          d={`M${x - 4} ${y - 4}L${x + 4} ${y + 4}M${x + 4} ${y - 4}L${x - 4} ${y + 4}`}
          stroke={fill}
          strokeWidth={2}
        />
      );
    default:
      return <circle cx={x} cy={y} r={4} fill={fill} fillOpacity={group === null ? 0.5 : 0.8} />;
  }
}

/**
 * The opinion map: each participant where the PCA projection places them, marked by group. The SVG is one
 * image with a title and description; the table after it carries the same information as text.
 */
export function OpinionMap({ map }: { map: OpinionMapData }) {
  const { t, i18n } = useTranslation();
  const xs = map.points.map((p) => p.x);
  const ys = map.points.map((p) => p.y);
  const span = (values: number[]) => {
    const low = Math.min(...values, 0);
    const high = Math.max(...values, 0);
    return { low, size: high - low || 1 };
  };
  const sx = span(xs);
  const sy = span(ys);
  const px = (x: number) => PAD + ((x - sx.low) / sx.size) * (WIDTH - 2 * PAD);
  const py = (y: number) => PAD + ((y - sy.low) / sy.size) * (HEIGHT - 2 * PAD);
  const countries = map.countries.map((c) => c.country);
  return (
    <figure className="opinion-map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="opinion-map-title opinion-map-description"
        className="opinion-map-svg"
      >
        <title id="opinion-map-title">{t('conversations.results.mapTitle')}</title>
        <desc id="opinion-map-description">
          {t('conversations.results.summary', {
            inConversation: map.inConversation,
            participants: map.participants,
            groups: map.groups.length,
          })}
        </desc>
        <rect x={0} y={0} width={WIDTH} height={HEIGHT} className="opinion-map-frame" />
        {map.points.map((point) => (
          <Marker key={point.participant} x={px(point.x)} y={py(point.y)} group={point.group} />
        ))}
        {map.groups.map((group) => (
          <text
            key={group.id}
            x={px(group.center[0] ?? 0)}
            y={py(group.center[1] ?? 0)}
            className="opinion-map-label"
            textAnchor="middle"
          >
            {groupLetter(group.id)}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="opinion-map-legend">
          {map.groups.map((group) => (
            <li key={group.id}>
              <svg viewBox="-6 -6 12 12" width="14" height="14" aria-hidden="true">
                <Marker x={0} y={0} group={group.id} />
              </svg>
              {t('conversations.results.group', { letter: groupLetter(group.id) })}:{' '}
              {t('conversations.results.members', { count: group.size })}
            </li>
          ))}
        </ul>
      </figcaption>
      <TableWrap label={t('conversations.results.tableCaption')}>
        <table>
          <caption>{t('conversations.results.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conversations.results.groupColumn')}</th>
              <th scope="col">{t('conversations.results.participants')}</th>
              {countries.map((country) => (
                <th scope="col" key={country}>
                  {countryName(country, i18n.language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {map.groups.map((group) => (
              <tr key={group.id}>
                <th scope="row">{t('conversations.results.group', { letter: groupLetter(group.id) })}</th>
                <td>{group.size}</td>
                {map.countries.map((country) => (
                  <td key={country.country}>
                    {country.groups.find((g) => g.group === group.id)?.members ?? 0}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </figure>
  );
}
