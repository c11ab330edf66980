import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copyText.ts';
import { formatDateTime } from '../../components/formatDate.ts';

type Props = { link: { url: string; expiresAt: string } | null; onClose: () => void };

// The one moment the link is visible: the server keeps only a hash of its token.
export function FormLinkCreatedModal({ link, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    if (!link) return;
    if (await copyText(link.url)) void message.success(t('tokens.copied'));
    else void message.warning(t('tokens.copyFailed'));
  };
  return (
    <Modal
      title={t('forms.createdTitle')}
      open={link !== null}
      onCancel={onClose}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('forms.copy')}
          </Button>
          <Button type="primary" onClick={onClose}>
            {t('tokens.savedIt')}
          </Button>
        </Flex>
      }
    >
      <Alert type="warning" showIcon title={t('forms.showOnce')} style={{ marginBottom: 16 }} />
      <Input.TextArea aria-label={t('forms.link')} value={link?.url} readOnly autoSize onFocus={(event) => event.target.select()} style={{ fontFamily: 'monospace' }} />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('forms.expiresAt', { at: formatDateTime(link?.expiresAt) })} · {t('forms.singleUse')}
      </Typography.Paragraph>
    </Modal>
  );
}
