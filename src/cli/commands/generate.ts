import { InvalidArgumentError, type Command } from 'commander';
import { isSize, SIZES, type Size } from '../../server/generate/sizes.ts';
import { withDatabase } from '../with-database.ts';

const parseSize = (value: string): Size => {
  const upper = value.toUpperCase();
  if (!isSize(upper)) throw new InvalidArgumentError(`must be one of ${Object.keys(SIZES).join(', ')}`);
  return upper;
};

const parseSeed = (value: string): number => {
  const seed = Number(value);
  if (!Number.isInteger(seed) || seed < 0) throw new InvalidArgumentError('must be a non-negative integer');
  return seed;
};

export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('fill an empty database with a large generated data set for benchmarks (S 1k, M 20k, L 100k accounts)')
    .option('--size <size>', 'S, M or L', parseSize, 'S' as Size)
    .option('--seed <n>', 'random seed (the same seed gives the same data)', parseSeed, 1)
    .action(async (o: { size: Size; seed: number }) => {
      const { generateData, GENERATED_PASSWORD } = await import('../../server/generate/generate.ts');
      const isTty = process.stdout.isTTY;
      let lastPercent = -1;
      const result = await withDatabase('kam generate', (db) =>
        generateData(db, o.size, o.seed, (done, total) => {
          const percent = Math.floor((done / total) * 100);
          if (percent === lastPercent || (!isTty && percent % 10 !== 0)) return;
          lastPercent = percent;
          process.stdout.write(isTty ? `\raccounts ${done}/${total} (${percent}%)` : `accounts ${done}/${total} (${percent}%)\n`);
        }),
      );
      if (isTty) process.stdout.write('\n');
      console.log(
        `Generated ${result.accounts} accounts, ${result.contacts} contacts, ${result.sales} sales records, ${result.users} users in ${result.seconds.toFixed(1)} s (seed ${o.seed}). ` +
          `Users: director, manager1…, am1_1…; password "${GENERATED_PASSWORD}".`,
      );
    });
}
