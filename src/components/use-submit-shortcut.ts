import { useEffect } from 'react';

/** Marks a request's box: its fields, and the button that sends it (`REQUEST_SUBMIT`). */
export const REQUEST_FORM = { 'data-request-form': true } as const;
/** Marks the button that sends the request of the enclosing `REQUEST_FORM` box. */
export const REQUEST_SUBMIT = { 'data-request-submit': true } as const;

/** The button that sends the request the focused element belongs to, if it can be pressed now. */
function submitButtonFor(target: Element): HTMLButtonElement | null {
  const box = target.closest('[data-request-form]');
  const button = box?.querySelector<HTMLButtonElement>('button[data-request-submit]');
  return button && !button.disabled ? button : null;
}

function isSingleLineField(target: Element): target is HTMLInputElement {
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}

/**
 * Keyboard submission for the console's request boxes, which are not HTML forms (their fields and
 * answers are laid out freely): Ctrl+Enter (⌘+Enter on a Mac) sends from any field, a multi-line body
 * included; Enter sends from a box with a single one-line field, as a one-field form would. A real
 * `<form>` gets Ctrl/⌘+Enter too; Enter already submits it.
 */
export function useSubmitShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || event.defaultPrevented || event.isComposing) return;
      const target = event.target;
      if (!(target instanceof Element)) return;
      const withModifier = event.ctrlKey || event.metaKey;
      const form = target.closest('form');
      if (withModifier && form) {
        event.preventDefault();
        form.requestSubmit();
        return;
      }
      const button = submitButtonFor(target);
      if (!button) return;
      // An open suggestion list takes Enter for itself (it picks the option).
      const comboboxOpen = target.getAttribute('aria-expanded') === 'true';
      const fields = button.closest('[data-request-form]')?.querySelectorAll('input, textarea, select') ?? [];
      const singleField = fields.length === 1 && isSingleLineField(target) && !comboboxOpen;
      if (!withModifier && !singleField) return;
      event.preventDefault();
      button.click();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
