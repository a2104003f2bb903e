// Server-renders the app (built by `vite build --ssr`) into a copy of the client page, the way a
// server or a static-site step would. The client then hydrates it (see src/main.tsx).
import { readFile, writeFile } from 'node:fs/promises';
import { render } from './dist-server/entry-server.js';

const page = await readFile('dist/index.html', 'utf8');
const placeholder = '<div id="root"></div>';
if (!page.includes(placeholder)) throw new Error(`dist/index.html has no ${placeholder}`);
await writeFile('dist/prerendered.html', page.replace(placeholder, `<div id="root">${render()}</div>`));
console.log('dist/prerendered.html written');
