// Decorated display names and what to greet people by.
import { describe, expect, it } from 'vitest';
import { cleanName, firstNameOf } from '../../../lib/linkedin/names';

describe('cleanName', () => {
  it.each([
    ['Joaquín Ibarra Lindqvist', 'Joaquín Ibarra Lindqvist'],
    ['  Marisol\u00a0 Vance ', 'Marisol Vance'],
    ['⚡️Alva Nyström', 'Alva Nyström'], // ember-2024-a side-rail decoration
    ['Priya Raman, MD', 'Priya Raman'], // ember-2024-e side-rail decoration
    ['Jane Doe, PhD, PMP®', 'Jane Doe'],
    ['Ali Khan PhD', 'Ali Khan'],
    ['Ana Ruiz MBA', 'Ana Ruiz'],
    ['Tomás Rivaldi | Hiring', 'Tomás Rivaldi'],
    ['Tomás Rivaldi - Founder @ Quill', 'Tomás Rivaldi'],
    ['Noor Haddad (She/Her)', 'Noor Haddad'],
    ['Bram Okafor 🚀 #OpenToWork', 'Bram Okafor'],
    ['Karin Sjödahl (f.d. Mäkinen)', 'Karin Sjödahl'],
    ['Mary-Jane O’Neil', 'Mary-Jane O’Neil'],
    ['Smith, John', 'Smith, John'], // not credentials: left alone
    ['John DOE', 'John DOE'], // capitals are not a credential on their own
    ['Ma\u202Eyrotsih\u202C', 'Mayrotsih'], // bidi override stripped
    ['Zoë\u200B Quist', 'Zoë Quist'],
    ['王小明', '王小明'],
    ['🚀', ''],
  ])('%j → %j', (raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });
});

describe('firstNameOf', () => {
  it.each<[string | null, string | null, string[], string | null]>([
    ['Joaquín Ibarra Lindqvist', null, ['Message Joaquín', 'Joaquín has verifications'], 'Joaquín'],
    // Two-part first name: LinkedIn's own labels say "Sri Kavitha" (ember-2024-b).
    ['Sri Kavitha Ramanayake', null, ['Invite Sri Kavitha Ramanayake to connect', 'Message Sri Kavitha'], 'Sri Kavitha'],
    ['Sri Kavitha Ramanayake', 'Sri Kavitha', [], 'Sri Kavitha'], // guest page meta (public-2024-b)
    ['Sri Kavitha Ramanayake', null, ['Envoyer un message à Sri Kavitha'], 'Sri Kavitha'], // any UI language
    ['Sri Kavitha Ramanayake', null, [], 'Sri'], // nothing better to go on
    ['Nguyễn Thị Lan', null, [], 'Lan'], // Vietnamese order (public-2026-a)
    ['Trần Văn Minh', null, [], 'Minh'],
    ['Trần Minh', null, [], 'Minh'],
    ['Le Minh', null, [], 'Le'], // no accents, no middle name: cannot tell the order
    ['Nguyen Van Anh', null, [], 'Anh'],
    ['Anh Nguyen', null, [], 'Anh'], // Western order stays
    ['Lan Nguyen', null, [], 'Lan'],
    ['Kim Minji', null, [], 'Minji'], // Korean order, a Korean given name (s23 unseen senders)
    ['Lee Seo-yeon', null, [], 'Seo-yeon'],
    ['Kim Clijsters', null, [], 'Kim'], // a given name that is no Korean one stays first
    ['Lee Anderson', null, [], 'Lee'],
    ['Dr. Keiko Andersen-Vale', null, [], 'Keiko'],
    ['Md. Tanvir Hossain Chowdhury', null, [], 'Tanvir'], // "Md." abbreviates Muhammad, before the name one goes by
    ['J. Robert Oppenheimer', null, [], 'Robert'],
    ['王小明', null, [], '王小明'],
    ['Cher', null, [], 'Cher'],
    ['Marisol Vance', 'Rosa', [], 'Marisol'], // a meta first name that is not this person's is ignored
    [null, null, [], null],
  ])('%j', (full, given, labels, first) => {
    expect(firstNameOf(full, given, labels)).toBe(first);
  });
});
