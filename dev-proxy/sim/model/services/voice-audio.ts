/**
 * The audio of a voice message. The lab records nothing, so a message's audio is generated: a soft
 * two-tone chime over a quiet hum, 8 kHz mono 16-bit PCM (the telephone quality voicemail servers use),
 * exactly as long as the message, so a player shows the duration the message list announces.
 */
export const VOICE_SAMPLE_RATE = 8000;
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

/** A complete RIFF/WAVE file of `durationSeconds` seconds. */
export function voiceMessageWav(durationSeconds: number): Buffer {
  const samples = Math.max(0, Math.round(durationSeconds * VOICE_SAMPLE_RATE));
  const dataBytes = samples * BYTES_PER_SAMPLE;
  const wav = Buffer.alloc(HEADER_BYTES + dataBytes);
  writeHeader(wav, dataBytes);
  for (let i = 0; i < samples; i++) wav.writeInt16LE(sampleAt(i), HEADER_BYTES + i * BYTES_PER_SAMPLE);
  return wav;
}

function writeHeader(wav: Buffer, dataBytes: number): void {
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // size of the PCM format block
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(VOICE_SAMPLE_RATE, 24);
  wav.writeUInt32LE(VOICE_SAMPLE_RATE * BYTES_PER_SAMPLE, 28); // byte rate
  wav.writeUInt16LE(BYTES_PER_SAMPLE, 32); // block align
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
}

// One chime per second (440 Hz then 660 Hz, each fading out), kept quiet: it stands in for a voice.
function sampleAt(index: number): number {
  const t = index / VOICE_SAMPLE_RATE;
  const inSecond = t % 1;
  const pitch = inSecond < 0.5 ? 440 : 660;
  const envelope = Math.exp(-6 * (inSecond % 0.5));
  const chime = Math.sin(2 * Math.PI * pitch * t) * envelope;
  const hum = 0.05 * Math.sin(2 * Math.PI * 120 * t);
  return Math.round((0.25 * chime + hum) * 32767);
}

/** The duration a WAV produced here lasts, from its header (for tests and the console). */
export function wavDurationSeconds(wav: Buffer): number {
  return wav.readUInt32LE(40) / (wav.readUInt32LE(28) || 1);
}
