import type { Preview } from '@storybook/react-vite';
import { MINIMAL_VIEWPORTS } from 'storybook/viewport';
import en from '../locales/en/vehicle-errors.json';
import { applyDocumentGlobals } from './document-globals.js';
import type { StoryTheme } from './document-globals.js';
import { simulateForcedColors } from './forced-colors.js';
import { localeTitle, preloadLocale, storybookLocales } from './locales.js';
import { withStoryPage } from './story-page.js';
import { withVehicleErrorProvider } from './with-provider.js';
import '../src/react/styles.css';
import './preview.css';

/** WCAG 2.2 AA and axe's best practices; the browser test runs the same set, colour contrast included. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
    colors: {
      description: "Windows' forced-colours mode, simulated (the browser tests use Chromium's real emulation)",
      toolbar: {
        title: 'Colours',
        icon: 'eye',
        items: [
          { value: 'normal', title: 'Normal colours' },
          { value: 'forced', title: 'Forced colours (simulated)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', colors: 'normal' },
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
  // The provider inside the page, as an app renders it.
  decorators: [withVehicleErrorProvider, withStoryPage],
  loaders: [({ globals }) => preloadLocale(typeof globals.locale === 'string' ? globals.locale : 'en')],
  beforeEach: ({ globals }) => {
    const locale = typeof globals.locale === 'string' ? globals.locale : 'en';
    const theme: StoryTheme = globals.theme === 'dark' ? 'dark' : 'light';
    applyDocumentGlobals(locale, theme);
    simulateForcedColors(globals.colors === 'forced');
  },
  parameters: {
    layout: 'padded',
    // The narrowest phones: every story must fit 320 px (test/browser checks it in the pseudo-locale).
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' }, type: 'mobile' },
        ...MINIMAL_VIEWPORTS,
      },
    },
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: AXE_TAGS } },
    },
  },
};

export default preview;
