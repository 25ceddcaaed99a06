import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

interface ConfirmButtonProps {
  /** The button's visible text. */
  children: ReactNode;
  /** Accessible name when the visible text alone is ambiguous in a list ("Remove Anna Berg"). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isDisabled?: boolean;
  danger?: boolean;
}

/** A button that asks first, in a modal dialog that traps focus and returns it afterwards. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const { t } = useTranslation();
  const variant = props.danger ? 'button-danger' : 'button-secondary';
  return (
    <DialogTrigger>
      <Button className={`button ${variant}`} aria-label={props.ariaLabel} isDisabled={props.isDisabled}>
        {props.children}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog" role="alertdialog">
            {({ close }) => (
              <>
                <Heading slot="title">{props.title}</Heading>
                <div>{props.message}</div>
                <div className="button-row">
                  <Button
                    className={`button ${props.danger ? 'button-danger' : 'button-primary'}`}
                    onPress={() => {
                      props.onConfirm();
                      close();
                    }}
                  >
                    {props.confirmLabel}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
