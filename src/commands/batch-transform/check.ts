import { InputError } from '../../core/errors.js';

/** SageMaker's MaxPayloadInMB when none is given. */
const DEFAULT_PAYLOAD_MB = 6;

/** batch-transform's rules across inputs, as CreateTransformJob enforces them. */
export function checkTransform(i: {
  'split-type'?: string;
  'batch-strategy'?: string;
  'max-payload'?: number;
  'max-concurrent-transforms'?: number;
  'join-source'?: string;
  'output-filter'?: string;
}): void {
  const split = i['split-type'];
  if (i['batch-strategy'] && (!split || split === 'None'))
    throw new InputError(
      'batch-strategy',
      `needs split-type Line, RecordIO or TFRecord (records to batch), got split-type ${split ?? 'unset'}`,
    );
  const payload = i['max-payload'] ?? DEFAULT_PAYLOAD_MB;
  const concurrent = i['max-concurrent-transforms'];
  if (concurrent !== undefined && concurrent * payload > 100)
    throw new InputError(
      'max-concurrent-transforms',
      `× max-payload must be at most 100 MB (${concurrent} × ${payload} MB${i['max-payload'] === undefined ? ', the default payload' : ''} = ${concurrent * payload})`,
    );
}
