// Removes the previous build, so dist/ holds exactly what this build wrote.
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
