import { InboxOutlined } from '@ant-design/icons';
import { Form, Radio, Select, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportTarget } from '../../../api/import.ts';

export type EncodingChoice = 'auto' | 'UTF-8' | 'GB18030';

type Props = {
  // What this wizard imports; a choice only when there are several.
  targets: readonly ImportTarget[];
  target: ImportTarget;
  encoding: EncodingChoice;
  onTarget: (target: ImportTarget) => void;
  onEncoding: (encoding: EncodingChoice) => void;
  // Without it the drop zone is shown; with it, the chosen file's name.
  onFile?: (file: File) => void;
  fileName?: string;
};

// Step 1: what to import, the text encoding of a CSV, and the file (kept in the browser, not uploaded).
const TARGET_LABELS: Record<ImportTarget, string> = { accounts: 'import.targetAccounts', contacts: 'import.targetContacts', sales: 'sales.import.target' };

export function ImportUploadStep({ targets, target, encoding, onTarget, onEncoding, onFile, fileName }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Form layout={fileName ? 'inline' : 'vertical'} style={{ marginBottom: 16 }}>
        {targets.length > 1 && (
          <Form.Item label={t('import.target')}>
            <Radio.Group
              value={target}
              onChange={(event) => onTarget(event.target.value as ImportTarget)}
              options={targets.map((value) => ({ value, label: t(TARGET_LABELS[value]) }))}
            />
          </Form.Item>
        )}
        <Form.Item label={t('import.encoding')} tooltip={t('import.encodingHint')}>
          <Select
            value={encoding}
            onChange={onEncoding}
            style={{ width: 200 }}
            options={[
              { value: 'auto', label: t('import.encodingAuto') },
              { value: 'UTF-8', label: 'UTF-8' },
              { value: 'GB18030', label: 'GB18030 (GBK)' },
            ]}
          />
        </Form.Item>
        {fileName && (
          <Form.Item label={t('import.file')}>
            <Typography.Text strong>{fileName}</Typography.Text>
          </Form.Item>
        )}
      </Form>
      {onFile && (
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.drop')}</p>
          <p className="ant-upload-hint">{t('import.dropHint')}</p>
        </Upload.Dragger>
      )}
    </>
  );
}
