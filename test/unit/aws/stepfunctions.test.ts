import { describe, expect, it } from '@jest/globals';
// eslint-disable-next-line no-restricted-imports -- the test checks what the SDK itself does with the gateway's configuration
import { SFNClient, StartSyncExecutionCommand } from '@aws-sdk/client-sfn';
import { clientConfig } from '../../../src/aws/clients.js';
import { sfnConfig } from '../../../src/aws/stepfunctions.js';

/** The host a StartSyncExecution request is sent to, caught before it leaves. */
async function syncHost(env: Record<string, string>): Promise<string> {
  const client = new SFNClient({
    ...sfnConfig(clientConfig({ env, action: 'start-state-machine' }, 'SFN')),
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
  let host = '';
  client.middlewareStack.add(
    () => async (args) => {
      host = (args.request as { hostname: string }).hostname;
      throw new Error('caught');
    },
    { step: 'finalizeRequest', name: 'catchHost', priority: 'low' },
  );
  await client
    .send(
      new StartSyncExecutionCommand({
        stateMachineArn: 'arn:aws:states:us-east-1:123456789012:stateMachine:m',
      }),
    )
    .catch(() => undefined);
  return host;
}

describe('Step Functions client', () => {
  it("sends StartSyncExecution to AWS's sync- host", async () => {
    expect(await syncHost({ AWS_REGION: 'us-east-1' })).toBe('sync-states.us-east-1.amazonaws.com');
  });
  it('uses a configured endpoint as given (no sync- host exists in front of it)', async () => {
    expect(await syncHost({ AWS_REGION: 'us-east-1', AWS_ENDPOINT_URL_SFN: 'http://127.0.0.1:4566' })).toBe(
      '127.0.0.1',
    );
  });
});
