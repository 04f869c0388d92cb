/** Keyboard reachability: Tab through the pane and note every control that takes focus. */
import type { UserEvent } from "@testing-library/user-event";

/** Controls a keyboard user must reach: enabled form controls, buttons, links, tabs and scrollable regions. */
const CONTROLS = 'button, input, select, textarea, a[href], [role="tab"], [tabindex="0"]:not([data-tabster-dummy])';

/** Every control in `root`, except the tabs not selected (a tab list is one stop; arrows move within it). */
export function controlsIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter(
    (el) =>
      !(el as HTMLButtonElement).disabled &&
      // A hidden element (the file picker a button opens) is no tab stop in a browser either.
      !el.hidden &&
      !(el.getAttribute("role") === "tab" && el.getAttribute("aria-selected") !== "true") &&
      // Radios are one stop per group: the checked one, or the first when none is.
      !(el instanceof HTMLInputElement && el.type === "radio" && !isRadioStop(el)),
  );
}

function isRadioStop(radio: HTMLInputElement): boolean {
  const group = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${radio.name}"]`)];
  const checked = group.find((r) => r.checked);
  return checked ? checked === radio : group[0] === radio;
}

/**
 * Press Tab until focus comes back round, and return what took focus, in order.
 * @example expect(await tabStops(user)).toEqual(expect.arrayContaining(controlsIn(container)));
 */
export async function tabStops(user: UserEvent, limit = 200): Promise<Element[]> {
  const seen: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await user.tab();
    const active = document.activeElement;
    if (!active || active === document.body) {
      if (seen.length > 0) break;
      continue;
    }
    if (seen.includes(active)) break;
    seen.push(active);
  }
  return seen;
}
