import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { CUSTOMER_TYPES, INDUSTRIES, LIFECYCLE_STAGES, OWNERSHIP_TYPES, REGIONS } from '../../domain/accounts/lists.ts';
import { archiveCompleteness } from '../../domain/accounts/completeness.ts';
import type { Db } from '../db/connection.ts';
import { SYSTEM_ACTOR } from '../auth/current-user.ts';
import { hashPassword } from '../auth/password.ts';
import { accountNameKey, accountSearchText } from '../modules/accounts/account-search.ts';
import { accounts } from '../modules/accounts/accounts.schema.ts';
import { contacts } from '../modules/contacts/contacts.schema.ts';
import { salesRecords } from '../modules/sales/sales.schema.ts';
import { insertMany } from '../db/insert-many.ts';
import { amountFromPrice } from '../../domain/sales/sales-line.ts';
import { DEMO_PRODUCTS } from '../demo/demo-products.ts';
import { seedDemoProducts } from '../demo/demo-sales.ts';
import { authCredentials } from '../auth/auth.schema.ts';
import { createTeam } from '../modules/users/teams.service.ts';
import { users } from '../modules/users/users.schema.ts';
import { searchTextOf } from '../lib/search-text.ts';
import { seededRandom, type Random } from '../demo/demo-random.ts';
import { SIZES, type Size } from './sizes.ts';

// `kam generate`: a large, deterministic, believable data set for benchmarks and scale tests.
// Rows go in with multi-row INSERTs in batches (no per-row services, no audit rows).

export const GENERATED_PASSWORD = 'bench1234';
const BATCH = 1_000;

const CITIES = ['东莞', '深圳', '广州', '佛山', '苏州', '无锡', '宁波', '杭州', '上海', '天津', '青岛', '济南', '武汉', '长沙', '成都', '重庆', '西安', '郑州', '合肥', '厦门'];
const WORDS = ['华', '丰', '宏', '达', '金', '鹏', '永', '盛', '恒', '通', '瑞', '祥', '东', '方', '新', '宇', '鸿', '运', '天', '成', '利', '精', '工', '长', '城', '凯', '旋', '汇', '众', '德', '信', '海', '川', '光', '明', '博', '远', '萦', '柏', '安'];
const SUFFIXES = ['精密机械有限公司', '汽车零部件有限公司', '电子科技有限公司', '塑胶制品有限公司', '五金制品有限公司', '化工有限公司', '食品有限公司', '物流有限公司', '贸易有限公司', '实业集团'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '强', '平', '刚', '桂英', '建华', '志明', '海燕', '晓东', '国庆'];
const TITLES = ['总经理', '采购总监', '采购经理', '设备部经理', '设备工程师', '财务经理'];

export type GenerateResult = { accounts: number; contacts: number; sales: number; users: number; seconds: number };

async function createUsers(db: Db, r: Random, size: Size) {
  const spec = SIZES[size];
  const hash = await hashPassword(GENERATED_PASSWORD);
  const director = randomUUID();
  const rows: (typeof users.$inferInsert)[] = [{ id: director, username: 'director', name: '总监', role: 'director', isDemo: true }];
  const specialists: string[] = [];
  for (let t = 0; t < spec.teams; t++) {
    const team = await createTeam(db, SYSTEM_ACTOR, { name: `大客户${t + 1}部` });
    const manager = randomUUID();
    rows.push({ id: manager, username: `manager${t + 1}`, name: `经理${t + 1}`, role: 'manager', teamId: team.id, managerId: director, isDemo: true });
    const perTeam = Math.floor((spec.users - 1 - spec.teams) / spec.teams);
    for (let i = 0; i < perTeam; i++) {
      const id = randomUUID();
      specialists.push(id);
      rows.push({ id, username: `am${t + 1}_${i + 1}`, name: r.pick(SURNAMES) + r.pick(GIVEN), role: 'account_manager', teamId: team.id, managerId: manager, isDemo: true });
    }
  }
  await db.insert(users).values(rows);
  await db.insert(authCredentials).values(rows.map((u) => ({ accountId: u.id!, providerId: 'credential', userId: u.id!, password: hash })));
  return { specialists, count: rows.length };
}

// Pareto-ish ownership: a few account managers hold many accounts.
const paretoIndex = (r: Random, n: number) => Math.min(n - 1, Math.floor(n * Math.pow(r.next(), 1.6)));

