import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import { InvalidArgumentError, type Command } from 'commander';
import { isRole } from '../../domain/users/roles.ts';
import { SYSTEM_ACTOR } from '../../server/auth/current-user.ts';
import { withDatabase } from '../with-database.ts';

type Options = { map?: string[]; dryRun?: boolean; owner?: string; as?: string; encoding?: string; sheet?: string; update?: boolean };

const SYSTEM_VIEWER_ID = '00000000-0000-0000-0000-000000000000';

const collect = (value: string, previous: string[] = []) => [...previous, value];

// `kam import accounts FILE` and `kam import sales FILE`: the same engine as the UI's import.
export function registerImportCommand(program: Command): void {
  const command = program
    .command('import')
    .description('import data from .xlsx or .csv (all rows or none)')
    .argument('<what>', 'accounts or sales')
    .argument('<file>', 'the .xlsx or .csv file')
    .option('--owner <username>', 'accounts: the account manager who will own the imported accounts (required)')
    .option('--as <username>', 'sales: import as this user (only their accounts match); default: all accounts')
    .option('--map <header=field>', 'map a column explicitly, e.g. --map 客户名称=name (repeatable, or comma-separated)', collect)
    .option('--dry-run', 'check the file and report every error; write nothing')
    .option('--update', 'update existing accounts that match by credit code or name (default: skip them)')
    .option('--encoding <name>', 'text encoding of a CSV file (default: detected)')
    .option('--sheet <name>', 'worksheet of an .xlsx file (default: the first)')
    .action(async (what: string, file: string, o: Options) => {
      if (what !== 'accounts' && what !== 'sales') throw new InvalidArgumentError('import "accounts" or "sales"');
      if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
      if (what === 'sales') return importSalesFile(file, o);
      if (!o.owner) return command.error("error: import accounts needs option '--owner <username>'", { exitCode: 2 });
      const ownerName = o.owner;
      const bytes = fs.readFileSync(file);
      const { parseMapOption } = await import('../../server/lib/import/mapping.ts');
      const { importAccounts } = await import('../../server/modules/accounts/account-import.service.ts');
      const { userIdByName } = await import('./user-lookup.ts');
      const started = Date.now();
      const result = await withDatabase('kam import', async (db) => {
        const owner = await userIdByName(db, ownerName);
        const viewer = { id: owner.id, role: 'admin' as const, subordinateIds: [] };
        const base = { fileName: file, encoding: o.encoding, sheetName: o.sheet, map: o.map ? parseMapOption(o.map) : undefined, ownerId: owner.id };
        // One pass reads, checks and writes; the dry run comes first only when asked for, or when
        // duplicates are to be updated (the choices are per row).
        if (o.dryRun || o.update) {
          const dry = await importAccounts(db, SYSTEM_ACTOR, viewer, bytes, { ...base, dryRun: true });
          printReport(dry);
          if (o.dryRun || dry.report.errorCount > 0) return dry;
          const updates = dry.report.duplicates.filter((d) => d.allowed.includes('update')).map((d) => [d.row, 'update' as const]);
          return importAccounts(db, SYSTEM_ACTOR, viewer, bytes, { ...base, dryRun: false, choices: Object.fromEntries(updates), onProgress: progressPrinter() });
        }
        try {
          return await importAccounts(db, SYSTEM_ACTOR, viewer, bytes, { ...base, dryRun: false, onProgress: progressPrinter() });
        } catch (error) {
          if ((error as { code?: string }).code !== 'IMPORT_HAS_ERRORS') throw error;
          const dry = await importAccounts(db, SYSTEM_ACTOR, viewer, bytes, { ...base, dryRun: true });
          printReport(dry);
          return dry;
        }
      });
      const seconds = (Date.now() - started) / 1000;
      if (result.report.errorCount > 0) {
        console.error(`Nothing was imported: ${result.report.errorCount} error(s) in ${result.report.invalid} row(s).`);
        process.exitCode = 1;
      } else if (result.dryRun) {
        console.log(`Dry run: ${result.report.valid} rows would be imported; nothing was written.`);
      } else {
        console.log(`Imported: ${result.created} created, ${result.updated} updated, ${result.skipped} skipped in ${seconds.toFixed(1)} s (${Math.round(result.report.rows / seconds)} rows/s).`);
      }
    });
}

