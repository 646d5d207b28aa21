// MS-TDS 2.2.7.11 FEATUREEXTACK.
import type { FeatureExt } from '../requests/login7';

export function encodeFeatureExtAck(features: readonly FeatureExt[]): Buffer {
  throw new Error('todo');
}
