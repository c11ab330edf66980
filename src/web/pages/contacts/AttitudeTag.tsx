import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { codeLabel } from '../../components/codeLabels.ts';
import { attitudeColors } from './attitudeColors.ts';

export function AttitudeTag({ attitude }: { attitude: string | null | undefined }) {
  const { t } = useTranslation();
  if (!attitude) return <>—</>;
  return (
    <Tag color={attitudeColors(attitude).tag} style={{ marginInlineEnd: 0 }}>
      {codeLabel(t, 'contact.attitude', attitude)}
    </Tag>
  );
}
