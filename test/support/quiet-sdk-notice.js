// The AWS SDK's own switch for its Node-version notice; the CLI's bin sets it the same way.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
