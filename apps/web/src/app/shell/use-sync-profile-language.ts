import { useEffect, useRef } from 'react';
import { isUiLanguage, switchUiLanguage } from '../../i18n/i18n.ts';
import { useCurrentUser } from '../../lib/session.ts';

/**
 * When a person's session starts (sign-in, or opening the app already signed in), the language saved in
 * their profile wins, so they find their language on any device. Later changes go the other way (switcher).
 */
export function useSyncProfileLanguage(): void {
  const user = useCurrentUser();
  const appliedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!user) {
      appliedFor.current = null;
      return;
    }
    if (appliedFor.current === user.id) return;
    appliedFor.current = user.id;
    if (isUiLanguage(user.language)) void switchUiLanguage(user.language);
  }, [user]);
}
