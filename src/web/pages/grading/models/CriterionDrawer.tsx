import { Button, Col, Divider, Drawer, Flex, Form, Input, InputNumber, Radio, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AXES, DIRECTIONS, METRIC_KEYS, SCALES, validateModel, type Criterion, type Direction, type MetricKey, type Scale, type ScoringModel } from '../../../../domain/grading/index.ts';
import { useIsPhone } from '../../../hooks/useIsPhone.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { BreakpointsEditor } from './BreakpointsEditor.tsx';
import { IssueField } from './FieldIssues.tsx';
import { defaultComputedSource, replaceAt, withDirection, withScale, withSourceType } from './modelDraft.ts';
import { fromDomain, issuesAt, type ModelIssue } from './modelIssues.ts';

type Props = {
  definition: ScoringModel;
  // The criterion's place in the model; criteria.length for a new one.
  index: number;
  criterion: Criterion;
  isNew: boolean;
  // Problems the server reported for this criterion at the last save.
  serverIssues: readonly ModelIssue[];
  onClose: () => void;
  onSubmit: (criterion: Criterion) => void;
};

// One criterion in full: names and guidance, weight, scale, axis (matrix), and its source — a
// metric with its bands, or a person's judgement. Problems show as they are typed, checked with
// the whole model (a duplicate key, a weight) by the same rules the server applies.
export function CriterionDrawer({ definition, index, criterion: initial, isNew, serverIssues, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { locale } = useLocale();
  const [criterion, setCriterion] = useState<Criterion>(initial);
  const [isEdited, setEdited] = useState(false);
  const update = (next: Criterion) => {
    setCriterion(next);
    setEdited(true);
  };

  const path = `criteria.${index}`;
  const withCandidate = { ...definition, criteria: index < definition.criteria.length ? replaceAt(definition.criteria, index, criterion) : [...definition.criteria, criterion] } as ScoringModel;
  const live = fromDomain(validateModel(withCandidate)).filter((i) => i.path.startsWith(`${path}.`));
  const issues = isEdited ? live : [...live, ...serverIssues];
  const at = (field: string) => issuesAt(issues, `${path}.${field}`);
  const { source } = criterion;
  const setText = (field: 'name' | 'hint', locale: 'zh-CN' | 'en-US', value: string) =>
    update({ ...criterion, [field]: { ...{ 'zh-CN': '', 'en-US': '' }, ...criterion[field], [locale]: value } });

  return (
    <Drawer
      open
      title={isNew ? t('scoringModels.addCriterion') : `${t('common.edit')}${t('common.colon')}${initial.name[locale] || initial.key}`}
      size={isPhone ? '100%' : 640}
      onClose={onClose}
      destroyOnHidden
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => onSubmit(criterion)}>
            {t('common.confirm')}
          </Button>
        </Flex>
      }
    >
      <Form layout="vertical" component="div">
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.field.nameZh')} htmlFor="criterion-name-zh" issues={at('name.zh-CN')}>
              <Input id="criterion-name-zh" value={criterion.name['zh-CN']} maxLength={200} onChange={(e) => setText('name', 'zh-CN', e.target.value)} />
            </IssueField>
          </Col>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.field.nameEn')} htmlFor="criterion-name-en" issues={at('name.en-US')}>
              <Input id="criterion-name-en" value={criterion.name['en-US']} maxLength={200} onChange={(e) => setText('name', 'en-US', e.target.value)} />
            </IssueField>
          </Col>
          <Col xs={24} md={12}>
            <IssueField label={t('scoringModels.field.key')} htmlFor="criterion-key" issues={at('key')} help={t('scoringModels.keyHelp')}>
              <Input id="criterion-key" value={criterion.key} maxLength={64} onChange={(e) => update({ ...criterion, key: e.target.value })} />
            </IssueField>
          </Col>
          <Col xs={12} md={6}>
            <IssueField label={t('scoringModels.field.weight')} htmlFor="criterion-weight" issues={at('weight')}>
              <InputNumber
                id="criterion-weight"
                min={0}
                max={100}
                value={Number.isFinite(criterion.weight) ? criterion.weight : null}
                onChange={(value) => update({ ...criterion, weight: value ?? Number.NaN })}
                style={{ width: '100%' }}
              />
            </IssueField>
          </Col>
          <Col xs={12} md={6}>
            <IssueField label={t('scoringModels.field.scale')} htmlFor="criterion-scale" issues={at('scale')}>
              <Select
                id="criterion-scale"
                value={criterion.scale}
                options={SCALES.map((scale) => ({ value: scale, label: t(`scoringModels.scale.${scale}`) }))}
                onChange={(scale: Scale) => update(withScale(criterion, scale))}
              />
            </IssueField>
          </Col>
          {(definition.groups ?? []).length > 0 && (
            <Col xs={24} md={12}>
              <IssueField label={t('scoringModels.field.group')} htmlFor="criterion-group" issues={at('group')}>
                <Select
                  id="criterion-group"
                  allowClear
                  value={criterion.group}
                  options={(definition.groups ?? []).map((group) => ({ value: group.key, label: group.name[locale] }))}
                  onChange={(group?: string) => update({ ...criterion, group })}
                />
              </IssueField>
            </Col>
          )}
          {definition.kind === 'matrix' && (
            <Col xs={24}>
              <IssueField label={t('scoringModels.field.axis')} issues={at('axis')}>
                <Radio.Group
                  aria-label={t('scoringModels.field.axis')}
                  value={criterion.axis}
                  options={AXES.map((axis) => ({ value: axis, label: t(`scoringModels.axis.${axis}`) }))}
                  onChange={(e) => update({ ...criterion, axis: e.target.value as Criterion['axis'] })}
                />
              </IssueField>
            </Col>
          )}
          <Col xs={24}>
            <IssueField label={t('scoringModels.field.source')} issues={at('source.type')}>
              <Radio.Group
                aria-label={t('scoringModels.field.source')}
                optionType="button"
                value={source.type}
                options={(['computed', 'judged'] as const).map((type) => ({ value: type, label: t(`scoringModels.source.${type}`) }))}
                onChange={(e) => update(withSourceType(criterion, e.target.value as 'computed' | 'judged'))}
              />
            </IssueField>
          </Col>
        </Row>
        {source.type === 'computed' ? (
          <>
            <Row gutter={16}>
              <Col xs={24} md={14}>
                <IssueField label={t('scoringModels.field.metric')} htmlFor="criterion-metric" issues={at('source.metric')}>
                  <Select
                    id="criterion-metric"
                    value={source.metric}
                    options={METRIC_KEYS.map((metric) => ({ value: metric, label: t(`scoringModels.metric.${metric}`) }))}
                    // Another metric is measured in other units: its bands start again from sensible ones.
                    onChange={(metric: MetricKey) => update({ ...criterion, source: defaultComputedSource(metric, criterion.scale) })}
                  />
                </IssueField>
              </Col>
              <Col xs={24} md={10}>
                <IssueField label={t('scoringModels.field.direction')} htmlFor="criterion-direction" issues={at('source.direction')}>
                  <Select
                    id="criterion-direction"
                    value={source.direction}
                    options={DIRECTIONS.map((direction) => ({ value: direction, label: t(`scoringModels.direction.${direction}`) }))}
                    onChange={(direction: Direction) => update({ ...criterion, source: withDirection(source, direction) })}
                  />
                </IssueField>
              </Col>
            </Row>
            <Divider titlePlacement="start" plain>
              {t('scoringModels.bands')}
            </Divider>
            <BreakpointsEditor source={source} scale={criterion.scale} path={`${path}.source`} issues={issues} onChange={(next) => update({ ...criterion, source: next })} />
          </>
        ) : (
          <Row gutter={16}>
            <Col xs={24}>
              <IssueField label={t('scoringModels.field.hintZh')} htmlFor="criterion-hint-zh" issues={at('hint.zh-CN')} help={t('scoringModels.hintHelp')}>
                <Input.TextArea id="criterion-hint-zh" autoSize={{ minRows: 2 }} maxLength={200} value={criterion.hint?.['zh-CN'] ?? ''} onChange={(e) => setText('hint', 'zh-CN', e.target.value)} />
              </IssueField>
            </Col>
            <Col xs={24}>
              <IssueField label={t('scoringModels.field.hintEn')} htmlFor="criterion-hint-en" issues={at('hint.en-US')}>
                <Input.TextArea id="criterion-hint-en" autoSize={{ minRows: 2 }} maxLength={200} value={criterion.hint?.['en-US'] ?? ''} onChange={(e) => setText('hint', 'en-US', e.target.value)} />
              </IssueField>
            </Col>
          </Row>
        )}
      </Form>
    </Drawer>
  );
}
