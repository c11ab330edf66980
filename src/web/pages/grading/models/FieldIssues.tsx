import { Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelIssue } from './modelIssues.ts';
import { issueText } from './modelText.ts';

// A labelled field of the model editor with its problems under it (red), outside a bound antd
// Form: the draft is plain state, and the problems come from the live check or a refused save.
export function IssueField({ label, htmlFor, issues, help, children, ...rest }: { label?: ReactNode; htmlFor?: string; issues: readonly ModelIssue[]; help?: ReactNode; children: ReactNode } & Pick<FormItemProps, 'style'>) {
  const { t } = useTranslation();
  const text = issues.map((i) => issueText(t, i));
  return (
    // The standing hint goes to `extra` (antd keeps the item's spacing below it); problems to `help`.
    <Form.Item label={label} htmlFor={htmlFor} validateStatus={text.length > 0 ? 'error' : undefined} help={text.length > 0 ? text.join(' ') : undefined} extra={help} {...rest}>
      {children}
    </Form.Item>
  );
}

// Problems as red lines, for places without a single input (a table row, a whole table).
export function IssueList({ issues }: { issues: readonly ModelIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="ant-form-item-explain-error" style={{ color: 'var(--ant-color-error, #ff4d4f)', fontSize: 12 }}>
      {[...new Set(issues.map((i) => issueText(t, i)))].map((text) => (
        <div key={text}>{text}</div>
      ))}
    </div>
  );
}
