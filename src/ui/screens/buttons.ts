// The buttons most screens share.
import type { Button } from '../screen.js';
import { both } from '../text.js';

export const OK_BUTTON: Button = { id: 'ok', label: both((s) => s.ok), role: 'primary' };
export const CANCEL_BUTTON: Button = { id: 'cancel', label: both((s) => s.cancel), role: 'cancel' };
