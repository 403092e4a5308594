// PropertiesService limits in bytes, as Google counts them, and the add-on's state within them.
import { afterEach, describe, expect, it } from 'vitest';
import { getPairingState, runPairing } from '../../addon/server/pairing/handlers';
import { writeState } from '../../addon/server/properties';
import { createAppsScript, type AppsScript } from '../../testkit/apps-script';
import { acrossWire } from '../../testkit/apps-script/wire';
import { installWorkspace, seededWorkspace } from '../../testkit/fixtures/pairing-workspace';

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

function installed(): AppsScript {
  const gas = createAppsScript({ htmlFiles: { pairing: '<!doctype html><title>Подбор пар</title>' } });
  undo = gas.install();
  return gas;
}

describe('PropertiesService stand-in', () => {
  it('refuses a value over 9 KB counted in UTF-8 bytes, so Cyrillic counts twice', () => {
    const props = (createAppsScript().globals as any).PropertiesService.getDocumentProperties();
    props.setProperty('latin', 'a'.repeat(9 * 1024));
    expect(() => props.setProperty('cyrillic', 'ж'.repeat(4609))).toThrow('Argument too large: value');
    props.setProperty('cyrillic', 'ж'.repeat(4608));
    expect(props.getProperty('cyrillic')).toHaveLength(4608);
  });

  it('refuses to grow a store past 500 KB, keys included, and keeps what it held', () => {
    const props = (createAppsScript().globals as any).PropertiesService.getDocumentProperties();
    const value = 'я'.repeat(4000); // 8,000 bytes
    for (let i = 0; i < 63; i++) props.setProperty(`k${i}`, value);
    expect(() => props.setProperties({ k63: value, k64: value })).toThrow(/exceeded the property storage quota/);
    expect(props.getKeys()).toHaveLength(63);
    props.deleteProperty('k0');
    props.setProperty('k63', value);
  });
});

describe('add-on state within the property limits', () => {
  it('refuses to write a value over 9 KB with a Russian message naming the key, leaving the old value', () => {
    const gas = installed();
    writeState('пример', { ok: true });
    expect(() => writeState('пример', 'ё'.repeat(4700))).toThrow(/«пример».*9216 байт/);
    expect(gas.properties._document.getProperty('nastavnik.пример')).toBe('{"ok":true}');
  });

  it('keeps 500 pins with Cyrillic ids, one property each, and reads them back', () => {
    const gas = installed();
    installWorkspace(gas, seededWorkspace(1500, 7));
    const state = acrossWire(getPairingState(), 'state');
    const request = {
      forms: state.forms.map((f) => f.code),
      weights: Object.fromEntries(state.weights.map((w) => [w.key, w.value])),
      minScore: 0,
      pins: [],
    };
    const first = runPairing(request);
    const proposed = first.groups.flatMap((g) => g.pairs.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId })));
    expect(proposed.length).toBeGreaterThanOrEqual(500);
    const pins = proposed.slice(0, 500);
    const pinned = runPairing(acrossWire({ ...request, pins }, 'request'));
    expect(pinned.pins).toHaveLength(500);
    expect(Buffer.byteLength(JSON.stringify(pinned.pins), 'utf8')).toBeGreaterThan(9 * 1024);
    expect(getPairingState().lastRequest?.pins).toEqual(pinned.pins);
    // Fewer pins later: the items beyond the new count are removed.
    runPairing({ ...request, pins: pins.slice(0, 3) });
    expect(getPairingState().lastRequest?.pins).toEqual(pins.slice(0, 3));
    expect(gas.properties._document.getKeys().filter((k) => k.startsWith('nastavnik.pairing.pins.'))).toHaveLength(4);
  });

  it('still reads pins saved inside the request by an older version', () => {
    const gas = installed();
    installWorkspace(gas, seededWorkspace(20, 3));
    const old = { forms: ['teacher-student'], weights: {}, minScore: 10, pins: [{ mentorId: 'Н1', menteeId: 'У2' }] };
    gas.properties._document.setProperty('nastavnik.pairing.request', JSON.stringify(old));
    expect(getPairingState().lastRequest).toEqual(old);
  });
});

describe('a full property store', () => {
  it('names the key in Russian when the store has no room left', () => {
    const gas = installed();
    const value = 'я'.repeat(4000);
    for (let i = 0; i < 63; i++) gas.properties._document.setProperty(`k${i}`, value);
    expect(() => writeState('pairing.request', { pins: 'ж'.repeat(4000) })).toThrow(
      /«pairing\.request».*property storage quota/,
    );
  });
});
