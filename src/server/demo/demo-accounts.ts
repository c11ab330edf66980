import type { Role } from '../../domain/users/roles.ts';
import type { Db } from '../db/connection.ts';
import { SYSTEM_ACTOR } from '../auth/current-user.ts';
import { createAccount, setAccountTeam } from '../modules/accounts/accounts.service.ts';
import { refreshCompleteness } from '../modules/archive/completeness.service.ts';
import { createContact } from '../modules/contacts/contacts.service.ts';
import type { CreateAccountInput } from '../modules/accounts/accounts.schemas.ts';
import type { ContactInput } from '../modules/contacts/contacts.schemas.ts';
import { seededRandom, type Random } from './demo-random.ts';

// ~60 customer archives of the demo lubricants supplier, with contacts and org charts. The three
// follow-up histories of seed 003 (萦丰, 柏安, 永特) are among them.

type Place = { city: string; region: CreateAccountInput['region']; district: string };
const PLACES: Place[] = [
  { city: '东莞', region: 'guangdong', district: '长安镇' },
  { city: '深圳', region: 'guangdong', district: '宝安区' },
  { city: '佛山', region: 'guangdong', district: '顺德区' },
  { city: '苏州', region: 'jiangsu', district: '工业园区' },
  { city: '宁波', region: 'zhejiang', district: '北仑区' },
  { city: '上海', region: 'shanghai', district: '嘉定区' },
  { city: '天津', region: 'tianjin', district: '滨海新区' },
  { city: '青岛', region: 'shandong', district: '黄岛区' },
  { city: '武汉', region: 'hubei', district: '东西湖区' },
  { city: '成都', region: 'sichuan', district: '龙泉驿区' },
  { city: '厦门', region: 'fujian', district: '海沧区' },
];
const BRANDS = ['华丰', '宏达', '金鹏', '永盛', '恒通', '瑞祥', '东方', '新宇', '鸿运', '天成', '利达', '精工', '长城', '凯旋', '汇众', '德信', '海川', '光明', '祥和', '博远'];
const KINDS: { suffix: string; industry: CreateAccountInput['industry'] }[] = [
  { suffix: '精密机械有限公司', industry: 'machinery' },
  { suffix: '汽车零部件有限公司', industry: 'automotive' },
  { suffix: '电子科技有限公司', industry: 'electronics' },
  { suffix: '塑胶制品有限公司', industry: 'plastics_rubber' },
  { suffix: '五金制品有限公司', industry: 'metals' },
  { suffix: '钢铁集团有限公司', industry: 'metals' },
  { suffix: '化工有限公司', industry: 'chemicals' },
  { suffix: '食品机械有限公司', industry: 'food_beverage' },
  { suffix: '物流装备有限公司', industry: 'logistics' },
  { suffix: '润滑油经销部', industry: 'retail_wholesale' },
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '强', '平', '刚', '桂英', '建华', '志明', '海燕', '晓东', '国庆'];
const ORG: { title: string; role: ContactInput['buyingRole']; level: number }[] = [
  { title: '总经理', role: 'decision_maker', level: 0 },
  { title: '采购总监', role: 'economic_buyer', level: 1 },
  { title: '设备部经理', role: 'technical_buyer', level: 1 },
  { title: '采购经理', role: 'influencer', level: 2 },
  { title: '设备工程师', role: 'user', level: 2 },
  { title: '总经理助理', role: 'gatekeeper', level: 1 },
];

const personName = (r: Random) => r.pick(SURNAMES) + r.pick(GIVEN);
const isoDate = (year: number, r: Random) => `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`;

type Owners = Map<string, string>;

function accountInput(r: Random, name: string, place: Place, industry: CreateAccountInput['industry'], ownerId: string): CreateAccountInput {
  const isDealer = name.includes('经销');
  const full = r.chance(0.7);
  return {
    name,
    ownerId,
    region: place.region,
    industry,
    address: `${place.city}市${place.district}${r.pick(['工业大道', '兴业路', '科技路', '环城路'])}${r.int(1, 388)}号`,
    phone: `0${r.int(20, 999)}-${r.int(8000_0000, 8999_9999)}`,
    customerType: isDealer ? 'dealer' : r.pick(['end_customer', 'end_customer', 'distributor'] as const),
    ownership: r.pick(['private', 'private', 'state_owned', 'foreign', 'hk_macao_taiwan', 'listed'] as const),
    lifecycleStage: r.pick(['prospect', 'developing', 'key', 'key', 'maintaining', 'maintaining', 'at_risk'] as const),
    tags: r.chance(0.3) ? ['年度重点'] : [],
    ...(full
      ? {
          legalRepresentative: personName(r),
          mainBusiness: `${name.replace(/有限公司|集团|经销部/g, '')}相关产品的研发与生产`,
          registeredCapitalFen: r.int(50, 20000) * 10_000 * 100,
          employeesTotal: r.int(50, 3000),
          foundedOn: isoDate(r.int(1992, 2018), r),
          firstPurchaseOn: isoDate(r.int(2019, 2025), r),
        }
      : {}),
  };
}

