import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { POLICY_LIMITS } from '../../../../domain/grading/grading-policies.ts';
import type { StrategyTemplate } from '../../../api/gradingPolicies.queries.ts';
import { useLocale } from '../../../hooks/useLocale.ts';
import { BilingualInput } from './BilingualInput.tsx';
import { addItem, removeItem, setItem, type ItemList } from './policyDraft.ts';
import { issuesAt, type PolicyIssue } from './policyIssues.ts';

type Props = { template: StrategyTemplate; path: string; onChange: (template: StrategyTemplate) => void; issues: readonly PolicyIssue[]; readOnly: boolean };

const LIST_MIN: Record<ItemList, number> = { actions: 1, reasons: 0 };

// GRD-3: one quadrant's strategy — its names, what to do and why — in both languages. Read-only
// for people who may not change it: the texts in their language.
export function StrategyTemplateEditor({ template, path, onChange, issues, readOnly }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();

  if (readOnly) {
    return (
      <Flex vertical gap={8}>
        {(['actions', 'reasons'] as const).map((list) => (
          <div key={list}>
            <Typography.Text strong>{t(`gradingPolicies.${list}`)}</Typography.Text>
            <ol style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {template[list].map((item, i) => (
                <li key={i}>{item[locale]}</li>
              ))}
            </ol>
          </div>
        ))}
      </Flex>
    );
  }

  const listEditor = (list: ItemList) => (
    <Form.Item label={t(`gradingPolicies.${list}`)} validateStatus={issuesAt(issues, `${path}.${list}`).length > 0 ? 'error' : undefined} help={issuesAt(issues, `${path}.${list}`).join(' ') || undefined}>
      <Flex vertical gap={8}>
        {template[list].map((item, i) => (
          <Flex key={i} gap={8} align="start">
            <Typography.Text type="secondary" style={{ width: 20, paddingTop: 5, flex: 'none' }}>
              {i + 1}.
            </Typography.Text>
            <BilingualInput
              label={t(`gradingPolicies.${list}Item`, { n: i + 1 })}
              value={item}
              isMultiline
              maxLength={POLICY_LIMITS.itemText}
              issuesOf={(l) => issuesAt(issues, `${path}.${list}.${i}.${l}`)}
              onChange={(text) => onChange(setItem(template, list, i, text))}
            />
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t(`gradingPolicies.remove.${list}`, { n: i + 1 })}
              disabled={template[list].length <= LIST_MIN[list]}
              onClick={() => onChange(removeItem(template, list, i))}
            />
          </Flex>
        ))}
        {template[list].length < POLICY_LIMITS.items && (
          <Button icon={<PlusOutlined />} style={{ alignSelf: 'start' }} onClick={() => onChange(addItem(template, list))}>
            {t(`gradingPolicies.add.${list}`)}
          </Button>
        )}
      </Flex>
    </Form.Item>
  );

  return (
    <Form layout="vertical" component="div">
      <Flex gap={16} wrap>
        {(['quadrantName', 'strategyName'] as const).map((name) => (
          <Form.Item key={name} label={t(`gradingPolicies.${name}`)} style={{ flex: '1 1 320px', minWidth: 0 }}>
            <BilingualInput
              label={t(`gradingPolicies.${name}`)}
              value={template[name]}
              maxLength={POLICY_LIMITS.name}
              issuesOf={(l) => issuesAt(issues, `${path}.${name}.${l}`)}
              onChange={(text) => onChange({ ...template, [name]: text })}
            />
          </Form.Item>
        ))}
      </Flex>
      {listEditor('actions')}
      {listEditor('reasons')}
    </Form>
  );
}
