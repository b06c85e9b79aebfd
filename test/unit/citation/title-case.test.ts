import { describe, expect, it } from 'vitest';
import { isEnglish, shortTitle, titleCase } from '../../../src/formats/citation/title-case.js';

describe('CSL title case', () => {
  it.each([
    [
      'Inside the Oval Office with Trump and the Russians: Broad smiles and loose lips',
      'Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips',
    ],
    ['the end of the road', 'The End of the Road'],
    ['what it stands for', 'What It Stands For'],
    ['a self-driving car for the up-to-date driver', 'A Self-Driving Car for the Up-to-Date Driver'],
    ['state-of-the-art tools', 'State-of-the-Art Tools'],
    ['an in-depth look', 'An In-Depth Look'],
    ['Trump: the art of the deal', 'Trump: The Art of the Deal'],
    ['why the iPhone beat NATO and DeYoung', 'Why the iPhone Beat NATO and DeYoung'],
    ['Inside The Oval Office With Trump', 'Inside the Oval Office with Trump'],
    ['Who won? a look at the votes', 'Who Won? A Look at the Votes'],
    ['Trump’s “big, beautiful” bill', 'Trump’s “Big, Beautiful” Bill'],
    ['news from washingtonpost.com', 'News from washingtonpost.com'],
  ])('%s', (input, expected) => {
    expect(titleCase(input)).toBe(expected);
  });

  it('starts over from lowercase when a headline is all capitals', () => {
    expect(titleCase('TRUMP MEETS THE RUSSIANS')).toBe('Trump Meets the Russians');
  });

  it('applies to English (or unknown) languages only', () => {
    expect(isEnglish(null)).toBe(true);
    expect(isEnglish('en')).toBe(true);
    expect(isEnglish('en-GB')).toBe(true);
    expect(isEnglish('fr')).toBe(false);
    expect(isEnglish('eng')).toBe(false);
  });
});

describe('short titles', () => {
  it.each([
    ['Inside the Oval Office with Trump and the Russians: Broad Smiles and Loose Lips', 'Inside the Oval Office'],
    ['Trump: The Art of the Deal', 'Trump'],
    ['Who Won? A Look at the Votes', 'Who Won?'],
    ['Why the President Met with the Russians', 'Why the President Met'],
    ['Trump Meets Lavrov in the Oval Office', 'Trump Meets Lavrov'],
    ['Short One', 'Short One'],
  ])('%s → %s', (input, expected) => {
    expect(shortTitle(input)).toBe(expected);
  });
});