// `kam import sales FILE`: rows name accounts (credit code, archive no. or name) and catalogue
// products; nothing is written while any row has an error.
async function importSalesFile(file: string, o: Options) {
  const bytes = fs.readFileSync(file);
  const { parseMapOption } = await import('../../server/lib/import/mapping.ts');
  const { importSales } = await import('../../server/modules/sales/sales-import.service.ts');
  const { userIdByName } = await import('./user-lookup.ts');
  const started = Date.now();
  const result = await withDatabase('kam import', async (db) => {
    const user = o.as ? await userIdByName(db, o.as) : null;
    const { loadViewer } = await import('../../server/auth/visibility-sql.ts');
    const { users } = await import('../../server/modules/users/users.schema.ts');
    const role = user ? (await db.select({ role: users.role }).from(users).where(eq(users.id, user.id)))[0].role : 'admin';
    // Without --as the command line sees every account, as an administrator would.
    const viewer = user && isRole(role) ? await loadViewer(db, { id: user.id, role }) : { id: SYSTEM_VIEWER_ID, role: 'admin' as const, subordinateIds: [] };
    const actor = user ? { id: user.id, name: o.as!, ip: null } : SYSTEM_ACTOR;
    const base = { fileName: file, encoding: o.encoding, sheetName: o.sheet, map: o.map ? parseMapOption(o.map) : undefined };
    const report = async () => {
      const dry = await importSales(db, actor, viewer, bytes, { ...base, dryRun: true });
      printReport({ ...dry, report: { ...dry.report, duplicates: [] } });
      return dry;
    };
    if (o.dryRun) return report();
    // One pass reads, checks and writes; the report is printed only when there is an error.
    try {
      return await importSales(db, actor, viewer, bytes, { ...base, dryRun: false, onProgress: progressPrinter() });
    } catch (error) {
      if ((error as { code?: string }).code !== 'IMPORT_HAS_ERRORS') throw error;
      return report();
    }
  });
  const seconds = (Date.now() - started) / 1000;
  if (result.report.errorCount > 0) {
    console.error(`Nothing was imported: ${result.report.errorCount} error(s) in ${result.report.invalid} row(s).`);
    process.exitCode = 1;
  } else if (result.dryRun) {
    console.log(`Dry run: ${result.report.valid} sales records would be imported; nothing was written.`);
  } else {
    console.log(`Imported: ${result.created} sales records (batch ${result.batchId}) in ${seconds.toFixed(1)} s (${Math.round(result.report.rows / seconds)} rows/s).`);
  }
}

function printReport(result: { format: string; encoding: string; encodingConfidence: number; report: { rows: number; errors: { row: number; column: string; code: string; message: string; value: string }[]; errorCount: number; duplicates: { row: number; matchedBy: string }[] }; mapping: { columns: { header: string; field: string }[]; unmapped: { header: string }[] } }) {
  console.log(`Read ${result.report.rows} rows (${result.format}, ${result.encoding}${result.format === 'csv' ? ` ${Math.round(result.encodingConfidence * 100)}%` : ''}).`);
  console.log(`Columns: ${result.mapping.columns.map((c) => `${c.header} → ${c.field}`).join(', ')}`);
  if (result.mapping.unmapped.length > 0) console.log(`Ignored columns: ${result.mapping.unmapped.map((c) => c.header).join(', ')}`);
  for (const e of result.report.errors) console.log(`  row ${e.row}, ${e.column}: ${e.message} (${e.code}) [${e.value}]`);
  if (result.report.errorCount > result.report.errors.length) console.log(`  … and ${result.report.errorCount - result.report.errors.length} more errors`);
  if (result.report.duplicates.length > 0) console.log(`${result.report.duplicates.length} duplicate(s) of existing accounts or earlier rows (skipped unless --update).`);
}

// A progress line that redraws on a terminal and prints every 10% otherwise (CI logs).
function progressPrinter() {
  let last = -1;
  return (done: number, total: number) => {
    const percent = Math.floor((done / total) * 100);
    if (percent === last || (!process.stdout.isTTY && percent % 10 !== 0 && done !== total)) return;
    last = percent;
    const bar = '#'.repeat(Math.floor(percent / 5)).padEnd(20, '.');
    process.stdout.write(process.stdout.isTTY ? `\r[${bar}] ${done}/${total}${done === total ? '\n' : ''}` : `[${bar}] ${done}/${total}\n`);
  };
}
