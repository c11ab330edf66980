import type { Role } from '../../domain/users/roles.ts';
import type { Db } from '../db/connection.ts';
import { SYSTEM_ACTOR } from '../auth/current-user.ts';
import { createTeam } from '../modules/users/teams.service.ts';
import { createUser } from '../modules/users/users.service.ts';

export const DEMO_PASSWORD = 'demo1234';

// The demo company: 润达工业润滑油有限公司, an industrial lubricants supplier (as in seed 003),
// with a key-account department of two teams.
type DemoUser = { username: string; name: string; role: Role; team?: 'team1' | 'team2'; manager?: string };

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'admin', name: '系统管理员', role: 'admin' },
  { username: 'director', name: '王建国', role: 'director' },
  { username: 'manager1', name: '李明', role: 'manager', team: 'team1', manager: 'director' },
  { username: 'manager2', name: '张丽', role: 'manager', team: 'team2', manager: 'director' },
  { username: 'am1', name: '陈伟', role: 'account_manager', team: 'team1', manager: 'manager1' },
  { username: 'am2', name: '刘洋', role: 'account_manager', team: 'team1', manager: 'manager1' },
  { username: 'am3', name: '黄志强', role: 'account_manager', team: 'team2', manager: 'manager2' },
  { username: 'backoffice', name: '赵静', role: 'back_office', manager: 'director' },
  { username: 'finance', name: '孙芳', role: 'finance', manager: 'director' },
  { username: 'service', name: '周强', role: 'service', manager: 'director' },
];

export async function seedDemoUsers(db: Db): Promise<Map<string, string>> {
  const team1 = await createTeam(db, SYSTEM_ACTOR, { name: '大客户一部' });
  const team2 = await createTeam(db, SYSTEM_ACTOR, { name: '大客户二部' });
  const teamIds = { team1: team1.id, team2: team2.id };
  const ids = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const created = await createUser(db, SYSTEM_ACTOR, {
      username: u.username,
      name: u.name,
      password: DEMO_PASSWORD,
      role: u.role,
      teamId: u.team ? teamIds[u.team] : null,
      managerId: u.manager ? ids.get(u.manager) : null,
      isDemo: true,
    });
    ids.set(u.username, created.id);
  }
  const { updateTeam } = await import('../modules/users/teams.service.ts');
  await updateTeam(db, SYSTEM_ACTOR, team1.id, { version: 1, managerId: ids.get('manager1') });
  await updateTeam(db, SYSTEM_ACTOR, team2.id, { version: 1, managerId: ids.get('manager2') });
  return ids;
}
