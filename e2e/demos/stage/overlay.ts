/**
 * What the demo draws over the console: a caption (what happens and why) and a pointer dot that glides
 * to what is clicked. It lives in a closed shadow root, so the console's own queries (roles, labels,
 * text) never see it and the console's code knows nothing of it; it takes no pointer events, so every
 * click reaches the console underneath.
 *
 * `installStage` is handed to `addInitScript` and runs in the page: it must stay self-contained.
 */
export interface Stage {
  caption(kicker: string, title: string, detail: string): void;
  pointTo(x: number, y: number, ms: number): void;
  press(): void;
}

declare global {
  interface Window {
    o2gDemoStage?: Stage;
  }
}

export function installStage() {
  if (window.o2gDemoStage) return;
  const css = `
    .cursor { position: fixed; left: 0; top: 0; width: 22px; height: 22px; margin: -11px 0 0 -11px;
      border-radius: 50%; background: rgba(255, 64, 129, .55); border: 2px solid #fff;
      box-shadow: 0 0 0 2px rgba(255, 64, 129, .9), 0 2px 8px rgba(0,0,0,.4);
      transition-property: transform, left, top; transition-timing-function: ease-in-out; }
    .cursor.pressed { transform: scale(.6); background: rgba(255, 64, 129, .95); }
    .caption { position: fixed; left: 50%; bottom: 18px; transform: translateX(-50%); max-width: 860px;
      width: calc(100% - 80px); padding: 12px 18px; border-radius: 10px; color: #fff;
      background: rgba(20, 24, 38, .88); font: 15px/1.4 system-ui, sans-serif;
      box-shadow: 0 6px 24px rgba(0,0,0,.35); }
    .caption[hidden] { display: none; }
    .kicker { font-size: 12px; letter-spacing: .04em; text-transform: uppercase; color: #9fb3ff; }
    .title { font-size: 19px; font-weight: 650; margin: 2px 0 4px; }
    .detail { color: #dfe4f2; }`;
  let parts: { cursor: HTMLElement; caption: HTMLElement; kicker: HTMLElement; title: HTMLElement; detail: HTMLElement } | undefined;
  const mount = () => {
    if (parts) return parts;
    const host = document.createElement('o2g-demo-stage');
    host.setAttribute('aria-hidden', 'true');
    host.style.cssText = 'position:fixed;inset:0;pointer-events:none;z-index:2147483647';
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML =
      `<style>${css}</style><div class="cursor"></div>` +
      '<div class="caption" hidden><div class="kicker"></div><div class="title"></div><div class="detail"></div></div>';
    document.documentElement.appendChild(host);
    const pick = (selector: string) => root.querySelector(selector) as HTMLElement;
    parts = {
      cursor: pick('.cursor'),
      caption: pick('.caption'),
      kicker: pick('.kicker'),
      title: pick('.title'),
      detail: pick('.detail'),
    };
    return parts;
  };
  window.o2gDemoStage = {
    caption(kicker, title, detail) {
      const { caption, kicker: kickerPart, title: titlePart, detail: detailPart } = mount();
      kickerPart.textContent = kicker;
      titlePart.textContent = title;
      detailPart.textContent = detail;
      caption.hidden = title === '';
    },
    pointTo(x, y, ms) {
      const { cursor } = mount();
      cursor.style.transitionDuration = `${ms}ms`;
      cursor.style.left = `${x}px`;
      cursor.style.top = `${y}px`;
    },
    press() {
      const { cursor } = mount();
      cursor.classList.add('pressed');
      setTimeout(() => cursor.classList.remove('pressed'), 220);
    },
  };
}
