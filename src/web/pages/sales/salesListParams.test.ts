import { describe, expect, it } from 'vitest';
import { hasSalesFilters, parseSalesListParams, serializeSalesListParams, toSalesQuery } from './salesListParams.ts';

const ACCOUNT = '3e3313bf-dfeb-4b97-8eff-198e4429f33e';

describe('sales list state in the address bar', () => {
  it('round-trips filters, sort and page', () => {
    const params = new URLSearchParams(`from=2026-01-01&to=2026-03-31&accountId=${ACCOUNT}&account=萦丰&category=液压油&payment=unpaid&return=false&sort=-amountFen&page=3`);
    const state = parseSalesListParams(params);
    expect(state).toMatchObject({ from: '2026-01-01', to: '2026-03-31', accountId: ACCOUNT, accountName: '萦丰', paymentStatus: 'unpaid', isReturn: false, sort: '-amountFen', page: 3 });
    expect(serializeSalesListParams(state).toString()).toBe(params.toString());
    expect(hasSalesFilters(state)).toBe(true);
  });

  it('drops what it does not understand instead of sending it to the server', () => {
    const state = parseSalesListParams(new URLSearchParams('from=yesterday&accountId=1;drop&payment=maybe&sort=price&page=-2'));
    expect(state).toMatchObject({ from: null, accountId: null, paymentStatus: null, sort: '-soldOn', page: 1 });
    expect(hasSalesFilters(state)).toBe(false);
  });

  it('pages the API query', () => {
    const query = toSalesQuery({ ...parseSalesListParams(new URLSearchParams('page=2&return=true')) });
    expect(query).toMatchObject({ limit: 20, offset: 20, isReturn: 'true', sort: '-soldOn' });
  });
});
