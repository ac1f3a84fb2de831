// The rendition process's entry point (see renditionProcess.ts): plain JavaScript, so it starts
// under any runner; it registers tsx, the TypeScript loader Kunlun runs with, then runs the
// process's TypeScript.
import { register } from 'tsx/esm/api';

register();
await import('./renditionProcessMain.ts');
