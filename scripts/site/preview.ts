// Render the fixture story to a folder for looking at in a browser: `npx tsx scripts/site/preview.ts [out]`.
import { loadAssets } from '../../src/load/assets.js';
import { publicDir } from '../../src/render/paths.js';
import { renderSite } from '../../src/render/index.js';
import { writeSite } from '../../src/write/site.js';
import { fixtureStory, hostileStory, renderOptions } from '../../test/render/fixture.js';

const out = process.argv[2] ?? '/tmp/preview';
const files = new Map([...(await loadAssets(publicDir)), ...renderSite([fixtureStory(), hostileStory()], renderOptions())]);
await writeSite(files, out);
console.log(`wrote ${files.size} files to ${out}`);
