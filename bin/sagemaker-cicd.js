#!/usr/bin/env node
// The AWS SDK prints an 8-line notice on every command under Node < 22 about *its future*
// releases; this CLI bundles a pinned SDK, so the notice is not the user's to act on. The
// supported Node versions are in package.json's `engines` (npm says so at install). A value the
// user set themselves is kept. The bundle is imported after, so the SDK sees the variable.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
await import('../dist/cli/index.js');
