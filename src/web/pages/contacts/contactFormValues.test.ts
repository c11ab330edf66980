import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Contact } from '../../api/types.ts';
import { toContactFormValues, toCreateContactBody, toRelationshipsBody, toUpdateContactBody } from './contactFormValues.ts';

const contact = {
  id: 'c1',
  name: '陈容',
  title: '采购总监',
  department: null,
  birthDate: '1978-05-04',
  buyingRole: 'decision_maker',
  decisionStyle: 'leader',
  attitude: 'neutral',
  influence: 4,
  vestedInterests: ['成本'],
  reportsToId: null,
  isLeft: false,
  leftOn: null,
  successorId: null,
  relationships: [{ userId: 'u1', name: '陈伟', strength: 3, note: null }],
  version: 2,
} as unknown as Contact;

describe('contact form values', () => {
  it('sends only what changed, with the version read', () => {
    const values = { ...toContactFormValues(contact), attitude: 'supporter', department: ' 采购部 ', birthDate: dayjs('1978-05-04') };
    expect(toUpdateContactBody(contact, values)).toEqual({ version: 2, attitude: 'supporter', department: '采购部' });
  });

  it('marks a contact as left with the date and successor', () => {
    const values = { ...toContactFormValues(contact), isLeft: true, leftOn: dayjs('2026-10-31'), successorId: 'c2' };
    expect(toUpdateContactBody(contact, values)).toEqual({ version: 2, isLeft: true, leftOn: '2026-10-31', successorId: 'c2' });
  });

  it('creates with the filled-in fields only', () => {
    expect(toCreateContactBody({ name: ' 杨雪英 ', title: '', influence: 3, vestedInterests: [' 交期 ', ''], isLeft: false })).toEqual({
      name: '杨雪英',
      influence: 3,
      vestedInterests: ['交期'],
    });
  });

  it('sends our people who know the contact only when they changed', () => {
    expect(toRelationshipsBody(contact, [{ userId: 'u1', strength: 3, note: '' }])).toBeNull();
    expect(toRelationshipsBody(contact, [{ userId: 'u1', strength: 5, note: ' 老朋友 ' }, { userId: null, strength: 3 }])).toEqual({
      links: [{ userId: 'u1', strength: 5, note: '老朋友' }],
    });
    expect(toRelationshipsBody(null, [])).toBeNull();
  });
});
