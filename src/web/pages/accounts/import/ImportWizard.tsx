import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Drawer, Result, Space, Spin, Steps } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountsKey } from '../../../api/accounts.queries.ts';
import { runImport, type DuplicateChoice, type ImportAnswer, type ImportTarget } from '../../../api/import.ts';
import { useIsPhone } from '../../../hooks/useIsPhone.ts';
import { errorText } from '../../../i18n/errorText.ts';
import { ImportCheckStep } from './ImportCheckStep.tsx';
import { ImportUploadStep, type EncodingChoice } from './ImportUploadStep.tsx';

// `targets`: what the wizard imports (accounts and contacts by default; the sales page: sales).
type Props = { isOpen: boolean; onClose: () => void; targets?: readonly ImportTarget[]; title?: string };

const ARCHIVE_TARGETS: readonly ImportTarget[] = ['accounts', 'contacts'];

// ARC-8: upload → dry run (mapping, errors, duplicates) → import, all rows or none.
export function ImportWizard({ isOpen, onClose, targets = ARCHIVE_TARGETS, title }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const client = useQueryClient();
  const [target, setTarget] = useState<ImportTarget>(targets[0]);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [file, setFile] = useState<File | null>(null);
  const [map, setMap] = useState<Record<string, string | null>>({});
  const [choices, setChoices] = useState<Record<string, DuplicateChoice>>({});
  const [check, setCheck] = useState<ImportAnswer | null>(null);
  const [done, setDone] = useState<ImportAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  const runId = useRef(0);

  const step = done ? 2 : file ? 1 : 0;

  const dryRun = async (next: { file: File; target: ImportTarget; encoding: EncodingChoice; map: Record<string, string | null> }) => {
    const id = ++runId.current;
    setBusy(true);
    setError(null);
    try {
      const answer = await runImport(next.target, next.file, {
        dryRun: true,
        encoding: next.encoding === 'auto' ? undefined : next.encoding,
        map: Object.keys(next.map).length > 0 ? next.map : undefined,
      });
      if (id !== runId.current) return;
      setCheck(answer);
      const duplicates = 'duplicates' in answer.report ? (answer.report.duplicates ?? []) : [];
      setChoices(Object.fromEntries(duplicates.map((d) => [String(d.row), d.choice as DuplicateChoice])));
    } catch (caught) {
      if (id !== runId.current) return;
      setCheck(null);
      setError(caught);
    } finally {
      if (id === runId.current) setBusy(false);
    }
  };

  const reset = () => {
    runId.current++;
    setFile(null);
    setMap({});
    setChoices({});
    setCheck(null);
    setDone(null);
    setError(null);
    setBusy(false);
  };

  const close = () => {
    reset();
    onClose();
  };

  const chooseFile = (chosen: File) => {
    setFile(chosen);
    setMap({});
    void dryRun({ file: chosen, target, encoding, map: {} });
  };

  const changeTarget = (value: ImportTarget) => {
    setTarget(value);
    setMap({});
    if (file) void dryRun({ file, target: value, encoding, map: {} });
  };

  const changeEncoding = (value: EncodingChoice) => {
    setEncoding(value);
    if (file) void dryRun({ file, target, encoding: value, map });
  };

  const changeField = (header: string, field: string | null) => {
    if (!file) return;
    const next = { ...map, [header]: field };
    setMap(next);
    void dryRun({ file, target, encoding, map: next });
  };

  const runReal = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const answer = await runImport(target, file, {
        dryRun: false,
        encoding: encoding === 'auto' ? undefined : encoding,
        map: Object.keys(map).length > 0 ? map : undefined,
        choices: target === 'accounts' ? choices : undefined,
      });
      setDone(answer);
      await Promise.all([client.invalidateQueries({ queryKey: accountsKey }), client.invalidateQueries({ queryKey: ['contacts'] }), client.invalidateQueries({ queryKey: ['sales'] })]);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const canImport = Boolean(check && !isBusy && check.report.errorCount === 0 && check.mapping.missingRequired.length === 0 && check.report.valid > 0);

  return (
    <Drawer
      open={isOpen}
      onClose={close}
      title={title ?? t('import.title')}
      size={isPhone ? '100%' : 1000}
      destroyOnHidden
      extra={
        step === 1 && (
          <Space>
            <Button onClick={reset}>{t('import.chooseAnother')}</Button>
            <Button type="primary" disabled={!canImport} loading={isBusy && Boolean(check)} onClick={() => void runReal()}>
              {t('import.run')}
            </Button>
          </Space>
        )
      }
    >
      <Steps current={step} style={{ marginBottom: 24 }} items={[{ title: t('import.step.upload') }, { title: t('import.step.check') }, { title: t('import.step.import') }]} />
      {error !== null && <Alert type="error" showIcon title={errorText(t, error)} style={{ marginBottom: 16 }} />}
      {step === 0 && (
        <ImportUploadStep targets={targets} target={target} encoding={encoding} onTarget={changeTarget} onEncoding={changeEncoding} onFile={chooseFile} />
      )}
      {step === 1 && (
        <Spin spinning={isBusy}>
          {file && (
            <ImportUploadStep targets={targets} target={target} encoding={encoding} onTarget={changeTarget} onEncoding={changeEncoding} fileName={file.name} />
          )}
          {check && (
            <ImportCheckStep target={target} result={check} choices={choices} onChoice={(row, choice) => setChoices({ ...choices, [String(row)]: choice })} onField={changeField} />
          )}
        </Spin>
      )}
      {step === 2 && done && (
        <Result
          status="success"
          title={t('import.done')}
          subTitle={target === 'sales' ? t('sales.import.done', { count: done.created }) : t('import.doneSummary', { created: done.created, updated: done.updated ?? 0, skipped: done.skipped ?? 0 })}
          extra={[
            <Button key="again" onClick={reset}>{t('import.again')}</Button>,
            <Button key="close" type="primary" onClick={close}>{t('import.close')}</Button>,
          ]}
        />
      )}
    </Drawer>
  );
}
