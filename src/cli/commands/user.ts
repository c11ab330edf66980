import { randomBytes } from 'node:crypto';
import { InvalidArgumentError, type Command } from 'commander';
import { isRole, ROLES, type Role } from '../../domain/users/roles.ts';
import { PASSWORD_MIN_LENGTH } from '../../domain/users/password-rules.ts';
import { SYSTEM_ACTOR } from '../../server/auth/current-user.ts';
import { withDatabase } from '../with-database.ts';

// Database code loads on use, so that `kam --help` and a refused lock answer fast.
const users$ = () => import('../../server/modules/users/users.service.ts');
const lookup$ = () => import('./user-lookup.ts');

const parseRole = (value: string): Role => {
  if (!isRole(value)) throw new InvalidArgumentError(`must be one of ${ROLES.join(', ')}`);
  return value;
};

const parsePassword = (value: string): string => {
  if (value.length < PASSWORD_MIN_LENGTH) throw new InvalidArgumentError(`must be at least ${PASSWORD_MIN_LENGTH} characters`);
  return value;
};

const generatedPassword = () => randomBytes(9).toString('base64url');

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('manage users');

  user
    .command('create')
    .description('create a user (prints a generated password when --password is not given)')
    .requiredOption('--username <username>', 'sign-in name (letters, digits, . _ -)')
    .option('--name <name>', 'display name (defaults to the username)')
    .option('--email <email>', 'e-mail address')
    .option('--password <password>', `password (at least ${PASSWORD_MIN_LENGTH} characters)`, parsePassword)
    .option('--role <role>', `one of ${ROLES.join(', ')}`, parseRole, 'account_manager' as Role)
    .option('--admin', 'shorthand for --role admin')
    .option('--team <team>', 'team name')
    .option('--manager <username>', "the user's manager")
    .action(async (o: { username: string; name?: string; email?: string; password?: string; role: Role; admin?: boolean; team?: string; manager?: string }) => {
      const password = o.password ?? generatedPassword();
      const created = await withDatabase('kam user create', async (db) =>
        (await users$()).createUser(db, SYSTEM_ACTOR, {
          username: o.username,
          name: o.name ?? o.username,
          email: o.email ?? null,
          password,
          role: o.admin ? 'admin' : o.role,
          teamId: o.team ? await (await lookup$()).teamIdByName(db, o.team) : null,
          managerId: o.manager ? (await (await lookup$()).userIdByName(db, o.manager)).id : null,
        }),
      );
      console.log(`Created ${created.role} "${created.username}".`);
      if (!o.password) console.log(`Password: ${password}  (shown once; change it after signing in)`);
    });

  user
    .command('list')
    .description('list users')
    .action(async () => {
      const { items } = await withDatabase('kam user list', async (db) => (await users$()).listUsers(db, { limit: 200, offset: 0 }));
      for (const u of items) {
        console.log([u.username.padEnd(20), u.role.padEnd(16), (u.teamName ?? '-').padEnd(16), u.isDisabled ? 'disabled' : 'active', u.name].join(' '));
      }
    });

  user
    .command('disable <username>')
    .description('disable a user (signs them out everywhere)')
    .action(async (username: string) => {
      await withDatabase('kam user disable', async (db) => {
        const { id, version } = await (await lookup$()).userIdByName(db, username);
        await (await users$()).updateUser(db, SYSTEM_ACTOR, id, { version, isDisabled: true });
      });
      console.log(`Disabled "${username}".`);
    });

  user
    .command('enable <username>')
    .description('enable a disabled user')
    .action(async (username: string) => {
      await withDatabase('kam user enable', async (db) => {
        const { id, version } = await (await lookup$()).userIdByName(db, username);
        await (await users$()).updateUser(db, SYSTEM_ACTOR, id, { version, isDisabled: false });
      });
      console.log(`Enabled "${username}".`);
    });

  user
    .command('reset-password <username>')
    .description('set a new password (generated when --password is not given)')
    .option('--password <password>', `new password (at least ${PASSWORD_MIN_LENGTH} characters)`, parsePassword)
    .action(async (username: string, o: { password?: string }) => {
      const password = o.password ?? generatedPassword();
      await withDatabase('kam user reset-password', async (db) => (await users$()).setPassword(db, SYSTEM_ACTOR, (await (await lookup$()).userIdByName(db, username)).id, password));
      console.log(`Password of "${username}" reset.${o.password ? '' : ` New password: ${password}`}`);
    });
}
