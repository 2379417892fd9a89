import { describe, expect, it } from 'vitest';
import { VOICE_SAMPLE_RATE, voiceMessageWav, wavDurationSeconds } from './voice-audio';

describe('voice message audio', () => {
  it.each([1, 7, 20])('is a %i s RIFF/WAVE file of 8 kHz mono 16-bit PCM', (seconds) => {
    const wav = voiceMessageWav(seconds);
    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect([wav.readUInt16LE(20), wav.readUInt16LE(22), wav.readUInt32LE(24), wav.readUInt16LE(34)]).toEqual([
      1,
      1,
      VOICE_SAMPLE_RATE,
      16,
    ]);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(seconds * VOICE_SAMPLE_RATE * 2);
    expect(wavDurationSeconds(wav)).toBe(seconds);
  });

  it('is not silence and never clips', () => {
    const wav = voiceMessageWav(1);
    const samples = Array.from({ length: VOICE_SAMPLE_RATE }, (_, i) => wav.readInt16LE(44 + i * 2));
    expect(Math.max(...samples.map(Math.abs))).toBeGreaterThan(3000);
    expect(Math.max(...samples.map(Math.abs))).toBeLessThan(32767);
  });
});
