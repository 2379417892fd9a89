import type { ReadParam, ServiceRead } from '../read-spec';

const loginInPath: ReadParam = {
  name: 'loginName',
  label: 'Login name',
  in: 'path',
  required: true,
  fromLogin: true,
  placeholder: 'oxe2001',
};

/** Logins: the login names (filters are for administrators). */
export const LOGINS_READS: readonly ServiceRead[] = [
  {
    id: 'logins',
    label: 'List the login names',
    path: '/logins',
    hint: 'An administrator sees every login; a user sees only their own.',
    params: [
      { name: 'nodeIds', label: 'OXE nodes', in: 'query', check: 'node-ids', placeholder: '1;2' },
      { name: 'onlyACD', label: 'Only CCD agents and supervisors', in: 'query', kind: 'flag', flag: 'bare' },
      {
        name: 'onlyWithExtLogin',
        label: 'Only users with an external login',
        in: 'query',
        kind: 'flag',
        flag: 'bare',
      },
    ],
  },
];

/** Users: one user by login or by number, their preferences and languages. */
export const USERS_READS: readonly ServiceRead[] = [
  {
    id: 'user',
    label: 'Read the user',
    path: '/users/{loginName}',
    hint: 'Name, company number, devices, voicemail and OXE node.',
    params: [loginInPath],
  },
  {
    id: 'user-by-phone',
    label: 'Find the user of a number',
    path: '/users',
    params: [
      {
        name: 'companyPhone',
        label: 'Company number',
        in: 'query',
        required: true,
        check: 'digits',
        placeholder: '2001',
      },
    ],
  },
  {
    id: 'preferences',
    label: 'Read the preferences',
    path: '/users/{loginName}/preferences',
    params: [loginInPath],
  },
  {
    id: 'languages',
    label: 'Read the supported languages',
    path: '/users/{loginName}/preferences/supportedLanguages',
    params: [loginInPath],
  },
  ...LOGINS_READS,
];

const deviceInPath: ReadParam = {
  name: 'deviceId',
  label: 'Device number',
  in: 'path',
  required: true,
  check: 'digits',
  placeholder: '2001',
};

/** PhoneSetProgramming: a user's sets and their keys (the PIN is left out on purpose: it is a secret). */
export const PHONE_SET_READS: readonly ServiceRead[] = [
  { id: 'sets', label: 'List the phone sets', path: '/users/{loginName}/devices', params: [loginInPath] },
  ...(
    [
      ['programmeable-keys', 'Read the programmable keys', 'programmeableKeys'],
      ['programmed-keys', 'Read the programmed keys', 'programmedKeys'],
      ['soft-keys', 'Read the soft keys', 'softKeys'],
      ['dynamic-state', 'Read the lock and camp-on state', 'dynamicState'],
    ] as const
  ).map(([id, label, segment]): ServiceRead => ({
    id,
    label,
    path: `/users/{loginName}/devices/{deviceId}/${segment}`,
    params: [loginInPath, deviceInPath],
  })),
];
