import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lowestPeerVersions } from './lowest-peers.js';

/** The compatibility test installs the lower bound of each peer range; that bound must exist. */
describe('peer dependency ranges', () => {
  it('name a lowest version for every peer, which the compatibility test installs', () => {
    expect(lowestPeerVersions()).toEqual({
      i18next: expect.stringMatching(/^27\./),
      'react-i18next': expect.stringMatching(/^18\./),
      react: '18.0.0',
      'react-dom': '18.0.0',
    });
  });

  it('refuse a range without a plain lower bound, so no claim goes untested', () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'peer-ranges-')), 'package.json');
    writeFileSync(manifest, JSON.stringify({ peerDependencies: { react: '^18 || ^19' } }));
    expect(() => lowestPeerVersions(manifest)).toThrow(/peerDependencies\.react is "\^18 \|\| \^19"/);
  });
});

/** Packages the library's source imports at run time (`import type` is erased), by package name. */
function packagesImportedBySource(): string[] {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => /\.tsx?$/.test(file));
  const statement = /^\s*(?:import|export)\s+(type\s)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;
  const packages = files.flatMap((file) =>
    [...readFileSync(join('src', file), 'utf8').matchAll(statement)].flatMap(([, typeOnly, specifier = '']) =>
      typeOnly || specifier.startsWith('.') ? [] : [specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')],
    ),
  );
  return [...new Set(packages)].sort();
}

describe('peers, declared the way the code imports them', () => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
    dependencies?: Record<string, string>;
    peerDependencies?: Record<string, string>;
    peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  };

  it('are all required, so `npm install vehicle-error-ui react react-dom` (npm 7+, pnpm 8+) brings i18next and react-i18next along', () => {
    const optional = Object.entries(manifest.peerDependenciesMeta ?? {}).flatMap(([name, meta]) => (meta.optional ? [name] : []));
    expect(optional).toEqual([]);
  });

  it('cover every package the source imports, as a peer or a dependency', () => {
    const imported = packagesImportedBySource();
    expect(imported).toEqual(expect.arrayContaining(['react', 'react-i18next', 'i18next']));
    for (const name of imported) {
      expect(manifest.peerDependencies?.[name] ?? manifest.dependencies?.[name], `${name} is declared`).toBeDefined();
    }
  });
});
