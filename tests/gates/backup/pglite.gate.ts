import { defineBackupGate } from '../lib/backup-gate.ts';

defineBackupGate('pglite');
