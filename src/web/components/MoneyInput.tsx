import { InputNumber } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../hooks/useLocale.ts';
import { fenToUnits, moneyUnitOf, unitsToFen } from './money.ts';

type Props = { id?: string; value?: number | null; onChange?: (fen: number | null) => void; style?: CSSProperties; 'aria-label'?: string };

// 1234567.5 → "1,234,567.5" while typing; the value itself stays a number.
const groupThousands = (digits: string): string =>
  [...digits].map((digit, i) => (i > 0 && (digits.length - i) % 3 === 0 ? `,${digit}` : digit)).join('');

const withSeparators = (value: number | string | undefined): string => {
  const [whole = '', fraction] = String(value ?? '').split('.');
  return groupThousands(whole) + (fraction !== undefined ? `.${fraction}` : '');
};

// A money field whose value is integer fen; people type 万元 (zh-CN) or yuan (en-US). Switching
// the language mid-edit keeps the amount.
export function MoneyInput({ id, value, onChange, style, 'aria-label': ariaLabel }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const unit = moneyUnitOf(locale);
  return (
    <InputNumber<number>
      id={id}
      aria-label={ariaLabel}
      value={fenToUnits(value, unit)}
      onChange={(units) => onChange?.(unitsToFen(units, unit))}
      formatter={withSeparators}
      // A string, so that an emptied field becomes null (not 0); 。 typed on a Chinese keyboard is a point.
      parser={(text) => (text ?? '').replace(/,/g, '').replace(/。/g, '.') as unknown as number}
      min={0}
      max={unit === 'wan' ? 9_000_000_000 : 90_000_000_000_000}
      suffix={t(unit === 'wan' ? 'money.wan' : 'money.yuan')}
      style={{ width: '100%', ...style }}
    />
  );
}
