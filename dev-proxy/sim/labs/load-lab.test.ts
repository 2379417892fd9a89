import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LabError, loadLab, parseLab } from './load-lab';

const raw = () =>
  JSON.parse(JSON.stringify(loadLab())) as { users: { companyPhone: string; loginName: string }[] };

describe('the embedded lab', () => {
  const lab = loadLab();

  it('is the vlab of the seed: O2G 2.2.1, one admin, five SIP extensions 2001-2005', () => {
    expect(lab.product).toEqual({
      productName: 'O2G Services 2.2.1',
      productType: 'O2G',
      productVersion: { major: '14.2', minor: '001.004' },
      haMode: false,
    });
    expect(lab.administrators).toEqual([{ loginName: 'admin', password: 'admin' }]);
    expect(lab.users.map((u) => [u.loginName, u.password, u.companyPhone])).toEqual([
      ['oxe2001', '2001', '2001'],
      ['oxe2002', '2002', '2002'],
      ['oxe2003', '2003', '2003'],
      ['oxe2004', '2004', '2004'],
      ['oxe2005', '2005', '2005'],
    ]);
    expect(lab.users[0]).toMatchObject({ firstName: 'Alice', lastName: 'Martin' });
    expect(lab.users.map((u) => u.devices.map((d) => d.id))).toEqual([
      ['2001'],
      ['2002'],
      ['2003'],
      ['2004'],
      ['2005'],
    ]);
  });

  it('gives mailboxes to the first two extensions only, reached on 1999', () => {
    expect(lab.users.filter((u) => u.mailbox).map((u) => [u.loginName, u.mailbox?.password])).toEqual([
      ['oxe2001', '1234'],
      ['oxe2002', '1234'],
    ]);
    expect(lab.voicemail.accessNumber).toBe('1999');
  });

  it('has the lab settings: TTL 1800 s, ring timeout 20 s, park timeout 60 s, trunk prefix 91, node "1", phones all off', () => {
    expect(lab.session.timeToLive).toBe(1800);
    expect(lab.telephony).toEqual({
      ringTimeoutSeconds: 20,
      parkTimeoutSeconds: 60,
      trunkLoopbackPrefix: '91',
    });
    expect(lab.oxe.nodeId).toBe('1');
    for (const user of lab.users)
      expect(user.phone).toEqual({ autoAnswerAfterSeconds: null, busy: false, outOfService: false });
  });
});

describe('lab validation', () => {
  it('fills defaults a lab file leaves out', () => {
    const data = raw() as unknown as { users: Record<string, unknown>[] };
    delete data.users[0]?.phone;
    expect(parseLab(data).users[0]?.phone).toEqual({
      autoAnswerAfterSeconds: null,
      busy: false,
      outOfService: false,
    });
  });

  it('refuses two users on one extension, naming where', () => {
    const data = raw();
    data.users[1]!.companyPhone = '2001';
    expect(() => parseLab(data)).toThrow(/users\.1\.companyPhone: number 2001 is already used by oxe2001/);
  });

  it('refuses a login defined twice and an extension that starts with the trunk prefix', () => {
    const data = raw();
    data.users[2]!.loginName = 'admin';
    data.users[3]!.companyPhone = '9104';
    const error = (() => {
      try {
        parseLab(data);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error).toBeInstanceOf(LabError);
    expect(error?.message).toContain('login admin is defined twice');
    expect(error?.message).toContain('extension 9104 starts with the trunk loopback prefix');
  });

  it('says which file is missing or not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'o2g-lab-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{ not json');
    expect(() => loadLab(join(dir, 'missing.json'))).toThrow(/cannot read lab file .*missing\.json/);
    expect(() => loadLab(bad)).toThrow(/bad\.json is not JSON/);
  });
});
