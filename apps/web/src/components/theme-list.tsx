import { sdgName } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';

/** The goals a record works on, as small labelled badges: "13 Climate action". */
export function ThemeList({ sdgs, tags = [] }: { sdgs: number[]; tags?: string[] }) {
  const { t, i18n } = useTranslation();
  if (sdgs.length === 0 && tags.length === 0) return null;
  return (
    <ul className="theme-list" aria-label={t('directory.themes')}>
      {sdgs.map((sdg) => (
        <li key={sdg} className="badge badge-theme">
          {t('directory.sdgShort', { number: sdg, name: sdgName(sdg, i18n.language) })}
        </li>
      ))}
      {tags.map((tag) => (
        <li key={tag} className="badge badge-muted" dir="auto">
          {tag}
        </li>
      ))}
    </ul>
  );
}
