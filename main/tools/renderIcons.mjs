// Renders build/icon.svg to the PNGs electron-builder packs: build/icon.png (1024x1024, from
// which it derives .icns and .ico) and build/icons/NxN.png for Linux. Uses Playwright's
// Chromium (ORGDESK_CHROMIUM or /usr/bin/chromium), so no image library is needed. The PNGs
// are committed; run this only after changing the SVG: node main/tools/renderIcons.mjs
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];

async function main() {
  const svg = readFileSync(path.join(root, 'build', 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.ORGDESK_CHROMIUM ?? '/usr/bin/chromium' });
  try {
    mkdirSync(path.join(root, 'build', 'icons'), { recursive: true });
    const targets = [{ size: 1024, file: path.join(root, 'build', 'icon.png') }, ...LINUX_SIZES.map((size) => ({ size, file: path.join(root, 'build', 'icons', `${size}x${size}.png`) }))];
    for (const { size, file } of targets) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const html = `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`;
      await page.setContent(html);
      await page.screenshot({ path: file, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`${path.relative(root, file)} ${size}x${size}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
