// MS-TDS 2.2.7.11 FEATUREEXTACK: (FeatureId BYTE, FeatureAckDataLen DWORD, data)*, 0xFF. Sent
// after LOGINACK; ack only features msxd implements (an ack obliges the server to the feature).
import { TOKEN } from '../constants';
import { BufferWriter } from '../io/buffer-writer';
import { FEATURE_ID, type FeatureExt } from '../requests/login7';

export function encodeFeatureExtAck(features: readonly FeatureExt[]): Buffer {
  const w = new BufferWriter();
  w.u8(TOKEN.FEATUREEXTACK);
  for (const f of features) w.u8(f.id).u32le(f.data.length).bytes(f.data);
  w.u8(FEATURE_ID.TERMINATOR);
  return w.toBuffer();
}
