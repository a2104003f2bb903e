import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook for designers and for the browser tests: every story is opened in Chromium and checked
 * with axe (test/browser/storybook.test.ts). Nothing is fetched from outside hosts: telemetry is
 * off and no fonts or scripts come from a CDN.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Designers come here for the errors, not for Storybook's own onboarding checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // Storybook's preview bundle is large by nature; the warning would only hide real ones.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 } }),
};

export default config;
