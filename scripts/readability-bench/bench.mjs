// Times Mozilla Readability on jsdom over HTML pages, one at a time on one thread, after a warm-up
// pass over the first pages. Usage: node bench.mjs DIR [LIMIT]
// Pin it to one core as the Java benchmark is: taskset -c 0 node bench.mjs DIR 200
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const dir = process.argv[2];
const limit = Number(process.argv[3] ?? 200);
if (!dir) {
  console.error("usage: node bench.mjs DIR [LIMIT]");
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((f) => /\.html?(\.gz)?$/.test(f))
  .sort()
  .slice(0, limit);
const pages = files.map((f) => {
  const bytes = readFileSync(join(dir, f));
  return { name: f, html: (f.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8") };
});
const quiet = new VirtualConsole();

function extract(page) {
  const dom = new JSDOM(page.html, { url: "https://example.org/", virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  return article ? article.textContent.length : 0;
}

for (const page of pages.slice(0, 20)) extract(page);
const start = process.hrtime.bigint();
let chars = 0;
for (const page of pages) chars += extract(page);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(
  `readability: ${pages.length} pages in ${seconds.toFixed(1)} s = ${(pages.length / seconds).toFixed(2)} pages/s` +
    ` (${chars} characters of text)`,
);
