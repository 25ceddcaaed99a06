import { useTranslation } from 'react-i18next';
import { RequireSignIn } from '../../../components/require-sign-in.tsx';
import { UrlTabs } from '../../../components/ui/url-tabs.tsx';
import { useDocumentTitle } from '../../../lib/document-title.ts';
import { AuditPanel } from '../components/audit-panel.tsx';
import { OutboxPanel } from '../components/outbox-panel.tsx';
import { UsersPanel } from '../components/users-panel.tsx';

export function AdminPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <RequireSignIn adminOnly>
      <h1>{t('admin.title')}</h1>
      <UrlTabs
        label={t('admin.sections')}
        tabs={[
          { id: 'outbox', label: t('admin.outboxTab'), content: <OutboxPanel /> },
          { id: 'users', label: t('admin.usersTab'), content: <UsersPanel /> },
          { id: 'audit', label: t('admin.auditTab'), content: <AuditPanel /> },
        ]}
      />
    </RequireSignIn>
  );
}
