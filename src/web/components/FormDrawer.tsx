import { Button, Drawer, Flex, Skeleton, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../hooks/useIsPhone.ts';

type Props = {
  title: ReactNode;
  isOpen: boolean;
  onClose: () => void;
  form: FormInstance;
  // Desktop width in pixels; phones get the whole screen.
  width: number;
  submitLabel: string;
  isSaving: boolean;
  // The record being edited has not loaded yet.
  isLoading: boolean;
  children: ReactNode;
};

// The create/edit drawer every form uses: cancel and save in the footer, the form reset when it closes.
export function FormDrawer({ title, isOpen, onClose, form, width, submitLabel, isSaving, isLoading, children }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  return (
    <Drawer
      title={title}
      open={isOpen}
      onClose={onClose}
      size={isPhone ? '100%' : width}
      destroyOnHidden
      afterOpenChange={(open) => !open && form.resetFields()}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={isSaving} onClick={() => form.submit()}>
            {submitLabel}
          </Button>
        </Flex>
      }
    >
      {isLoading ? <Skeleton active /> : children}
    </Drawer>
  );
}
