import { it } from 'vitest';
import { loadFixture, REAL_DIR } from './fixtures';
import { findCard } from '../../../lib/linkedin/sections';
import { readSkills } from '../../../lib/linkedin/skills';
it('scratch', () => {
  const f = loadFixture(REAL_DIR!, 'sdui-2026-b');
  const card = findCard(f.doc, 'sdui-2026', 'skills');
  console.log(card?.tagName, card?.getAttribute('componentkey'), card?.outerHTML.length);
  const items = card!.querySelectorAll('[componentkey^="com.linkedin.sdui.profile.skill("]');
  console.log(items.length, readSkills(card!, 'sdui-2026'));
});
