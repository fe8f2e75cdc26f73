// EMV Book 3 §10.5.1: before offline PIN the terminal may read the PIN Try Counter (9F17) with
// GET DATA (§6.5.7); at 0 no PIN is asked for. A card that does not give it is not at fault:
// the counter is optional, so any answer without a one-byte 9F17 reads as "not known".
import { exchange, getDataCommand, type CardTransport } from '../apdu/index.js';
import { decodeTlvLenient, findValue } from '../tlv/index.js';

const PIN_TRY_COUNTER = 0x9f17;

export async function readPinTryCounter(card: CardTransport): Promise<number | undefined> {
  const response = await exchange(card, getDataCommand(PIN_TRY_COUNTER));
  if (response.sw !== 0x9000) return undefined;
  const value = findValue(decodeTlvLenient(response.data).nodes, PIN_TRY_COUNTER);
  return value?.length === 1 ? value[0] : undefined;
}
