import type { Decorator } from '@storybook/react-vite';

/**
 * In the canvas, every story sits in a page the way an app hosts it: one main landmark headed by
 * the app's name. axe's page-level best-practice rules (a main landmark, a level-one heading, all
 * content inside landmarks) then judge the components as owners meet them, and the message
 * titles (h2) sit under an h1 as they would. Docs pages are pages of their own already.
 */
export const withStoryPage: Decorator = (Story, context) => {
  if (context.viewMode === 'docs') return <Story />;
  const appName = typeof context.args.appName === 'string' && context.args.appName.trim() ? context.args.appName : 'Chargely';
  return (
    <main>
      <h1 className="story-page-title">{appName}</h1>
      <Story />
    </main>
  );
};
