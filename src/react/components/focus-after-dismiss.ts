/** What Tab can reach (disabled controls and negative tabindex are filtered out below). */
const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]';

function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  return (
    element instanceof HTMLElement &&
    element.isConnected &&
    !element.closest('[hidden], [inert]') &&
    // Browsers know what is rendered; jsdom has no layout (and no checkVisibility).
    (typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true }))
  );
}

/**
 * Where focus goes once a dismissed message is gone, decided while it is still on the page:
 * 1. the element the app named (`focusAfterDismiss`);
 * 2. else the first element after the message that Tab would have reached next (inside the same
 *    dialog, when the message sits in one): the owner carries on where the message was;
 * 3. else the closest container still on the page with something in it, focusable for the moment
 *    (`tabindex="-1"` until it loses focus), so a screen reader stays where the message was.
 * Nothing moves when focus was already elsewhere (the app moved it, or the owner did).
 *
 * @example moveFocusAfterRemoval(messageElement, appRef);
 */
export function moveFocusAfterRemoval(message: HTMLElement, named: { current: HTMLElement | null } | undefined): void {
  const document = message.ownerDocument;
  const following = Array.from((message.closest('dialog, [role="dialog"]') ?? document).querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && message.compareDocumentPosition(element) === Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const containers: HTMLElement[] = [];
  for (let parent = message.parentElement; parent && parent !== document.body; parent = parent.parentElement) containers.push(parent);

  // After React has removed the message: only then is it known what is still on the page.
  queueMicrotask(() => {
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected && !message.contains(active)) return;
    const target = [named?.current, ...following].find(canTakeFocus);
    const container = containers.find((element) => element.isConnected && element.textContent?.trim());
    if (!target && container && !container.hasAttribute('tabindex')) {
      container.tabIndex = -1;
      container.addEventListener('blur', () => container.removeAttribute('tabindex'), { once: true });
    }
    (target ?? container)?.focus();
  });
}
