import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = { isCompact?: boolean };

export function Logo({ isCompact = false }: Props) {
  const { t } = useTranslation();
  return (
    <Flex align="center" gap={8} style={{ minWidth: 0 }}>
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {!isCompact && (
        <Typography.Text strong ellipsis style={{ fontSize: 16 }}>
          {t('app.name')}
        </Typography.Text>
      )}
    </Flex>
  );
}
