#!/usr/bin/env node
// Launcher for `npx sourcelight`: registers tsx so the TypeScript CLI runs
// straight from the sources, with no build step after `npm ci`.
import { register } from 'tsx/esm/api';

register();
await import('./sourcelight.ts');