function accountRow(r: Random, index: number, ownerId: string) {
  const name = `${r.pick(CITIES)}${r.pick(WORDS)}${r.pick(WORDS)}${r.pick(SUFFIXES)}${index % 7 === 0 ? `（${r.pick(CITIES)}）` : ''}`;
  const archiveNo = `KG${String(index + 1).padStart(8, '0')}`;
  const fields = {
    id: randomUUID(),
    archiveNo,
    name,
    ownerId,
    industry: r.pick(INDUSTRIES),
    region: r.pick(REGIONS.slice(0, 31)),
    ownership: r.pick(OWNERSHIP_TYPES),
    customerType: r.pick(CUSTOMER_TYPES),
    lifecycleStage: r.pick(LIFECYCLE_STAGES),
    phone: r.chance(0.8) ? `0${r.int(20, 999)}-${r.int(8000_0000, 8999_9999)}` : null,
    address: r.chance(0.7) ? `${r.pick(CITIES)}市工业大道${r.int(1, 999)}号` : null,
    employeesTotal: r.chance(0.6) ? r.int(20, 5000) : null,
    tags: r.chance(0.1) ? ['年度重点'] : [],
    updatedAt: new Date(Date.UTC(2026, 0, 1) + r.int(0, 320) * 86_400_000),
  };
  const completeness = archiveCompleteness({ fields, activeContacts: 3, hasDecisionMaker: true, hasOrgChart: true });
  return {
    ...fields,
    nameKey: accountNameKey(name),
    searchText: accountSearchText({ name, archiveNo }),
    completeness: completeness.score,
    completenessMissing: completeness.missing,
  };
}

// Sales records (MNY-2): `perAccount` on average, over 2024-01…2026-11, on the demo catalogue;
// amounts skewed like the accounts' ownership so that a few accounts buy most.
const SALES_DAYS = (Date.UTC(2026, 10, 20) - Date.UTC(2024, 0, 1)) / 86_400_000;

function salesRows(r: Random, account: { id: string; ownerId: string }, perAccount: number, productIds: string[]): (typeof salesRecords.$inferInsert)[] {
  const count = r.int(0, perAccount * 2);
  const scale = 1 + Math.floor(8 * Math.pow(r.next(), 6));
  return Array.from({ length: count }, () => {
    const index = r.int(0, DEMO_PRODUCTS.length - 2);
    const product = DEMO_PRODUCTS[index];
    const isReturn = r.chance(0.02);
    const quantity = (isReturn ? -1 : 1) * r.int(product.quantity[0], product.quantity[1]) * (isReturn ? 1 : scale);
    const amountFen = amountFromPrice(product.priceFen, quantity);
    const soldOn = new Date(Date.UTC(2024, 0, 1) + r.int(0, SALES_DAYS) * 86_400_000).toISOString().slice(0, 10);
    return {
      accountId: account.id,
      productId: productIds[index],
      soldOn,
      quantity,
      unitPriceFen: product.priceFen,
      amountFen,
      costFen: Math.round(amountFen * product.costRate),
      paidFen: r.chance(0.85) ? amountFen : 0,
      isReturn,
      salespersonId: account.ownerId,
    };
  });
}

export async function generateData(db: Db, size: Size, seed: number, onProgress: (done: number, total: number) => void = () => {}): Promise<GenerateResult> {
  const started = Date.now();
  const [{ n }] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if (n > 0) throw new Error('kam generate fills an empty database only (this one has users).');
  const r = seededRandom(seed);
  const spec = SIZES[size];
  const { specialists, count: userCount } = await createUsers(db, r, size);
  const productIds = await seedDemoProducts(db);
  let contactCount = 0;
  let salesCount = 0;
  for (let start = 0; start < spec.accounts; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, spec.accounts - start) }, (_, i) => accountRow(r, start + i, specialists[paretoIndex(r, specialists.length)]));
    const contactRows = batch.flatMap((account) => {
      const bossId = randomUUID();
      return Array.from({ length: spec.contactsPerAccount }, (_, i) => {
        const name = r.pick(SURNAMES) + r.pick(GIVEN);
        const mobile = `13${r.int(0, 9)}${r.int(1000_0000, 9999_9999)}`;
        return {
          id: i === 0 ? bossId : randomUUID(),
          accountId: account.id,
          name,
          title: TITLES[i % TITLES.length],
          mobile,
          buyingRole: i === 0 ? 'decision_maker' : r.pick(['influencer', 'user', 'technical_buyer'] as const),
          attitude: r.pick(['supporter', 'neutral', 'opponent'] as const),
          influence: r.int(1, 5),
          reportsToId: i === 0 ? null : bossId,
          searchText: searchTextOf(name, [mobile]),
        };
      });
    });
    const sales = batch.flatMap((account) => salesRows(r, account, spec.salesPerAccount, productIds));
    await db.transaction(async (tx) => {
      await tx.insert(accounts).values(batch);
      for (let c = 0; c < contactRows.length; c += BATCH) await tx.insert(contacts).values(contactRows.slice(c, c + BATCH));
      for (let c = 0; c < sales.length; c += 5_000) await insertMany(tx, salesRecords, sales.slice(c, c + 5_000));
    });
    contactCount += contactRows.length;
    salesCount += sales.length;
    onProgress(Math.min(start + BATCH, spec.accounts), spec.accounts);
  }
  // Statistics for the planner and a visibility map for index-only scans, as a long-running
  // server would have (db/maintenance.ts).
  await db.execute(sql`vacuum (analyze)`);
  return { accounts: spec.accounts, contacts: contactCount, sales: salesCount, users: userCount, seconds: (Date.now() - started) / 1000 };
}
