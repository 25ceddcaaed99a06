import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Text written by the server (problem details, validation messages) is in English. Marking it lets screen
 * readers pronounce it as English inside a page in another language.
 */
export function ServerText({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  if (i18n.language === 'en') return <>{children}</>;
  return (
    <span lang="en" dir="ltr">
      {children}
    </span>
  );
}
