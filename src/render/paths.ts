import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The site's static assets, copied as they are (the same folder src/build.ts loads). */
export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public');