async function addContacts(db: Db, accountId: string, ownerViewer: { id: string; role: Role; subordinateIds: string[] }, r: Random, count: number) {
  const ids: string[] = [];
  for (const position of ORG.slice(0, count)) {
    const reportsToId = position.level === 0 ? null : position.level === 1 ? ids[0] : (ids[1] ?? ids[0]);
    const created = await createContact(db, SYSTEM_ACTOR, ownerViewer, accountId, {
      name: personName(r),
      title: position.title,
      buyingRole: position.role,
      decisionStyle: r.pick(['leader', 'influencer', 'checker', 'follower'] as const),
      attitude: r.pick(['supporter', 'supporter', 'neutral', 'neutral', 'opponent'] as const),
      influence: Math.max(1, 5 - position.level - r.int(0, 1)),
      mobile: `13${r.int(0, 9)}${r.int(1000_0000, 9999_9999)}`,
      reportsToId,
    });
    ids.push(created.id);
  }
  return ids;
}

// The seed-003 follow-up table's three customers, with the contact who left and her successor.
async function seedFollowUpAccounts(db: Db, viewerOf: (username: string) => ViewerLike, owners: Owners) {
  const am1 = viewerOf('am1');
  const yingfeng = await createAccount(db, SYSTEM_ACTOR, am1, {
    name: '东莞市萦丰电子塑胶制品厂',
    region: 'guangdong',
    industry: 'plastics_rubber',
    customerType: 'end_customer',
    ownership: 'private',
    lifecycleStage: 'key',
    address: '东莞市长安镇锦厦工业区',
    tags: ['年度重点'],
  });
  const chen = await createContact(db, SYSTEM_ACTOR, am1, yingfeng.id, { name: '陈容', title: '采购经理', buyingRole: 'economic_buyer', attitude: 'supporter', influence: 4 });
  const yang = await createContact(db, SYSTEM_ACTOR, am1, yingfeng.id, { name: '杨雪英', title: '采购主管', buyingRole: 'influencer', attitude: 'neutral', influence: 3 });
  const { updateContact } = await import('../modules/contacts/contacts.service.ts');
  await updateContact(db, SYSTEM_ACTOR, am1, chen.id, { version: chen.version, isLeft: true, successorId: yang.id });
  const baian = await createAccount(db, SYSTEM_ACTOR, am1, { name: '柏安五金制品有限公司', region: 'guangdong', industry: 'metals', lifecycleStage: 'developing' });
  const yongte = await createAccount(db, SYSTEM_ACTOR, viewerOf('am2'), { name: '永特五金塑胶制品有限公司', region: 'guangdong', industry: 'plastics_rubber', lifecycleStage: 'developing' });
  await addContacts(db, baian.id, am1, seededRandom(3), 2);
  await addContacts(db, yongte.id, viewerOf('am2'), seededRandom(4), 3);
  await setAccountTeam(db, SYSTEM_ACTOR, am1, yingfeng.id, [{ userId: owners.get('am2')!, role: 'technical' }]);
  return [yingfeng.id, baian.id, yongte.id];
}

type ViewerLike = { id: string; role: Role; subordinateIds: string[] };

export async function seedDemoAccounts(db: Db, userIds: Owners): Promise<number> {
  const r = seededRandom(20261123);
  const viewerOf = (username: string): ViewerLike => ({ id: userIds.get(username)!, role: 'account_manager', subordinateIds: [] });
  const created = await seedFollowUpAccounts(db, viewerOf, userIds);
  const owners = ['am1', 'am1', 'am2', 'am2', 'am3', 'am3', 'am3', 'manager1', 'manager2'];
  const used = new Set<string>();
  while (created.length < 60) {
    const place = r.pick(PLACES);
    const kind = r.pick(KINDS);
    const name = `${place.city}${r.pick(BRANDS)}${kind.suffix}`;
    if (used.has(name)) continue;
    used.add(name);
    const owner = r.pick(owners);
    const viewer = viewerOf(owner);
    const account = await createAccount(db, SYSTEM_ACTOR, viewer, accountInput(r, name, place, kind.industry, viewer.id));
    await addContacts(db, account.id, viewer, r, r.int(1, 6));
    created.push(account.id);
  }
  for (const id of created) await refreshCompleteness(db, id);
  return created.length;
}
