import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

/**
 * Debian's Chromium, driven by playwright-core. Nothing here downloads a browser: the binary comes
 * from `CHROMIUM_PATH`, `/usr/bin/chromium`, or (as root with apt-get) Debian's package.
 */

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const INSTALL_HINT =
  "Chromium not found: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.";

/** Headless, sandbox-free (containers run as root), and unable to reach any host but this one. */
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function canInstallWithApt(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false;
  try {
    execFileSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a Chromium binary, installing Debian's package first when it is missing and this
 * process may (root, apt-get). Otherwise throws one line saying what to install.
 *
 * @example
 * const executablePath = ensureChromium(); // '/usr/bin/chromium'
 */
export function ensureChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file. ${INSTALL_HINT}`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (!canInstallWithApt()) throw new Error(INSTALL_HINT);

  console.info('Chromium is missing: installing Debian\'s chromium with apt-get (about a minute)…');
  try {
    execFileSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    throw new Error(`apt-get could not install chromium. ${INSTALL_HINT}`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  throw new Error(INSTALL_HINT);
}

/**
 * Launches headless Chromium (found or installed by `ensureChromium`) that can reach only
 * localhost. Close it with `browser.close()`. `scrollbars: true` keeps classic scrollbars that take
 * room, as on Windows and Linux desktops (headless hides them by default), for layout-shift tests.
 *
 * @example
 * const browser = await launchChromium();
 * const page = await browser.newPage();
 * await page.goto('http://127.0.0.1:6006/iframe.html?id=banner--default');
 */
export async function launchChromium({ scrollbars = false }: { scrollbars?: boolean } = {}): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), args: LAUNCH_ARGS, ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}) });
}
