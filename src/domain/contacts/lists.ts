// ARC-2 lists. Labels and the advice texts live in the locale files (`contact.<list>.<id>`).

// Role in the customer's buying decision.
export const BUYING_ROLES = ['decision_maker', 'economic_buyer', 'technical_buyer', 'influencer', 'user', 'gatekeeper', 'coach'] as const;
export type BuyingRole = (typeof BUYING_ROLES)[number];

// Decision styles (seed 004 / SPEC ARC-2), each with the seed's advice on how to work with it:
// leader 领导型 — goal-driven, direct, decides fast, cares about value: be brief, lead with results;
// influencer 施加影响型 — wants many people involved, cares who uses it: involve their people, show adoption;
// checker 检查型 — task-driven, needs precision and logic: bring data, detail and proof of practicality;
// follower 跟随型 — safety first, aligns with other executives: show references and low risk.
export const DECISION_STYLES = ['leader', 'influencer', 'checker', 'follower'] as const;
export type DecisionStyle = (typeof DECISION_STYLES)[number];

// Attitude to our company.
export const ATTITUDES = ['supporter', 'neutral', 'opponent'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const INFLUENCE_MIN = 1;
export const INFLUENCE_MAX = 5;
