import { parseDate } from '../../../domain/import/parse-date.ts';
import { parseMoney } from '../../../domain/import/parse-number.ts';
import { parseBoolean, parseText, ok } from '../../../domain/import/parse-values.ts';
import { foldLabel } from '../../../domain/text/normalise.ts';
import type { FieldContext, FieldSpec } from '../../lib/import/validate-rows.ts';

// MNY-2: the columns a sales import understands, with the headers Chinese sales sheets use
// (seed 001 篇1 §4: 进货时间、品种、数量、规格、金额、结款情况). Quantities and the cross-column rules
// (returns, paid ≤ amount) are checked after the cells (sales-import.service.ts).
const text = (maxLength: number) => (t: string) => parseText(t, { maxLength, multiline: maxLength > 300 });
const money = (t: string, c: FieldContext) => parseMoney(t, { unit: c.unit, allowNegative: true });

const RETURN_WORDS = new Set(['退货', '退回', '退', '销售退货', 'return', 'returned']);
const SALE_WORDS = new Set(['销售', '出库', '发货', '销货', 'sale', 'sold']);

// A return mark: 是/否 in a 退货 column, or the kind of document in a 类型 column.
export function parseReturnMark(t: string) {
  const key = foldLabel(t).toLowerCase();
  if (RETURN_WORDS.has(key)) return ok(true);
  if (SALE_WORDS.has(key)) return ok(false);
  return parseBoolean(t);
}

export const SALES_IMPORT_FIELDS: FieldSpec[] = [
  { key: 'account', labels: ['客户名称', '客户', '购货单位', '购买单位', '单位名称', '公司名称', '统一社会信用代码', '档案编号', 'Account', 'Customer'], required: true, parse: text(200) },
  { key: 'product', labels: ['产品名称', '产品', '品名', '品种', '商品名称', '货品名称', '物料名称', '产品编码', '物料编码', 'Product'], required: true, parse: text(200) },
  { key: 'spec', labels: ['规格', '产品规格', '规格型号', '包装规格', 'Spec', 'Specification'], parse: text(100) },
  { key: 'soldOn', labels: ['日期', '购货日期', '进货时间', '进货日期', '销售日期', '发货日期', '开票日期', 'Date'], required: true, parse: (t) => parseDate(t, { monthOnly: 'reject' }) },
  { key: 'quantity', labels: ['数量', '销量', '销售数量', 'Quantity', 'Qty'], required: true, parse: text(40) },
  { key: 'unitPrice', labels: ['单价', '含税单价', '销售单价', 'Unit price', 'Price'], parse: money },
  { key: 'amount', labels: ['金额', '销售金额', '价税合计', '总金额', '货款', 'Amount'], parse: money },
  { key: 'cost', labels: ['成本', '成本金额', '销售成本', 'Cost'], parse: money },
  { key: 'paid', labels: ['已付金额', '回款金额', '已收款', '已收金额', '结款金额', '收款金额', 'Paid'], parse: money },
  { key: 'isReturn', labels: ['退货', '是否退货', '退货标记', '单据类型', '业务类型', 'Return'], parse: parseReturnMark },
  { key: 'salesperson', labels: ['业务员', '销售员', '销售人员', '经办人', 'Salesperson'], parse: text(100) },
  { key: 'note', labels: ['备注', '说明', 'Note', 'Notes'], parse: text(1000) },
];
