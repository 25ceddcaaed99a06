import { useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfirmButton } from '../../../components/ui/confirm-button.tsx';
import { ProblemSummary } from '../../../components/ui/problem-summary.tsx';
import { TextInput } from '../../../components/ui/text-input.tsx';
import { useCurrentUser } from '../../../lib/session.ts';
import { useRequestToJoin } from '../api/join-requests.ts';
import { useRemoveMember } from '../api/members.ts';
import type { Organisation } from '../api/organisations.ts';

/** What I can do about my own membership: ask to join, see my pending request, or leave. */
export function MembershipActions({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const location = useLocation();
  const user = useCurrentUser();
  const join = useRequestToJoin(organisation.slug);
  const leave = useRemoveMember(organisation.slug);
  const [message, setMessage] = useState('');

  if (!user)
    return (
      <p>
        <Link to={`/login?returnTo=${encodeURIComponent(location.pathname)}`}>
          {t('organisations.signInToJoin')}
        </Link>
      </p>
    );
  if (organisation.myRole)
    return (
      <div className="membership-actions">
        <ProblemSummary problem={leave.error} />
        <ConfirmButton
          title={t('organisations.leaveTitle')}
          message={t('organisations.leaveText')}
          confirmLabel={t('organisations.leave')}
          onConfirm={() => leave.mutate(user.id)}
          isDisabled={leave.isPending}
        >
          {t('organisations.leave')}
        </ConfirmButton>
      </div>
    );
  if (organisation.myJoinRequest === 'pending')
    return (
      <p role="status" className="notice">
        {t('organisations.joinPending')}
      </p>
    );
  return (
    <DialogTrigger>
      <Button className="button button-primary">{t('organisations.requestToJoin')}</Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form
                className="form"
                onSubmit={(event) => {
                  event.preventDefault();
                  join.mutate(message, { onSuccess: close });
                }}
              >
                <Heading slot="title">{t('organisations.requestToJoin')}</Heading>
                <p>{t('organisations.joinExplained')}</p>
                <ProblemSummary problem={join.error} labels={{ message: t('organisations.joinMessage') }} />
                <TextInput
                  label={t('organisations.joinMessage')}
                  description={t('common.optional')}
                  multiline
                  value={message}
                  onChange={setMessage}
                  isDisabled={join.isPending}
                  autoFocus
                />
                <div className="button-row">
                  <Button type="submit" className="button button-primary" isDisabled={join.isPending}>
                    {t('organisations.sendJoinRequest')}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
