// Renders the add-in icons (assets/icon-*.png) from one SVG with Debian's Chromium.
// Run by hand when the icon changes; the PNGs are committed so builds need no browser.
import { chromium } from "playwright-core";
import { writeFileSync } from "node:fs";

const svg = (size) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <rect x="2" y="2" width="60" height="60" rx="12" fill="#1F6F43"/>
  <rect x="10" y="40" width="44" height="14" rx="3" fill="#FFFFFF" opacity="0.9"/>
  <path d="M10 47h44M25 40v14M40 40v14" stroke="#1F6F43" stroke-width="2"/>
  <text x="32" y="34" font-family="Noto Sans CJK SC, sans-serif" font-weight="700" font-size="28" fill="#FFFFFF" text-anchor="middle">汇</text>
</svg>`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
for (const size of [16, 32, 64, 80, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
  writeFileSync(
    `assets/icon-${size}.png`,
    await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }),
  );
}
await browser.close();
console.log("assets/icon-{16,32,64,80,128}.png written");
