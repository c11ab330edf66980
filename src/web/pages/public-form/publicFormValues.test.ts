import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { publicFormFields, toPublicFormValues, toSubmission } from './publicFormValues.ts';

const initial = { name: '东莞盈丰', creditCode: null, address: '东莞市', foundedOn: '2018-12-14', registeredCapitalFen: 1_260_000_000, employeesTotal: 263, mainBusiness: null };

describe('the customer form', () => {
  it('shows the fields the server sent in the archive order, prefilled', () => {
    expect(publicFormFields(initial).map((f) => f.name)).toEqual(['name', 'creditCode', 'address', 'foundedOn', 'registeredCapitalFen', 'employeesTotal', 'mainBusiness']);
    expect(dayjs.isDayjs(toPublicFormValues(initial).foundedOn)).toBe(true);
  });

  it('sends back only what the customer changed', () => {
    const values = { ...toPublicFormValues(initial), address: ' 东莞市长安镇 ', creditCode: '91441900 ma4x', mainBusiness: '' };
    expect(toSubmission(initial, values)).toEqual({ address: '东莞市长安镇', creditCode: '91441900MA4X' });
  });

  it('sends new contacts with a name, empty parts as null, and never an empty company name', () => {
    const values = { ...toPublicFormValues(initial), name: '  ', contacts: [{ name: ' 杨雪英 ', title: '采购经理', mobile: '' }, { name: '' }] };
    expect(toSubmission(initial, values)).toEqual({
      contacts: [{ name: '杨雪英', title: '采购经理', department: null, mobile: null, email: null }],
    });
  });
});
