import type { Preview } from '@storybook/react-vite';
import en from '../locales/en/vehicle-errors.json';
import { applyDocumentGlobals } from './document-globals.js';
import type { StoryTheme } from './document-globals.js';
import { localeTitle, preloadLocale, storybookLocales } from './locales.js';
import { withVehicleErrorProvider } from './with-provider.js';
import '../src/react/styles.css';
import './preview.css';

/** The WCAG 2.2 AA rules; the browser test runs the same set, colour contrast included. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the messages (right-to-left locales mirror the page)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: storybookLocales.map((code) => ({ value: code, title: localeTitle(code) })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light or dark page and components',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light' },
  args: { appName: 'Chargely' },
  argTypes: {
    appName: {
      control: 'text',
      description: 'Your app\'s name, as owners know it (`VehicleErrorProvider appName`)',
      table: { category: 'Provider' },
    },
    action: {
      control: { type: 'select', labels: { none: '(none)' } },
      options: ['none', ...Object.keys(en.action)],
      mapping: { none: undefined },
      description: 'What the owner was doing: a permission name or an action key (translated)',
    },
  },
  decorators: [withVehicleErrorProvider],
  loaders: [({ globals }) => preloadLocale(typeof globals.locale === 'string' ? globals.locale : 'en')],
  beforeEach: ({ globals }) => {
    const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
    const theme: StoryTheme = globals.theme === 'dark' ? 'dark' : 'light';
    applyDocumentGlobals(locale, theme);
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: WCAG_AA_TAGS } },
    },
  },
};

export default preview;
