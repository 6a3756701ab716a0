import { isArn } from '../spec/arns.js';
import { InputError } from '../errors.js';

/** PipelineName as the SageMaker API accepts it: a name, or a pipeline ARN (1–2048 characters). */
const PIPELINE_NAME = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,255}$/;

export function pipelineName(input: string, raw: string): string {
  const value = raw.trim();
  if (!value) throw new InputError(input, 'is required: the name or ARN of a SageMaker pipeline');
  if (!PIPELINE_NAME.test(value) && !isArn('sagemaker-pipeline', value)) {
    throw new InputError(
      input,
      'must be a SageMaker pipeline name (letters, digits and hyphens, up to 256, starting with a letter or digit) or a pipeline ARN',
      raw,
    );
  }
  return value;
}
