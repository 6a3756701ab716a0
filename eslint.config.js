import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One AWS boundary and one GitHub boundary: only the gateways touch the SDKs and Octokit, so
    // clients, retries and the error policy are built in one place. (A later block that sets
    // no-restricted-imports for some files replaces this one there: repeat these patterns in it.)
    files: ['**/*.ts'],
    // Exempt: the IAM scanner's fixtures, and the AWS sandbox where it plays AWS itself (EventBridge
    // starting a pipeline as a target's role is AWS calling AWS, not the toolkit).
    ignores: ['src/aws/**', 'src/github/**', 'test/fixtures/iam-scan/**', 'test/sandbox/aws/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@aws-sdk/*', '@smithy/*'],
              message: 'AWS SDK imports belong in src/aws/ (a gateway builds its client from an AwsContext).',
            },
            {
              group: ['@octokit/*', '@actions/github'],
              message:
                'Octokit imports belong in src/github/ (a gateway builds its client from a GitHubContext).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain stays pure: no GitHub toolkit, no environment; hosts pass what it needs.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@actions/*',
            '@aws-sdk/*',
            '@smithy/*',
            '@octokit/*',
            '**/hosts/*',
            '**/aws/*',
            '**/github/*',
            '**/commands/*',
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'process', property: 'env' }],
    },
  },
  {
    // Floors point down: hosts run any command from its spec (in core), never a command's own code.
    files: ['src/hosts/**/*.ts'],
    rules: {
      // (The AWS and GitHub boundary's patterns again: this block replaces that one for hosts/.)
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/commands/*', '**/commands/**'],
              message: 'hosts/ runs commands from their spec (core).',
            },
            { group: ['@aws-sdk/*', '@smithy/*'], message: 'AWS SDK imports belong in src/aws/.' },
            { group: ['@octokit/*', '@actions/github'], message: 'Octokit imports belong in src/github/.' },
          ],
        },
      ],
    },
  },
);
