import { textDirection } from './locales.js';

/** Page colours per theme; the components bring their own colours for both. */
const PAGE = {
  light: { background: '#ffffff', color: '#1b1f24' },
  dark: { background: '#0d1117', color: '#e8edf2' },
} as const;

export type StoryTheme = keyof typeof PAGE;

/**
 * Puts the toolbar's locale and theme on the document itself (`lang`, `dir`, `data-theme`, page
 * colours), as a host app would, so right-to-left and dark mode apply to portals (the modal) too.
 */
export function applyDocumentGlobals(locale: string, theme: StoryTheme): void {
  const root = document.documentElement;
  root.lang = locale;
  root.dir = textDirection(locale);
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  document.body.style.background = PAGE[theme].background;
  document.body.style.color = PAGE[theme].color;
}
