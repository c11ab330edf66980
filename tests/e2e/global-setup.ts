import fs from 'node:fs';
import { SCREENSHOT_DIR } from './support/screenshots.ts';

// Screenshots describe this run only.
export default function globalSetup(): void {
  fs.rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
