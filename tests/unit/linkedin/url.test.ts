// Example URLs beside the parser (lib/linkedin/url.ts): which person, and is it a profile page?
import { describe, expect, it } from 'vitest';
import { isProfileUrl, profileSlugFromUrl } from '../../../lib/linkedin';
import { canonicalProfileUrl, safeUrl } from '../../../lib/linkedin/url';

const CASES: [url: string, slug: string | null, profile: boolean][] = [
  ['https://www.linkedin.com/in/marisolvance/', 'marisolvance', true],
  ['https://www.linkedin.com/in/marisolvance', 'marisolvance', true],
  ['https://www.linkedin.com/in/Marisol-Vance/?originalSubdomain=uk', 'marisol-vance', true],
  ['https://se.linkedin.com/in/sri-kavitha-ramanayake-8d41c27b', 'sri-kavitha-ramanayake-8d41c27b', true],
  ['http://linkedin.com/in/ravindrakolluri/', 'ravindrakolluri', true],
  ['https://www.linkedin.com/in/marisolvance/fr', 'marisolvance', true], // profile language sub-path
  ['https://www.linkedin.com/in/marisolvance/pt_BR/', 'marisolvance', true],
  ['https://www.linkedin.com/in/marisolvance/?locale=de_DE', 'marisolvance', true],
  ['https://www.linkedin.com/in/marisolvance/overlay/contact-info/', 'marisolvance', true],
  ['https://www.linkedin.com/in/%C3%A9lodie-durand-5a1/', 'élodie-durand-5a1', true],
  ['https://www.linkedin.com/in/%C3%89LODIE-Durand/', 'élodie-durand', true],
  ['https://www.linkedin.com/in/nguyenthilan#about', 'nguyenthilan', true],
  ['https://www.linkedin.com/in/ACoAAKU2FvaVIBMeJhoDWW2cc8oD5Peiiv78Vd3/', 'ACoAAKU2FvaVIBMeJhoDWW2cc8oD5Peiiv78Vd3', true],
  ['/public-profile/in/tomasrivaldi/', 'tomasrivaldi', true], // not-found-2024's canonical link
  // Sub-pages name their person but are not the profile page itself.
  ['https://www.linkedin.com/in/marisolvance/details/experience/', 'marisolvance', false],
  ['https://www.linkedin.com/in/marisolvance/recent-activity/all/', 'marisolvance', false],
  ['https://www.linkedin.com/in/rohanmalhotra2207/edit/intro/', 'rohanmalhotra2207', false],
  // Not profiles at all.
  ['https://www.linkedin.com/feed/', null, false],
  ['https://www.linkedin.com/search/results/people/?keywords=marisol', null, false],
  ['https://www.linkedin.com/company/lumen-media/', null, false],
  ['https://www.linkedin.com/in/', null, false],
  ['https://www.linkedin.com/in/%E9/', null, false], // malformed escape
  ['https://www.linkedin.com/in/a%2Fb/', null, false], // encoded slash
  ['https://evil.example/in/marisolvance/', null, false],
  ['https://www.linkedin.com.evil.example/in/marisolvance/', null, false],
  ['javascript:alert(1)//www.linkedin.com/in/x/', null, false],
  ['', null, false],
  ['not a url at all', null, false],
];

describe('profileSlugFromUrl / isProfileUrl', () => {
  it.each(CASES)('%s → %s', (url, slug, profile) => {
    expect(profileSlugFromUrl(url)).toBe(slug);
    expect(isProfileUrl(url)).toBe(profile);
  });
});

describe('canonicalProfileUrl', () => {
  it.each([
    ['marisolvance', 'https://www.linkedin.com/in/marisolvance/'],
    ['élodie-durand-5a1', 'https://www.linkedin.com/in/%C3%A9lodie-durand-5a1/'],
  ])('%s', (slug, url) => {
    expect(canonicalProfileUrl(slug)).toBe(url);
    expect(profileSlugFromUrl(url)).toBe(slug);
  });
});

describe('safeUrl', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    [' /feed/update/urn:li:activity:1/?trk=x ', 'https://www.linkedin.com/feed/update/urn:li:activity:1/'],
    ['https://www.linkedin.com/posts/x_activity-1?trk=public_profile#c', 'https://www.linkedin.com/posts/x_activity-1'],
    ['https://example.org/case-study?ref=1', 'https://example.org/case-study?ref=1'],
    [null, undefined],
  ])('%s', (href, out) => {
    expect(safeUrl(href)).toBe(out);
  });
});
