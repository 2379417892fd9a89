import {
  associateRequestSchema,
  phoneSetPinSchema,
  programmableKeySchema,
  softKeySchema,
} from '../contract/phone-set';
import { passwordChangeRequestSchema } from '../contract/users';
import { NO_CONTENT, operations, pathParam, queryParam } from './define';

const login = pathParam('loginName', 'oxe2001', 'loginName', 'The user’s login name (or an extension).');
const deviceId = pathParam('deviceId', '2001', 'deviceId');
const position = pathParam('position', '1', undefined, 'The key’s position on the set, from 1.');
const activate = queryParam('activate', { required: true, options: ['true', 'false'], example: 'true' });
const NOT_FOUND = { 404: 'No such user or device.' };

/** Logins: every login name of the O2G. */
export const LOGINS = operations('Logins', 'logins', {
  list: {
    method: 'GET',
    path: '/logins',
    summary: 'List the login names',
    params: [
      queryParam('nodeIds', { description: 'Only users of these OXE nodes (comma-separated).' }),
      queryParam('onlyACD', { options: ['true', 'false'] }),
      queryParam('onlyWithExtLogin', { options: ['true', 'false'] }),
    ],
    returns: '`loginNames[]`: all of them for an administrator, only its own for a user.',
  },
});

/** Users: who the users are, their preferences and password. */
export const USERS = operations('Users', 'users', {
  find: {
    method: 'GET',
    path: '/users',
    summary: 'Find a user by number or login',
    params: [
      queryParam('companyPhone', { example: '2001' }),
      queryParam('loginName', { carry: 'loginName' }),
    ],
    returns: 'The matching user.',
    statuses: { 200: 'OK', 404: 'Nobody has that number.' },
  },
  get: {
    method: 'GET',
    path: '/users/{loginName}',
    summary: 'Read one user',
    params: [login],
    returns: 'The user: names, companyPhone, devices, voicemail.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  preferences: {
    method: 'GET',
    path: '/users/{loginName}/preferences',
    summary: 'The user’s preferences',
    params: [login],
    returns: 'GUI and voicemail languages.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  supportedLanguages: {
    method: 'GET',
    path: '/users/{loginName}/preferences/supportedLanguages',
    summary: 'The languages the user may pick',
    params: [login],
    returns: 'Supported GUI and voicemail languages.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  changePassword: {
    method: 'PUT',
    path: '/users/{loginName}/password',
    summary: 'Change the user’s password',
    params: [login],
    body: passwordChangeRequestSchema,
    example: { oldPassword: '2001', newPassword: '' },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
});

const DEVICES = '/users/{loginName}/devices';

/** PhoneSetProgramming: keys, PIN and features of a user's sets. */
export const PHONE_SET = operations('PhoneSetProgramming', 'phoneSet', {
  listDevices: {
    method: 'GET',
    path: DEVICES,
    summary: 'The user’s devices',
    params: [login],
    returns: '`devices[]`: id, type, subType.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  getDevice: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}`,
    summary: 'One device',
    params: [login, deviceId],
    returns: 'The device.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  programmableKeys: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}/programmeableKeys`,
    summary: 'The whole programmable key layout',
    params: [login, deviceId],
    returns: '`pkeys[]`, unassigned positions included.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  programmedKeys: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}/programmedKeys`,
    summary: 'Only the assigned programmable keys',
    params: [login, deviceId],
    returns: '`pkeys[]`.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  setProgrammableKey: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/programmeableKeys/{position}`,
    summary: 'Program a key',
    params: [login, deviceId, position],
    body: programmableKeySchema,
    example: { position: 1, number: '2002', mnemonic: 'Bob', locked: false },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  clearProgrammableKey: {
    method: 'DELETE',
    path: `${DEVICES}/{deviceId}/programmeableKeys/{position}`,
    summary: 'Clear a programmable key',
    params: [login, deviceId, position],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  softKeys: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}/softKeys`,
    summary: 'The soft keys',
    params: [login, deviceId],
    returns: '`skeys[]`.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  setSoftKey: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/softKeys/{position}`,
    summary: 'Program a soft key',
    params: [login, deviceId, position],
    body: softKeySchema,
    example: { position: 1, number: '2003', mnemonic: 'Carol' },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  clearSoftKey: {
    method: 'DELETE',
    path: `${DEVICES}/{deviceId}/softKeys/{position}`,
    summary: 'Clear a soft key',
    params: [login, deviceId, position],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  lock: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/lock`,
    summary: 'Lock or unlock the set',
    params: [login, deviceId, activate],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  campOn: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/campon`,
    summary: 'Turn camp-on on or off',
    params: [login, deviceId, activate],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  remoteExtension: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/REActive`,
    summary: 'Turn the remote extension on or off',
    params: [login, deviceId, activate],
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  getPin: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}/pin`,
    summary: 'The set’s PIN',
    params: [login, deviceId],
    returns: 'Pin_Number, With_Secret_Code, Pin_Type_Of_Control, Pin_Group.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  setPin: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/pin`,
    summary: 'Change the set’s PIN',
    params: [login, deviceId],
    body: phoneSetPinSchema,
    example: {
      Pin_Number: '1234',
      With_Secret_Code: false,
      Pin_Type_Of_Control: 'PIN_Category',
      Pin_Group: 1,
    },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
  dynamicState: {
    method: 'GET',
    path: `${DEVICES}/{deviceId}/dynamicState`,
    summary: 'Lock, camp-on and associate of the set',
    params: [login, deviceId],
    returns: 'lock, campon, associate.',
    statuses: { 200: 'OK', ...NOT_FOUND },
  },
  setAssociate: {
    method: 'PUT',
    path: `${DEVICES}/{deviceId}/associate`,
    summary: 'Set the associate number',
    params: [login, deviceId],
    body: associateRequestSchema,
    example: { associate: '2005' },
    returns: 'No body.',
    statuses: { ...NO_CONTENT, ...NOT_FOUND },
  },
});
