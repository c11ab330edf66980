// ARC-1 / ARC-6 classification lists. They are configuration: labels live in the locale files
// under `account.<list>.<id>`; imports match them by those labels too.

// Lifecycle of a customer relationship (ARC-1): prospect → developing → key → maintaining → at risk → lost.
export const LIFECYCLE_STAGES = ['prospect', 'developing', 'key', 'maintaining', 'at_risk', 'lost'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

// Ownership / nature of the company (公司性质, seed 002 客户档案表).
export const OWNERSHIP_TYPES = ['listed', 'state_owned', 'collective', 'private', 'foreign', 'hk_macao_taiwan', 'joint_venture', 'public_institution', 'other'] as const;
export type OwnershipType = (typeof OWNERSHIP_TYPES)[number];

// Customer type (客户类型, seed 001).
export const CUSTOMER_TYPES = ['end_customer', 'dealer', 'distributor', 'retailer', 'hospital', 'pharmacy', 'government', 'other'] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

// A default industry list (国民经济行业 top level, abridged to what B2B suppliers meet).
export const INDUSTRIES = [
  'manufacturing',
  'electronics',
  'automotive',
  'machinery',
  'chemicals',
  'metals',
  'plastics_rubber',
  'textiles',
  'food_beverage',
  'pharma_healthcare',
  'energy',
  'construction',
  'logistics',
  'retail_wholesale',
  'it_telecom',
  'finance',
  'agriculture',
  'public_sector',
  'other',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

// Roles a colleague can have on an account team (cross-functional account teams, SPEC §0).
export const ACCOUNT_TEAM_ROLES = ['sales', 'technical', 'marketing', 'rnd', 'service', 'finance', 'other'] as const;
export type AccountTeamRole = (typeof ACCOUNT_TEAM_ROLES)[number];

// Regions are provinces / municipalities (省级行政区); labels are the Chinese names.
export const REGIONS = [
  'beijing', 'tianjin', 'hebei', 'shanxi', 'inner_mongolia', 'liaoning', 'jilin', 'heilongjiang', 'shanghai', 'jiangsu',
  'zhejiang', 'anhui', 'fujian', 'jiangxi', 'shandong', 'henan', 'hubei', 'hunan', 'guangdong', 'guangxi', 'hainan',
  'chongqing', 'sichuan', 'guizhou', 'yunnan', 'tibet', 'shaanxi', 'gansu', 'qinghai', 'ningxia', 'xinjiang',
  'hong_kong', 'macao', 'taiwan', 'overseas',
] as const;
export type Region = (typeof REGIONS)[number];
