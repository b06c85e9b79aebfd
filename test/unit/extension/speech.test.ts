import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../../src/extension/reader/speech.js';

const voice = (name: string, lang: string, localService: boolean) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

describe('the read-aloud voice', () => {
  const cloudEn = voice('Cloud English', 'en-US', false);
  const localEn = voice('eSpeak English', 'en-GB', true);
  const localUs = voice('Local US', 'en-US', true);
  const localDe = voice('Local German', 'de-DE', true);

  it('is a voice on this device for the article’s language, the exact variant first', () => {
    expect(pickVoice([cloudEn, localEn, localUs], 'en-US')).toBe(localUs);
    expect(pickVoice([cloudEn, localEn], 'en-US')).toBe(localEn);
    expect(pickVoice([localDe, localEn], 'de')).toBe(localDe);
  });

  it('is none when only online voices speak the language: the text would leave the device', () => {
    expect(pickVoice([cloudEn, localDe], 'en-US')).toBe('network-only');
    expect(pickVoice([cloudEn], 'fr-FR')).toBe('network-only');
  });

  it('is left to the browser when it lists no voices, or only local ones of other languages', () => {
    expect(pickVoice([], 'en')).toBeNull();
    expect(pickVoice([localDe], 'fr')).toBeNull();
  });
});
