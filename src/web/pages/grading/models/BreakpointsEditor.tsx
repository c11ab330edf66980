import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SCALE_RANGE, type ComputedSource, type Scale } from '../../../../domain/grading/index.ts';
import { MoneyInput } from '../../../components/MoneyInput.tsx';
import { useLocale } from '../../../hooks/useLocale.ts';
import { bandPhrases, unitOfMetric } from './bands.ts';
import { IssueList } from './FieldIssues.tsx';
import { addBreakpoint, removeBreakpoint, replaceAt } from './modelDraft.ts';
import { issuesAt, issuesUnder, type ModelIssue } from './modelIssues.ts';
import { bandLabel } from './modelText.ts';

type Props = { source: ComputedSource; scale: Scale; onChange: (source: ComputedSource) => void; issues: readonly ModelIssue[]; path: string };

// A computed criterion's bands, lowest first: each band in words with its score, and between two
// bands the breakpoint that separates them. Amounts are typed in 万元 / yuan (MoneyInput) and kept
// in fen, like every amount of the API.
export function BreakpointsEditor({ source, scale, onChange, issues, path }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const unit = unitOfMetric(source.metric);
  const range = SCALE_RANGE[scale];
  const phrases = bandPhrases(source);
  const setBreakpoint = (index: number, value: number | null) => onChange({ ...source, breakpoints: replaceAt(source.breakpoints, index, value ?? Number.NaN) });
  const setScore = (index: number, value: number | null) => onChange({ ...source, scores: replaceAt(source.scores, index, value ?? Number.NaN) });
  const breakpointIssues = issuesAt(issues, `${path}.breakpoints`);

  return (
    <div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('scoringModels.bandsHelp')}
      </Typography.Paragraph>
      <IssueList issues={[...breakpointIssues, ...issuesAt(issues, `${path}.scores`)]} />
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        {phrases.map((phrase, i) => (
          <div key={i}>
            <Flex align="center" gap={8} wrap style={{ padding: '4px 8px', background: 'var(--ant-color-fill-quaternary, #fafafa)', borderRadius: 6 }}>
              <Typography.Text style={{ flex: '1 1 180px' }}>{bandLabel(t, locale, unit, phrase)}</Typography.Text>
              <span>→</span>
              <InputNumber
                aria-label={t('scoringModels.bandScore', { n: i + 1 })}
                value={Number.isFinite(source.scores[i]) ? source.scores[i] : null}
                min={range.min}
                max={range.max}
                precision={range.isIntegerOnly ? 0 : undefined}
                status={issuesUnder(issues, `${path}.scores.${i}`).length > 0 ? 'error' : undefined}
                onChange={(value) => setScore(i, value)}
                style={{ width: 90 }}
              />
            </Flex>
            <IssueList issues={issuesUnder(issues, `${path}.scores.${i}`)} />
            {i < source.breakpoints.length && (
              <Flex align="center" gap={8} style={{ margin: '6px 0 0 24px' }}>
                <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
                  {t('scoringModels.breakpoint', { n: i + 1 })}
                </Typography.Text>
                {unit === 'money' ? (
                  <MoneyInput aria-label={t('scoringModels.breakpoint', { n: i + 1 })} value={source.breakpoints[i]} onChange={(fen) => setBreakpoint(i, fen)} style={{ maxWidth: 200 }} />
                ) : (
                  <InputNumber
                    aria-label={t('scoringModels.breakpoint', { n: i + 1 })}
                    value={Number.isFinite(source.breakpoints[i]) ? source.breakpoints[i] : null}
                    status={breakpointIssues.length > 0 ? 'error' : undefined}
                    onChange={(value) => setBreakpoint(i, value)}
                    suffix={unit === 'percent' ? '%' : unit === 'days' ? t('scoringModels.unit.days', { value: '' }).trim() : undefined}
                    style={{ width: 160 }}
                  />
                )}
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('scoringModels.removeBand', { n: i + 1 })}
                  disabled={source.breakpoints.length <= 1}
                  onClick={() => onChange(removeBreakpoint(source, i))}
                />
              </Flex>
            )}
          </div>
        ))}
      </Flex>
      <Button icon={<PlusOutlined />} size="small" style={{ marginTop: 8 }} disabled={source.breakpoints.length >= 20} onClick={() => onChange(addBreakpoint(source))}>
        {t('scoringModels.addBand')}
      </Button>
    </div>
  );
}
