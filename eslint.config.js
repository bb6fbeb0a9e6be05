import tseslint from 'typescript-eslint';

/**
 * Import boundaries between lib/ folders (docs/ARCHITECTURE.md, "Folders and their direction"):
 * a folder may import its own layer's pure neighbours and anything below, never above, so no
 * folder cycle can come back (tracker ↔ nudges was one; compose ↔ coach another).
 */
const LAYERS = [
  ['zod', 'hash', 'date-format', 'time-schema', 'follow-ups', 'linkedin', 'settings', 'schedule'],
  ['mentorship'],
  ['tracker'],
  ['channel-limits'],
  ['compose', 'coach'],
  ['nudges'],
  ['next-step'],
  ['shared'],
  ['background'],
  ['popup-link'],
  ['popup', 'dashboard'],
];
const boundaries = LAYERS.flatMap((layer, i) => {
  const above = LAYERS.slice(i + 1).flat();
  // Same-layer neighbours stay apart too, except the bottom layer's leaves (linkedin reads zod).
  const beside = i === 0 ? [] : layer;
  return layer.map((folder) => {
    const banned = [...above, ...beside.filter((f) => f !== folder)];
    return {
      files: [`lib/${folder}/**/*.{ts,tsx}`, `lib/${folder}.ts`],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: banned.length ? [{
            group: banned.flatMap((f) => [`**/${f}`, `**/${f}/**`, `@/lib/${f}`, `@/lib/${f}/**`]),
            message: `lib/${folder} sits below this folder: import downwards only (docs/ARCHITECTURE.md).`,
          }] : [],
        }],
      },
    };
  });
});

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Profile text must never reach the DOM as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Profile text is plain text: never render it as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never write innerHTML: profile text is untrusted.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never write outerHTML: profile text is untrusted.' },
      ],
    },
  },
  ...boundaries,
);
