/**
 * The demo scenarios: stories for an audience, each built on the e2e page objects. The CLI lists and
 * picks them by name; a scenario file looks itself up here, so a name, its title and what it needs are
 * written once.
 */
export interface Scenario {
  /** What a presenter types: `npm run demo -- <name>`. */
  name: string;
  title: string;
  /** One line for the list. */
  summary: string;
  /** Why it cannot run against a real O2G, when it drives the embedded lab's test-only controls. */
  needsLab?: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'explore',
    title: 'Sign in and explore the services',
    summary: 'An administrator signs in, reads a user and the O2G’s status, and inspects every request sent.',
  },
  {
    name: 'call-a-colleague',
    title: 'Call a colleague, hold, transfer',
    summary: 'Alice calls Bruno, puts him on hold, asks Chloé, then transfers Bruno to Chloé.',
    needsLab: 'the lab answers for Bruno and Chloé through its phone controls',
  },
  {
    name: 'trunk-loopback',
    title: 'Call through the trunk loopback',
    summary: 'Alice dials 91 + 2 + 3 digits + 2003: the call leaves on the trunk and comes back external.',
    needsLab: 'the lab answers and hangs up for Chloé through its phone controls',
  },
  {
    name: 'voicemail',
    title: 'Leave and play a voicemail on 1999',
    summary: 'Chloé calls Alice, nobody answers, she leaves a message; Alice signs in and plays it.',
    needsLab: "the lab's clock stands in for the 20 s ring timeout and the message's length",
  },
  {
    name: 'live-events',
    title: 'Watch the live events while calls happen',
    summary: 'Calls arrive from outside while the Events page shows each O2G event as it comes.',
    needsLab: 'the lab places the outside calls',
  },
  {
    name: 'o2g-goes-away',
    title: 'What happens when the O2G goes away',
    summary: 'A dropped event channel, a burst of 503s and a slow O2G, each told plainly and recovered.',
    needsLab: "the lab's fault controls break the O2G on cue",
  },
  {
    name: 'forward-my-calls',
    title: 'Forward my calls and watch it happen',
    summary: 'A user forwards their calls to a colleague from a form, sees the O2G confirm it, and a call follow it.',
  },
  {
    name: 'program-a-key',
    title: 'Admin: act as a user, program a key',
    summary: 'An administrator acts as Bruno and programs a key of his phone set to call Alice, from forms.',
    needsLab: 'it reprograms a phone set; on a real O2G that would change a real person’s phone',
  },
];

export function scenarioNamed(name: string): Scenario {
  const scenario = SCENARIOS.find((item) => item.name === name);
  if (!scenario) throw new Error(`no demo scenario is named ${name}`);
  return scenario;
}
