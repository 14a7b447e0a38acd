// Quick check while developing: gzip -9 size of the JS that index.html loads
// up front (entry + modulepreload). `npm run bench` measures the real figure
// (what the browser requested before interactive); this one needs no browser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
let total = 0;
for (const file of new Set(files)) {
  const size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += size;
  console.log(`${(size / 1024).toFixed(2).padStart(8)} kB  ${file}`);
}
console.log(`${(total / 1024).toFixed(2).padStart(8)} kB  total (budget 150 kB)`);
