import type { Page } from '@playwright/test';

/**
 * What of the signed-in header cannot be seen whole: every button, link, badge and status of the header
 * that reaches past the screen or below the header's bottom edge, or whose text is cut (an ellipsis, or a
 * label clipped by its own box: its content is wider than the box shows). Empty when the header fits.
 */
export function headerMisfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const header = document.querySelector('header');
    if (!header) return ['no header'];
    const bottom = header.getBoundingClientRect().bottom;
    const found: string[] = [];
    const controls = header.querySelectorAll(
      'button, a, [role="status"], .mantine-Badge-root, .mantine-Text-root',
    );
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      // Hidden at this width on purpose (e.g. the burger on a desktop): not part of the header here.
      if (box.width === 0 && box.height === 0) continue;
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      if (box.left < 0 || box.top < 0 || box.right > window.innerWidth + 0.5 || box.bottom > bottom + 0.5)
        found.push(
          `"${name}" is at ${Math.round(box.left)}..${Math.round(box.right)} x ${Math.round(box.top)}..${Math.round(box.bottom)}`,
        );
      for (const part of [control, ...control.querySelectorAll('*')])
        if (part.scrollWidth > part.clientWidth && getComputedStyle(part).overflowX !== 'visible')
          found.push(`"${name}" is cut: ${part.scrollWidth}px of text in ${part.clientWidth}px`);
    }
    return found;
  });
}
