import { describe, expect, it } from 'vitest';
import { LOOPBACK_HOSTS } from '../config';
import { hostAllowed, hostName } from './hosts';

describe('Host check (DNS rebinding)', () => {
  it('accepts the loopback names on any port and refuses a foreign name that resolves to 127.0.0.1', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000', 'LOCALHOST', '127.0.0.1'])
      expect(hostAllowed(host, LOOPBACK_HOSTS), host).toBe(true);
    for (const host of ['attacker.example:3000', 'localhost.attacker.example', '127.0.0.1.nip.io:3000', '', null]) {
      expect(hostAllowed(host, LOOPBACK_HOSTS), String(host)).toBe(false);
    }
  });

  it('matches a name on any port, or a name:port on that port only; any lets everything in', () => {
    expect(hostAllowed('atlas.example.com:443', ['atlas.example.com'])).toBe(true);
    expect(hostAllowed('atlas.example.com:8443', ['atlas.example.com:443'])).toBe(false);
    expect(hostAllowed('atlas.example.com:443', ['atlas.example.com:443'])).toBe(true);
    expect(hostAllowed('whatever', 'any')).toBe(true);
    expect(hostName('[::1]:80')).toBe('[::1]');
  });
});
