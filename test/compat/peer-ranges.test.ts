import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

describe('peers a server needs', () => {
  it('require only i18next: ./core (formatting in Node) runs without React, so the React peers are optional', () => {
    const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
      peerDependenciesMeta?: Record<string, { optional?: boolean }>;
    };
    const optional = Object.entries(manifest.peerDependenciesMeta ?? {}).flatMap(([name, meta]) => (meta.optional ? [name] : []));
    expect(optional.sort()).toEqual(['react', 'react-dom', 'react-i18next']);
  });
});
