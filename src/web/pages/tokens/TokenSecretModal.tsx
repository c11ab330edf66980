import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../components/copyText.ts';

type Props = { secret: { value: string; name: string } | null; onClose: () => void };

// The one moment the token's secret is visible: the server keeps only a hash of it.
export function TokenSecretModal({ secret, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const copy = async () => {
    if (!secret) return;
    if (await copyText(secret.value)) void message.success(t('tokens.copied'));
    else void message.warning(t('tokens.copyFailed'));
  };

  return (
    <Modal
      title={t('tokens.createdTitle', { name: secret?.name ?? '' })}
      open={Boolean(secret)}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button icon={<CopyOutlined />} onClick={() => void copy()}>
            {t('tokens.copy')}
          </Button>
          <Button type="primary" onClick={onClose}>
            {t('tokens.savedIt')}
          </Button>
        </Flex>
      }
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t('tokens.showOnce')} style={{ marginBottom: 16 }} />
      <Input.TextArea
        aria-label={t('tokens.secret')}
        value={secret?.value}
        readOnly
        autoSize
        onFocus={(event) => event.target.select()}
        style={{ fontFamily: 'monospace' }}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('tokens.usage')} <Typography.Text code>Authorization: Bearer …</Typography.Text>
      </Typography.Paragraph>
    </Modal>
  );
}
