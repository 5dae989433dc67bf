// Command-line arguments of `npm start`, kept apart so a test can check them.
import { resolve } from 'node:path';

export const USAGE = `Usage: npm start -- [--browser chromium|firefox] [--headless] [--screenshot <path>] [--no-build]

  --browser <name>    chromium (the default) or firefox (Debian's Firefox ESR)
  --headless          no window: analyse the demo, save a screenshot, print the summary
                      (the default when there is no DISPLAY)
  --screenshot <path> where to save the screenshot (default demo-screenshot.png)
  --no-build          reuse the build in .output/ instead of building first
  --help              this text`;

/** What --browser accepts, and the browser each name means. */
const BROWSER_NAMES = { chromium: 'chromium', chrome: 'chromium', firefox: 'firefox' };

export function parseStartArgs(argv, env = {}, cwd = process.cwd()) {
  const out = {
    headless: !env.DISPLAY && !env.WAYLAND_DISPLAY,
    screenshot: resolve(cwd, 'demo-screenshot.png'),
    build: true,
    help: false,
    browser: 'chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--headless') out.headless = true;
    else if (a === '--no-build') out.build = false;
    else if (a === '--help' || a === '-h') out.help = true;
    else if (a === '--browser' || a.startsWith('--browser=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const name = BROWSER_NAMES[String(value).toLowerCase()];
      if (!name) throw new Error('--browser must be chromium or firefox');
      out.browser = name;
    } else if (a === '--screenshot' || a.startsWith('--screenshot=')) {
      const value = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!value || value.startsWith('--')) throw new Error('--screenshot needs a file path');
      if (!/\.(png|jpe?g)$/i.test(value)) throw new Error('--screenshot must end in .png or .jpg');
      out.screenshot = resolve(cwd, value);
    } else throw new Error(`unknown option ${a}`);
  }
  return out;
}
