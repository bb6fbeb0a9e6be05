import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'bench/results.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Profile text must never reach the DOM as HTML (STYLE.md §9).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Profile text is plain text: never render it as HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Never write innerHTML: profile text is untrusted.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Never write outerHTML: profile text is untrusted.' },
      ],
    },
  },
);
