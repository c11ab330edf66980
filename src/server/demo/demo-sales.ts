import { asc, sql } from 'drizzle-orm';
import type { Db } from '../db/connection.ts';
import { insertMany } from '../db/insert-many.ts';
import { productNameKey, productSpecKey } from '../../domain/sales/product-key.ts';
import { amountFromPrice } from '../../domain/sales/sales-line.ts';
import { accounts } from '../modules/accounts/accounts.schema.ts';
import { products } from '../modules/products/products.schema.ts';
import { salesRecords } from '../modules/sales/sales.schema.ts';
import { searchTextOf } from '../lib/search-text.ts';
import { DEMO_PRODUCTS, type DemoProduct } from './demo-products.ts';
import { seededRandom, type Random } from './demo-random.ts';

// MNY-2 demo sales, January 2024 to November 2026, shaped so that grading finds every grade:
// a few big accounts buy most (≈80/20), some grow and some shrink, some buy the high-margin
// synthetics, some pay late, a few are new or lost, and prospects have bought nothing yet.
export const DEMO_SALES_FROM = '2024-01-01';
export const DEMO_SALES_TO = '2026-11-20';

type Trend = 'growing' | 'stable' | 'shrinking' | 'new' | 'lost';
type Profile = { ordersPerMonth: number; trend: Trend; highMargin: number; payRate: number; preferred: number[]; discount: number };

const MONTHS = (() => {
  const months: { year: number; month: number }[] = [];
  for (let y = 2024, m = 1; y < 2026 || (y === 2026 && m <= 11); m === 12 ? ((y += 1), (m = 1)) : (m += 1)) months.push({ year: y, month: m });
  return months;
})();

// Yearly factor of an account's buying, by month index (0 = 2024-01).
function trendFactor(trend: Trend, index: number): number {
  const years = index / 12;
  switch (trend) {
    case 'growing':
      return 0.55 * Math.pow(1.6, years);
    case 'shrinking':
      return 1.5 * Math.pow(0.55, years);
    case 'new':
      return index < 16 ? 0 : 1.2;
    case 'lost':
      return index < 18 ? 1 : 0;
    default:
      return 1;
  }
}

// The 80/20 of seed 002 (20 % of key accounts make 80 % of sales): order rates fall off steeply.
function profileOf(r: Random, rank: number, stage: string): Profile {
  const base = 24 / Math.pow(rank + 1, 1.35);
  const trend: Trend = stage === 'at_risk' ? 'shrinking' : stage === 'lost' ? 'lost' : stage === 'developing' ? r.pick(['new', 'growing'] as const) : r.pick(['growing', 'stable', 'stable', 'shrinking'] as const);
  const isHighMarginBuyer = r.chance(0.25);
  const isLatePayer = r.chance(0.2);
  const preferred = [...new Set(Array.from({ length: r.int(2, 5) }, () => r.int(0, DEMO_PRODUCTS.length - 2)))];
  return {
    ordersPerMonth: Math.max(0.25, base),
    trend,
    highMargin: isHighMarginBuyer ? 0.55 : 0.08,
    payRate: isLatePayer ? r.int(25, 65) / 100 : 1,
    preferred,
    discount: rank < 10 ? 0.08 : rank < 25 ? 0.04 : 0,
  };
}

