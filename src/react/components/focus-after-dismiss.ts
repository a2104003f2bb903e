/** What Tab can reach, in the order a keyboard user meets it. */
const FOCUSABLE =
  'a[href], area[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected || element.closest('[hidden], [inert]')) return false;
  // Browsers know what is rendered; jsdom has no layout (and no checkVisibility).
  return typeof element.checkVisibility !== 'function' || element.checkVisibility({ visibilityProperty: true });
}

/**
 * Where focus goes once a dismissed message is gone, decided while it is still on the page:
 * 1. the element the app named (`focusAfterDismiss`);
 * 2. else the first element after the message that Tab would have reached next (inside the same
 *    dialog, when the message sits in one): the owner carries on where the message was;
 * 3. else the closest container still on the page with something in it, focusable for the moment (`tabindex="-1"`
 *    until it loses focus), so a screen reader stays where the message was instead of at the top.
 * Nothing moves when focus was already elsewhere (the app moved it, or the owner did).
 *
 * @example moveFocusAfterRemoval(messageElement, appRef);
 */
export function moveFocusAfterRemoval(message: HTMLElement, named: { current: HTMLElement | null } | undefined): void {
  const scope = message.closest('dialog, [role="dialog"], [role="alertdialog"]') ?? message.ownerDocument;
  const following = Array.from(scope.querySelectorAll(FOCUSABLE)).filter(
    (element) =>
      element instanceof HTMLElement &&
      element.tabIndex >= 0 &&
      !message.contains(element) &&
      Boolean(message.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  const containers: HTMLElement[] = [];
  for (let parent = message.parentElement; parent && parent !== message.ownerDocument.body; parent = parent.parentElement) containers.push(parent);

  // After React has removed the message: only then is it known what is still on the page.
  queueMicrotask(() => {
    const active = message.ownerDocument.activeElement;
    if (active && active !== message.ownerDocument.body && active.isConnected && !message.contains(active)) return;
    const target = [named?.current, ...following].find(canTakeFocus);
    if (target) {
      target.focus();
      return;
    }
    const container = containers.find((element) => element.isConnected && element.textContent?.trim());
    if (!container) return;
    if (!container.hasAttribute('tabindex')) {
      container.tabIndex = -1;
      container.addEventListener('blur', () => container.removeAttribute('tabindex'), { once: true });
    }
    container.focus();
  });
}
