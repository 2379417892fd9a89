import type { Locator, Page } from '@playwright/test';

/** The voicemail panel and the shell's message-waiting badge, by roles and labels only. */
export class VoicemailPage {
  readonly heading: Locator;
  readonly useUserPassword: Locator;
  readonly mailboxPassword: Locator;
  readonly connect: Locator;
  readonly messages: Locator;
  readonly noMessages: Locator;
  readonly noMailbox: Locator;
  readonly callVoicemail: Locator;
  readonly player: Locator;
  readonly audio: Locator;
  readonly deleteDialog: Locator;
  readonly error: Locator;
  /** Before connecting: the new messages the event summary counts (the header lamp's figure). */
  readonly waiting: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Voicemail', level: 1 });
    this.useUserPassword = page.getByRole('button', { name: 'Use my user password' });
    this.mailboxPassword = page.getByRole('textbox', { name: 'Mailbox password' });
    this.connect = page.getByRole('button', { name: 'Connect', exact: true });
    this.messages = page.getByRole('table', { name: 'Voice messages' });
    this.noMessages = page.getByText('No messages in this mailbox.');
    this.noMailbox = page.getByText('No voice mailbox for this user');
    this.callVoicemail = page.getByRole('button', { name: 'Call voicemail (1999)' });
    this.player = page.getByRole('region', { name: 'Message player' });
    this.audio = this.player.locator('audio');
    this.deleteDialog = page.getByRole('dialog', { name: /^Delete \d+ voice messages?\?$/ });
    this.error = page.getByRole('main').getByRole('alert');
    this.waiting = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /new voice message/ });
  }

  /** Opens the panel from the navigation (a reload would end the in-memory session). */
  async open() {
    await this.page
      .getByRole('navigation', { name: 'Console sections' })
      .getByRole('link', { name: 'Voicemail' })
      .click();
    await this.heading.waitFor();
  }

  /** A counter of the mailbox: `New messages` or `Total messages`, named with its value. */
  counter(name: 'New messages' | 'Total messages', value: number): Locator {
    return this.page.getByRole('status', { name: `${name}: ${value}` });
  }

  /** The row of a message, named after its caller, e.g. `Chloé Dubois (2003)`. */
  message(caller: string): Locator {
    return this.messages.getByRole('row', { name: `Message from ${caller}` });
  }

  button(caller: string, action: 'Play' | 'Mark heard:' | 'Call back:' | 'Delete'): Locator {
    return this.message(caller).getByRole('button', { name: `${action} message from ${caller}` });
  }

  /** The shell header's lamp, lit only while a message waits: `Message waiting for oxe2001: 1 new voice message`. */
  badge(name: string | RegExp): Locator {
    return this.page.getByRole('banner').getByRole('link', { name });
  }
}