const HIGH_MARGIN = DEMO_PRODUCTS.map((p, i) => (p.isHighMargin ? i : -1)).filter((i) => i >= 0);
const day = (year: number, month: number, d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function pickProduct(r: Random, profile: Profile, index: number): number {
  if (r.chance(profile.highMargin)) return r.pick(HIGH_MARGIN);
  const choice = r.chance(0.8) ? r.pick(profile.preferred) : r.int(0, DEMO_PRODUCTS.length - 2);
  // The old packaging of L-HM46's predecessor sold until mid-2024, then was discontinued.
  if (choice === 0 && index < 6 && r.chance(0.3)) return DEMO_PRODUCTS.length - 1;
  return choice;
}

type Line = typeof salesRecords.$inferInsert;

function orderLine(r: Random, product: DemoProduct, productId: string, profile: Profile, account: { id: string; ownerId: string | null }, soldOn: string, ageDays: number): Line {
  const isReturn = r.chance(0.02);
  const quantity = isReturn ? -r.int(1, Math.max(1, Math.floor(product.quantity[1] / 4))) : r.int(product.quantity[0], product.quantity[1]);
  const unitPriceFen = Math.round((product.priceFen * (1 - profile.discount - r.int(0, 3) / 100)) / 100) * 100;
  const amountFen = amountFromPrice(unitPriceFen, quantity);
  // Cost is unknown on a few lines (bought in before the cost ledger was kept).
  const costFen = r.chance(0.93) ? Math.round(amountFen * product.costRate) : null;
  // Recent invoices are within their terms; older ones are paid, except by late payers.
  const share = isReturn ? 1 : ageDays < 45 ? r.pick([0, 0, 0.5, 1]) : ageDays < 120 ? Math.min(1, profile.payRate + 0.2) : profile.payRate;
  const paidFen = Math.round(amountFen * share);
  return { accountId: account.id, productId, soldOn, quantity, unitPriceFen, amountFen, costFen, paidFen, isReturn, salespersonId: account.ownerId, source: 'manual', note: isReturn ? '包装破损退回' : null };
}

export async function seedDemoProducts(db: Db): Promise<string[]> {
  const rows = DEMO_PRODUCTS.map((p) => ({
    code: p.code,
    name: p.name,
    spec: p.spec,
    unit: p.unit,
    category: p.category,
    isHighMargin: p.isHighMargin,
    standardPriceFen: p.priceFen,
    isActive: p.isActive ?? true,
    nameKey: productNameKey(p.name),
    specKey: productSpecKey(p.spec),
    searchText: searchTextOf(`${p.name} ${p.spec}`, [p.code, p.category]),
  }));
  const created = await db.insert(products).values(rows).returning({ id: products.id });
  return created.map((c) => c.id);
}

export async function seedDemoSales(db: Db): Promise<number> {
  const productIds = await seedDemoProducts(db);
  const r = seededRandom(20240101);
  const list = await db
    .select({ id: accounts.id, name: accounts.name, ownerId: accounts.ownerId, stage: accounts.lifecycleStage })
    .from(accounts)
    .where(sql`${accounts.deletedAt} is null`)
    .orderBy(asc(accounts.archiveNo));
  // 萦丰 (seed 003) is the biggest customer; the rest take their rank from the archive order.
  const ranked = [...list.filter((a) => a.name.includes('萦丰')), ...list.filter((a) => !a.name.includes('萦丰'))];
  const end = Date.parse(`${DEMO_SALES_TO}T00:00:00Z`);
  const lines: Line[] = [];
  ranked.forEach((account, rank) => {
    if (account.stage === 'prospect') return;
    const profile = profileOf(r, rank, account.stage);
    MONTHS.forEach(({ year, month }, index) => {
      const expected = profile.ordersPerMonth * trendFactor(profile.trend, index);
      const orders = Math.floor(expected) + (r.chance(expected - Math.floor(expected)) ? 1 : 0);
      const lastDay = year === 2026 && month === 11 ? 20 : 28;
      for (let o = 0; o < orders; o++) {
        const soldOn = day(year, month, r.int(1, lastDay));
        const productIndex = pickProduct(r, profile, index);
        const ageDays = (end - Date.parse(`${soldOn}T00:00:00Z`)) / 86_400_000;
        lines.push(orderLine(r, DEMO_PRODUCTS[productIndex], productIds[productIndex], profile, account, soldOn, ageDays));
      }
    });
  });
  for (let i = 0; i < lines.length; i += 2_000) await insertMany(db, salesRecords, lines.slice(i, i + 2_000));
  return lines.length;
}
