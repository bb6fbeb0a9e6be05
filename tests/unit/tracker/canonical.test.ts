import { describe, expect, it } from 'vitest';
import { canonicalProfileUrl } from '../../../lib/tracker/canonical';

const CANON = 'https://www.linkedin.com/in/marisol-vega/';

describe('canonicalProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/in/marisol-vega/', CANON],
    ['https://www.linkedin.com/in/marisol-vega', CANON],
    ['https://www.linkedin.com/in/Marisol-Vega/?trk=public_profile', CANON],
    ['https://de.linkedin.com/in/marisol-vega/details/experience/', CANON],
    ['http://linkedin.com/in/MARISOL-VEGA#about', CANON],
    ['linkedin.com/in/marisol-vega/overlay/contact-info/', CANON],
    ['  https://www.linkedin.com/in/marisol-vega/  ', CANON],
    ['https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez/', 'https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez/'],
    ['https://www.linkedin.com/in/JOS%C3%89-P%C3%89REZ', 'https://www.linkedin.com/in/jos%C3%A9-p%C3%A9rez/'],
  ])('%s → canonical', (url, want) => expect(canonicalProfileUrl(url)).toBe(want));

  it.each([
    'https://www.linkedin.com/company/lumen/',
    'https://www.linkedin.com/in/',
    'https://evil.example/in/marisol-vega/',
    'https://linkedin.com.evil.example/in/marisol-vega/',
    'not a url at all',
    '',
  ])('%s → null', (url) => expect(canonicalProfileUrl(url)).toBeNull());
});
