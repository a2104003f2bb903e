import { readFileSync } from 'node:fs';

/**
 * The oldest version of each peer dependency that `package.json` claims to support, read from the
 * ranges themselves so the compatibility test cannot drift from what we promise. Every peer range
 * must be a plain lower bound (`>=X.Y.Z`); anything else needs this test taught first.
 *
 * @example lowestPeerVersions() // { react: '18.0.0', 'react-dom': '18.0.0', i18next: '27.0.1', … }
 */
export function lowestPeerVersions(manifestPath = 'package.json'): Record<string, string> {
  const { peerDependencies = {} } = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    peerDependencies?: Record<string, string>;
  };
  return Object.fromEntries(
    Object.entries(peerDependencies).map(([name, range]) => {
      const lowest = /^>=\s*(\d+\.\d+\.\d+)$/.exec(range.trim())?.[1];
      if (!lowest) throw new Error(`peerDependencies.${name} is "${range}": write it as ">=X.Y.Z" so its lowest version is tested`);
      return [name, lowest];
    }),
  );
}
