import { expect, type Locator, type Page } from '@playwright/test';
import type { StoryboardFrame } from './storyboard';

/** A person's timings at normal pace, in ms; the pace factor scales every one of them. */
const TIMING = {
  readBase: 1400,
  readPerWord: 260,
  glide: 650,
  beforeClick: 250,
  keystroke: 110,
  look: 1600,
};

/** Height of the caption band at the foot of the page, in CSS pixels. */
const CAPTION_ZONE = 170;

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * Plays a scenario at a person's pace: it captions each step in the page, glides the pointer dot to
 * what it clicks, types key by key, and leaves time to read. Each step ends with a storyboard frame
 * when the scenario is being recorded.
 */
export class Director {
  private step = 0;
  private caption = { kicker: '', title: '', detail: '' };
  private pointer = { x: 640, y: 360 };
  private readonly startedAt = Date.now();
  readonly frames: StoryboardFrame[] = [];

  constructor(
    readonly page: Page,
    private readonly scenarioTitle: string,
    private readonly paceFactor: number,
    private readonly capturing: boolean,
  ) {
    // A full page load starts a fresh document: draw the caption and the pointer again.
    page.on('domcontentloaded', () => void this.render().catch(() => undefined));
  }

  /** One step of the story: its caption and time to read it, what it does, a moment to look, a frame. */
  async scene(title: string, detail: string, action?: () => Promise<void>): Promise<void> {
    this.step += 1;
    if (process.env.O2G_DEMO_DEBUG) console.log(`${((Date.now() - this.startedAt) / 1000).toFixed(1)} s: ${title}`);
    this.caption = { kicker: `${this.scenarioTitle} · step ${this.step}`, title, detail };
    await this.render();
    await this.pause(TIMING.readBase + TIMING.readPerWord * wordsIn(`${title} ${detail}`));
    if (action) await action();
    await this.pause(TIMING.look);
    await this.capture();
  }

  /** A frame for the storyboard, as the audience sees the page now (caption included). */
  async capture(caption = this.caption): Promise<void> {
    if (!this.capturing) return;
    if (caption !== this.caption) {
      this.caption = caption;
      await this.render();
    }
    const jpeg = await this.page.screenshot({ type: 'jpeg', quality: 72 });
    this.frames.push({ ...caption, at: (Date.now() - this.startedAt) / 1000, jpeg });
  }

  /** Glides the pointer to the middle of `target` and leaves it there a moment. */
  async pointAt(target: Locator): Promise<void> {
    await target.scrollIntoViewIfNeeded();
    let box = await target.boundingBox();
    const height = this.page.viewportSize()?.height ?? 800;
    // The caption covers the foot of the screen: bring what is pointed at up where it can be seen.
    if (box && (box.y + box.height > height - CAPTION_ZONE || box.y < 0)) {
      await target.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
      box = await target.boundingBox();
    }
    if (!box) return;
    this.pointer = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    const glide = Math.round(TIMING.glide * this.paceFactor);
    await this.page.evaluate(({ x, y, ms }) => window.o2gDemoStage?.pointTo(x, y, ms), { ...this.pointer, ms: glide });
    await this.pause(TIMING.glide + TIMING.beforeClick);
  }

  async click(target: Locator): Promise<void> {
    await this.pointAt(target);
    await this.page.evaluate(() => window.o2gDemoStage?.press());
    await target.click();
  }

  /** Clears a field and types into it at a person's pace. */
  async type(field: Locator, text: string): Promise<void> {
    await this.click(field);
    await field.fill('');
    await field.pressSequentially(text, { delay: Math.round(TIMING.keystroke * this.paceFactor) });
  }

  /**
   * Opens a combobox and picks an option (as Mantine's Select shows them: role option), until the
   * combobox shows it. On a loaded machine the dropdown can close under the click (the list re-renders
   * as its data arrives); picking an option already chosen would clear it, so each try looks first.
   */
  async pick(combobox: Locator, option: string | RegExp): Promise<void> {
    const exact = typeof option === 'string';
    const shows = async () => {
      const value = await combobox.inputValue();
      return exact ? value === option : option.test(value);
    };
    await expect(async () => {
      if (await shows()) return;
      await this.click(combobox);
      const choice = this.page.getByRole('option', { name: option, exact });
      await expect(choice).toBeVisible({ timeout: 3_000 });
      await this.click(choice);
      await expect(combobox).toHaveValue(option, { timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
  }

  /** A pause a person would make, scaled by the pace; it only paces the show, it proves nothing. */
  async pause(ms: number): Promise<void> {
    const scaled = Math.round(ms * this.paceFactor);
    if (scaled > 0) await new Promise((resolve) => setTimeout(resolve, scaled));
  }

  private async render(): Promise<void> {
    const { kicker, title, detail } = this.caption;
    const { x, y } = this.pointer;
    await this.page.evaluate(
      (state) => {
        window.o2gDemoStage?.caption(state.kicker, state.title, state.detail);
        window.o2gDemoStage?.pointTo(state.x, state.y, 0);
      },
      { kicker, title, detail, x, y },
    );
  }
}
