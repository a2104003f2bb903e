/**
 * A preview of Windows' forced-colours mode (toolbar: Colours › Forced, simulated). A page cannot
 * switch the browser into it, so this does roughly what the browser does (every colour becomes a
 * system colour, shadows go) and then applies the stylesheets' own `@media (forced-colors: active)`
 * rules on top, so designers see what those rules keep visible. The browser tests use Chromium's
 * real emulation (`forcedColors: 'active'`); for the real thing by hand, use DevTools › Rendering
 * › "Emulate CSS media feature forced-colors".
 */

const STYLE_ID = 'forced-colors-simulation';

// Important declarations of an earlier layer win over a later one's: the stylesheets' own
// forced-colours rules beat the simulated browser's, as they do in the real mode.
const BROWSER = `
html[data-forced-colors] *:not(.vehicle-error-overlay) {
  color: CanvasText !important;
  background-color: Canvas !important;
  border-color: CanvasText !important;
  outline-color: CanvasText !important;
  box-shadow: none !important;
  text-shadow: none !important;
}
html[data-forced-colors], html[data-forced-colors] body { background: Canvas !important; color: CanvasText !important; }
html[data-forced-colors] a:is(:link, :visited) { color: LinkText !important; }
html[data-forced-colors] button { color: ButtonText !important; background-color: ButtonFace !important; border-color: ButtonText !important; }
html[data-forced-colors] :focus-visible { outline-color: Highlight !important; }`;

/** Every rule inside `@media (forced-colors: active)` of the page's stylesheets, made important. */
function forcedColorRules(): string[] {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let cssRules: CSSRuleList;
    try {
      cssRules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet: not ours to read
    }
    for (const rule of Array.from(cssRules)) {
      if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes('forced-colors: active')) continue;
      for (const inner of Array.from(rule.cssRules)) {
        if (!(inner instanceof CSSStyleRule)) continue;
        const declarations = Array.from(inner.style).map((property) => `${property}: ${inner.style.getPropertyValue(property)} !important;`);
        // Scoped selector by selector: a pseudo-element (the glyph's ::before) cannot sit inside :is().
        const selectors = inner.selectorText.split(',').map((selector) => `html[data-forced-colors] ${selector.trim()}`);
        rules.push(`${selectors.join(', ')} { ${declarations.join(' ')} }`);
      }
    }
  }
  return rules;
}

/** Turns the simulation on or off for the preview's document. */
export function simulateForcedColors(on: boolean): void {
  const root = document.documentElement;
  document.getElementById(STYLE_ID)?.remove();
  delete root.dataset.forcedColors;
  if (!on) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `@layer forced-stylesheets, forced-browser;\n@layer forced-browser {${BROWSER}\n}\n@layer forced-stylesheets {\n${forcedColorRules().join('\n')}\n}`;
  document.head.append(style);
  root.dataset.forcedColors = '';
}
