import { readFileSync } from 'node:fs';

/** The suite's version, from core's package.json. */
export const KUNLUN_VERSION: string = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
