import { pickText } from '@crossgov/shared';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { SelectInput } from '../../../components/ui/select-input.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { type Network, useJoinNetwork, useMyManagedOrganisations } from '../api/networks.ts';

const MYSELF = 'myself';

/**
 * Joining in person or for an organisation I run. An open network takes me at once; otherwise a coordinator
 * decides, and the page says the request is waiting.
 */
export function JoinNetwork({ network }: { network: Network }) {
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const join = useJoinNetwork(network.slug);
  const organisations = useMyManagedOrganisations(Boolean(user));
  const [as, setAs] = useState(MYSELF);
  const [message, setMessage] = useState('');

  if (!user)
    return (
      <p>
        <Link to={`/login?returnTo=${encodeURIComponent(location.pathname)}`}>
          {t('networks.signInToJoin')}
        </Link>
      </p>
    );
  const outcome = join.data?.outcome;
  const status =
    outcome === 'joined' ? t('networks.joined') : outcome === 'requested' ? t('networks.requestSent') : null;
  const choices = [
    { id: MYSELF, label: t('networks.joinAsMyself') },
    ...(organisations.data ?? []).map((organisation) => ({
      id: organisation.id,
      label: pickText(organisation.names, i18n.language),
    })),
  ];
  return (
    <div className="membership-actions">
      {status && (
        <p role="status" className="success-message">
          {status}
        </p>
      )}
      {network.myRole && (
        <p className="notice">
          {network.myRole === 'coordinator' ? t('networks.youCoordinate') : t('networks.youAreMember')}
        </p>
      )}
      {network.myPendingRequest && (
        <p role="status" className="notice">
          {t('networks.joinPending')}
        </p>
      )}
      <form
        className="form"
        aria-label={t('networks.joinTitle')}
        onSubmit={(event) => {
          event.preventDefault();
          join.mutate({
            ...(as === MYSELF ? {} : { organisationId: as }),
            ...(message.trim() ? { message: message.trim() } : {}),
          });
        }}
      >
        <ProblemSummary problem={join.error} />
        <p>{network.joinPolicy === 'open' ? t('networks.openExplained') : t('networks.approvalExplained')}</p>
        <SelectInput label={t('networks.joinAs')} choices={choices} value={as} onChange={setAs} />
        {network.joinPolicy === 'approval' && (
          <TextInput
            label={t('networks.joinMessage')}
            description={t('common.optional')}
            multiline
            value={message}
            onChange={setMessage}
          />
        )}
        <div className="button-row">
          <Button type="submit" className="button button-primary" isDisabled={join.isPending}>
            {network.joinPolicy === 'open' ? t('networks.join') : t('networks.requestToJoin')}
          </Button>
        </div>
      </form>
    </div>
  );
}
