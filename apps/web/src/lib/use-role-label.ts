import { ORGANISATION_ROLES, SPACE_ROLES } from '@crossgov/shared';
import { useTranslation } from 'react-i18next';

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Translated role names; a role this version does not know is shown as sent rather than hidden. */
export function useRoleLabel(): (kind: 'organisation' | 'space', role: string) => string {
  const { t } = useTranslation();
  return (kind, role) => {
    if (kind === 'organisation' && isOneOf(ORGANISATION_ROLES, role)) return t(`organisationRoles.${role}`);
    if (kind === 'space' && isOneOf(SPACE_ROLES, role)) return t(`spaceRoles.${role}`);
    return role;
  };
}
