/**
 * Read aloud with the browser's own speech synthesis, one paragraph per utterance: that makes skipping exact,
 * lets the current paragraph be highlighted, and avoids engines that stop in the middle of very long utterances.
 */
export type SpeechState = 'stopped' | 'playing' | 'paused' | 'unavailable' | 'network-only';

/**
 * The voice to read with: one that runs on this device (`localService`) for the article's language, else any local
 * voice the browser offers for it. A network voice sends the text it reads to a speech service, which the user did
 * not ask for: when the browser has only such voices for the language, the answer is 'network-only' and nothing is
 * read. With no voice list at all (some browsers fill it late), the browser's default is left to decide.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | 'network-only' | null {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  const forLang = voices.filter((v) => v.lang.toLowerCase().replace('_', '-').split('-')[0] === primary);
  const local = forLang.filter((v) => v.localService);
  const exact = local.find((v) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase());
  if (exact ?? local[0]) return exact ?? local[0]!;
  if (forLang.length) return 'network-only';
  return voices.length && voices.every((v) => !v.localService) ? 'network-only' : null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td, th';

/** The innermost text blocks, in reading order (a `<p>` inside a `<li>` is read once, as the `<p>`). */
export function readableBlocks(body: HTMLElement): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(BLOCKS)].filter(
    (el) => el.querySelector(BLOCKS) === null && (el.textContent ?? '').trim() !== '',
  );
}

export class ReadAloud {
  private index = 0;
  private state: SpeechState;
  /** Bumped on every start, so the end event of a cancelled utterance cannot move the reading on. */
  private generation = 0;

  constructor(
    private readonly blocks: HTMLElement[],
    private readonly lang: string,
    private rate: number,
    private readonly onChange: (state: SpeechState, block: HTMLElement | null) => void,
  ) {
    this.state = 'speechSynthesis' in window && blocks.length ? 'stopped' : 'unavailable';
  }

  get current(): SpeechState {
    return this.state;
  }

  toggle(): void {
    if (this.state === 'playing') this.pause();
    else if (this.state === 'paused') this.resume();
    else if (this.state === 'stopped' || this.state === 'network-only') this.start(this.firstVisible());
  }

  next(): void {
    this.skip(1);
  }

  previous(): void {
    this.skip(-1);
  }

  setRate(rate: number): void {
    this.rate = rate;
    // A new rate applies to the next utterance; restart this paragraph so it is heard now.
    if (this.state === 'playing') this.start(this.index);
  }

  stop(): void {
    if (this.state === 'unavailable') return;
    this.generation++;
    speechSynthesis.cancel();
    this.set('stopped');
  }

  private skip(direction: 1 | -1): void {
    if (this.state === 'unavailable') return;
    const target = Math.min(this.blocks.length - 1, Math.max(0, this.index + direction));
    if (this.state === 'playing' || this.state === 'paused') this.start(target);
    else {
      this.index = target;
      this.onChange(this.state, this.blocks[target] ?? null);
    }
  }

  private pause(): void {
    speechSynthesis.pause();
    this.set('paused');
  }

  private resume(): void {
    speechSynthesis.resume();
    this.set('playing');
  }

  private start(index: number): void {
    const block = this.blocks[index];
    if (!block) {
      this.index = 0; // the end: the next play starts from the top
      return this.stop();
    }
    const generation = ++this.generation;
    speechSynthesis.cancel();
    this.index = index;
    const voice = pickVoice(speechSynthesis.getVoices(), this.lang);
    if (voice === 'network-only') {
      this.generation++;
      return this.set('network-only');
    }
    const utterance = new SpeechSynthesisUtterance((block.textContent ?? '').replace(/\s+/g, ' ').trim());
    utterance.lang = this.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = this.rate;
    utterance.onend = () => {
      if (generation === this.generation) this.start(this.index + 1);
    };
    utterance.onerror = (event) => {
      // `interrupted`/`canceled` are our own skips; anything else means speech does not work here.
      if (generation !== this.generation || event.error === 'interrupted' || event.error === 'canceled') return;
      this.generation++;
      this.set('unavailable');
    };
    speechSynthesis.speak(utterance);
    if (speechSynthesis.paused) speechSynthesis.resume();
    this.set('playing');
  }

  private set(state: SpeechState): void {
    this.state = state;
    this.onChange(state, state === 'playing' || state === 'paused' ? (this.blocks[this.index] ?? null) : null);
  }

  /** Reading starts where the reader is looking, or where it stopped before. */
  private firstVisible(): number {
    if (this.index > 0) return this.index;
    const visible = this.blocks.findIndex((block) => block.getBoundingClientRect().bottom > 80);
    return visible === -1 ? 0 : visible;
  }
}
