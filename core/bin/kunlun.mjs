#!/usr/bin/env node
// The Kunlun CLI, run from its TypeScript sources in this one process (tsx registered as loader).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
