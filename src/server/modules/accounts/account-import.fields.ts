import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS } from '../../../domain/accounts/lists.ts';
import { parseEmail, parsePhone, parseUrl } from '../../../domain/import/parse-contact.ts';
import { parseDate } from '../../../domain/import/parse-date.ts';
import { parseInteger, parseMoney } from '../../../domain/import/parse-number.ts';
import { parseCreditCode, parseEnum, parseText } from '../../../domain/import/parse-values.ts';
import { enumOptions } from '../../lib/locale-labels.ts';
import type { FieldContext, FieldSpec } from '../../lib/import/validate-rows.ts';

// ARC-8: the columns an account import understands, with the headers Chinese files use.
const text = (maxLength: number) => (t: string) => parseText(t, { maxLength, multiline: maxLength > 300 });
const money = (t: string, c: FieldContext) => parseMoney(t, { unit: c.unit });
const count = (t: string) => parseInteger(t, { min: 0, max: 10_000_000 });
const date = (t: string) => parseDate(t);

// Common ways people write the classification values, beyond the UI labels.
const OWNERSHIP_SYNONYMS = { state_owned: ['国企', '央企'], private: ['私营企业', '私企', '民企'], foreign: ['外企', '外商独资'], hk_macao_taiwan: ['港资', '台资', '港澳台'], joint_venture: ['中外合资'] };
const TYPE_SYNONYMS = { end_customer: ['终端', '直销客户', '最终用户'], dealer: ['代理商'], distributor: ['批发商'] };

const enumField = (prefix: string, ids: readonly string[], synonyms = {}) => {
  const options = enumOptions(prefix, ids, synonyms);
  return (t: string) => parseEnum(t, options);
};

export const ACCOUNT_IMPORT_FIELDS: FieldSpec[] = [
  { key: 'name', labels: ['客户名称', '公司名称', '企业名称', '单位名称', '客户', 'Company', 'Account name', 'Name'], required: true, parse: text(200) },
  { key: 'creditCode', labels: ['统一社会信用代码', '信用代码', '社会信用代码', 'Credit code'], parse: parseCreditCode },
  { key: 'archiveNo', labels: ['档案编号', '客户编号', 'Archive no'], parse: text(40) },
  { key: 'address', labels: ['客户地址', '地址', '公司地址', 'Address'], parse: text(300) },
  { key: 'postcode', labels: ['邮编', '邮政编码', 'Postcode'], parse: (t) => (/^\d{6}$/.test(t.trim()) ? { ok: true, value: t.trim() } : { ok: false, reason: 'INTEGER_INVALID' }) },
  { key: 'phone', labels: ['客户电话', '电话', '联系电话', 'Phone'], parse: (t) => parsePhone(t) },
  { key: 'fax', labels: ['传真', 'Fax'], parse: (t) => parsePhone(t) },
  { key: 'email', labels: ['电子邮箱', '邮箱', 'E-mail', 'Email'], parse: parseEmail },
  { key: 'website', labels: ['网址', '网站', 'Website'], parse: parseUrl },
  { key: 'foundedOn', labels: ['成立日期', '成立时间', 'Founded'], parse: date },
  { key: 'registeredCapital', labels: ['注册资本', '注册资金', 'Registered capital'], parse: money },
  { key: 'mainShareholders', labels: ['主要股东', 'Shareholders'], parse: text(1000) },
  { key: 'bankName', labels: ['开户行', '开户银行', 'Bank'], parse: text(200) },
  { key: 'bankAccount', labels: ['账号', '银行账号', 'Bank account'], parse: (t) => (/^[\d\s-]{4,40}$/.test(t) ? { ok: true, value: t.replace(/\s+/g, ' ') } : { ok: false, reason: 'INTEGER_INVALID' }) },
  { key: 'legalRepresentative', labels: ['法定代表人', '法人', '公司法人', 'Legal representative'], parse: text(100) },
  { key: 'employeesTotal', labels: ['职工人数', '员工人数', '人数', 'Employees'], parse: count },
  { key: 'employeesDomestic', labels: ['中方人数'], parse: count },
  { key: 'employeesForeign', labels: ['外方人数'], parse: count },
  { key: 'annualRevenue', labels: ['年营业额', '营业收入', '年销售额', 'Revenue'], parse: money },
  { key: 'mainBusiness', labels: ['主营业务', '经营范围', 'Main business'], parse: text(2000) },
  { key: 'serviceArea', labels: ['服务区域', 'Service area'], parse: text(1000) },
  { key: 'industry', labels: ['行业', '所属行业', 'Industry'], parse: enumField('account.industry', INDUSTRIES) },
  { key: 'region', labels: ['地区', '区域', '省份', '所在省份', 'Region', 'Province'], parse: enumField('account.region', REGIONS) },
  { key: 'ownership', labels: ['公司性质', '企业性质', '所有制', 'Ownership'], parse: enumField('account.ownership', OWNERSHIP_TYPES, OWNERSHIP_SYNONYMS) },
  { key: 'customerType', labels: ['客户类型', '客户类别', 'Customer type'], parse: enumField('account.customerType', CUSTOMER_TYPES, TYPE_SYNONYMS) },
  { key: 'lifecycleStage', labels: ['客户阶段', '阶段', '客户状态', 'Stage'], parse: enumField('account.stage', LIFECYCLE_STAGES) },
  { key: 'firstPurchaseOn', labels: ['首次购买日期', '首次采购', 'First purchase'], parse: date },
  { key: 'firstContactOn', labels: ['首次接触日期', '首次接触', 'First contact'], parse: date },
  { key: 'tags', labels: ['标签', 'Tags'], parse: (t) => ({ ok: true, value: t.split(/[,，;；、\s]+/).map((s) => s.trim()).filter(Boolean).slice(0, 30) }) },
];

type Money = { amount: number; currency: string };

// A validated row → the account's fields (amounts to fen; the currency of the first amount).
export function accountValues(values: Record<string, unknown>): Record<string, unknown> {
  const { registeredCapital, annualRevenue, ...rest } = values as { registeredCapital?: Money | null; annualRevenue?: Money | null };
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== null && v !== undefined));
  if (registeredCapital) out.registeredCapitalFen = registeredCapital.amount;
  if (annualRevenue) out.annualRevenueFen = annualRevenue.amount;
  const currency = registeredCapital?.currency ?? annualRevenue?.currency;
  if (currency) out.currency = currency;
  return out;
}
