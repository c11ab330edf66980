import { z } from 'zod';
import { creditCodeError, normaliseCreditCode } from '../../../domain/accounts/credit-code.ts';

// 统一社会信用代码 (GB 32100-2015), checksums included; full-width and lower case are folded first.
export const creditCodeSchema = z
  .string()
  .transform(normaliseCreditCode)
  .superRefine((code, ctx) => {
    const error = creditCodeError(code);
    if (error) ctx.addIssue({ code: 'custom', message: `not a valid unified social credit code (${error})` });
  });
