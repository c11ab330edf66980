import { defineCrashGate } from '../lib/crash-gate.ts';

defineCrashGate('postgres');
