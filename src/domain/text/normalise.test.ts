import { describe, expect, it } from 'vitest';
import { foldLabel, foldWidth, normaliseCompanyName, searchKeys } from './normalise.ts';

describe('normaliseCompanyName', () => {
  it('gives full-width and half-width brackets the same key', () => {
    expect(normaliseCompanyName('东莞市萦丰电子（东莞）有限公司')).toBe('东莞市萦丰电子(东莞)有限公司');
    expect(normaliseCompanyName('东莞市萦丰电子(东莞)有限公司')).toBe('东莞市萦丰电子(东莞)有限公司');
  });

  it('unifies square, lenticular and tortoise-shell brackets', () => {
    const key = normaliseCompanyName('萦丰(东莞)');
    for (const variant of ['萦丰[东莞]', '萦丰【东莞】', '萦丰〔东莞〕', '萦丰［东莞］', '萦丰{东莞}']) {
      expect(normaliseCompanyName(variant)).toBe(key);
    }
  });

  it('removes spaces of every width and invisible characters', () => {
    expect(normaliseCompanyName(' 萦丰　电子 有限\t公司\u200B ')).toBe('萦丰电子有限公司');
    expect(normaliseCompanyName('\uFEFF萦丰电子')).toBe('萦丰电子');
  });

  it('folds full-width Latin letters and digits and their case', () => {
    expect(normaliseCompanyName('ＡＢＣ科技１号')).toBe('abc科技1号');
    expect(normaliseCompanyName('Abc科技1号')).toBe(normaliseCompanyName('aBC科技１号'));
  });

  it('keeps legally different names apart', () => {
    expect(normaliseCompanyName('萦丰电子有限公司')).not.toBe(normaliseCompanyName('萦丰电子有限责任公司'));
    expect(normaliseCompanyName('萦丰电子(东莞)有限公司')).not.toBe(normaliseCompanyName('萦丰电子东莞有限公司'));
  });
});

describe('foldLabel', () => {
  it('matches headers however they are decorated', () => {
    expect(foldLabel('*客户名称：')).toBe('客户名称');
    expect(foldLabel('客户 名称')).toBe('客户名称');
    expect(foldLabel('注册资本（万元）')).toBe('注册资本万元');
    expect(foldLabel('E-mail')).toBe('email');
    expect(foldLabel('Company Name')).toBe('companyname');
  });
});

describe('foldWidth', () => {
  it('keeps spaces but folds widths', () => {
    expect(foldWidth('０７６９－８８８８　８８８８')).toBe('0769-8888 8888');
  });
});

describe('searchKeys', () => {
  it('gives full pinyin and initials without tones or spaces', () => {
    expect(searchKeys('东莞市萦丰电子')).toEqual({ full: 'dongguanshiyingfengdianzi', initials: 'dgsyfdz' });
  });

  it('reads common place-name polyphones by word', () => {
    expect(searchKeys('重庆').full).toBe('chongqing');
    expect(searchKeys('长沙').full).toBe('changsha');
    expect(searchKeys('厦门').initials).toBe('xm');
  });

  it('keeps Latin and digit runs whole and drops punctuation', () => {
    expect(searchKeys('3M中国（上海）有限公司')).toEqual({
      full: '3mzhongguoshanghaiyouxiangongsi',
      initials: '3mzgshyxgs',
    });
    expect(searchKeys('ＡＢＣ电子').initials).toBe('abcdz');
  });

  it('returns empty keys for an empty name', () => {
    expect(searchKeys('')).toEqual({ full: '', initials: '' });
  });
});
